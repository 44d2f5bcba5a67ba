// A participant's workshop results as one line of text they copy to the facilitator: the room,
// a nickname they chose, their answers and their score, and nothing else about them.
//
//   SRMW1|<room code>|<nickname>|<answer>.<answer>...|<percent>|<fnv1a32 hex>
//
// An answer lists its values in base 36 ("~" for an unplaced item), then, only when the learner
// typed words, ":" and the words with every byte other than A-Z a-z 0-9 - _ written %XX; a
// scenario's answer is followed by its parts, each after a "+"; an unanswered question is "_". The checksum covers
// everything before it. Checking the answers against the room's questions is room_summary's job.
#pragma once
#include "problem.h"
#include "quiz_session.h"
#include <string>
#include <string_view>
#include <vector>

namespace srm {

// The longest results code a room can produce, with room to spare: a prefix, a room code, a
// nickname of 32 characters, up to kRoomMaxQuestions answers of a few characters and a checksum.
constexpr size_t kMaxResultsCodeBytes = 2048;

constexpr size_t kNicknameMaxBytes = 32;

struct WorkshopAnswer {
    bool answered = false;
    Response response;
};

struct WorkshopResult {
    std::string room; // the room code, as room_code() writes it
    std::string nickname;
    std::vector<WorkshopAnswer> answers;
    int percent = 0; // the score the participant saw, 0..100
};

// A nickname as it will appear in the room: trimmed; empty, too long, or holding "|" or control
// characters is refused with a reason.
bool clean_nickname(std::string_view text, std::string& out, Problem& problem);
WorkshopResult workshop_result(const std::string& room, const std::string& nickname, const QuizSession& session);
std::string results_code(const WorkshopResult& result);
// Reads one code. False with a reason when it is not a results code, comes from another version,
// or is damaged (cut short, edited, mistyped).
bool parse_results_code(std::string_view text, WorkshopResult& out, Problem& problem);

} // namespace srm
