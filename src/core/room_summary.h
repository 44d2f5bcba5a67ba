// The facilitator's view of a room: results codes pasted all at once, one per line, checked
// against the room (every code is replayed into the room's own quiz run, so a score is
// recomputed, never trusted) and summed up: participants, score distribution, % correct per
// question, a per-concept heatmap naming misconceptions, the hardest questions, and CSV.
// Bad, duplicated or other-room codes are rejected line by line with a reason; the rest count.
#pragma once
#include "certificate.h"
#include "results_code.h"
#include "room.h"
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

struct RoomParticipant {
    std::string nickname;
    size_t line = 0; // 1-based line of the pasted text
    double score = 0;
    int percent = 0;
    std::vector<double> question_scores; // by position in the room's run
    std::vector<double> concept_shares;  // by RoomSummary::concepts, 0..1
    std::vector<WorkshopAnswer> answers; // by position in the room's run, as replayed
};

struct RejectedCode {
    size_t line = 0;
    Problem reason;
};

struct QuestionStat {
    const Question* question = nullptr;
    double mean_score = 0; // 0..1 over participants
    size_t fully_right = 0;
};

// A certificate code pasted among the results codes: checked, and said apart from them.
struct PastedCertificate {
    size_t line = 0; // 1-based
    bool valid = false;
    Certificate certificate; // when valid
    Problem problem;         // when not
};

struct RoomSummary {
    std::string room; // the room code
    const Quiz* quiz = nullptr;
    size_t question_count = 0;
    std::vector<RoomParticipant> participants; // in pasted order
    std::vector<RejectedCode> rejected;
    std::vector<PastedCertificate> certificates; // certificate codes among the lines, in pasted order
    std::vector<QuestionStat> questions;         // by position in the room's run
    std::vector<ConceptResult> concepts;         // the room as a whole; score and max summed
    std::array<int, 5> distribution{};           // participants scoring 0-19, 20-39, 40-59, 60-79, 80-100 %

    // Question positions from the lowest % correct up, at most `limit`.
    std::vector<size_t> hardest(size_t limit) const;
    // Participant indices by score, highest first (ties by nickname). Speed plays no part.
    std::vector<size_t> leaderboard() const;
};

// At most this many pasted lines are read; the rest are reported as one rejected line.
constexpr size_t kMaxRoomCodes = 2000;

RoomSummary summarise_room(const Quiz& quiz, const Room& room, std::string_view pasted);
// One row per participant (nickname, score, %, then each question's score), and a last row with
// the room's mean per question.
std::string room_summary_csv(const RoomSummary& summary);

} // namespace srm
