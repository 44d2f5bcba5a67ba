// A workshop room without a server: a short code that fixes the quiz, the seed and the settings,
// so everyone who opens the join link gets the same questions in the same order.
//
// The code is 10 characters of Crockford base32 (no I, L, O or U), shown as XXXXX-XXXXX. Its 50
// bits hold, high to low: the quiz (16-bit hash of its id), the seed (16), the number of questions
// (5; 0 = all), the presenter's timer (3; an index into kRoomTimerSeconds) and a 10-bit check.
// Reading forgives case, spaces, hyphens and the look-alikes O/0, I/1, L/1.
#pragma once
#include "problem.h"
#include "quiz.h"
#include "quiz_session.h"
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

// Seconds per question on the presenter's timer; 0 turns it off.
constexpr int kRoomTimerSeconds[] = {0, 20, 30, 45, 60, 90, 120, 180};
constexpr size_t kRoomMaxQuestions = 31;

struct Room {
    std::string quiz_id;
    std::uint16_t seed = 0;
    size_t count = 0;      // questions drawn; 0 = all (at most kRoomMaxQuestions otherwise)
    int timer_seconds = 0; // one of kRoomTimerSeconds
};

std::uint16_t room_quiz_hash(const std::string& quiz_id);
// The room's code, e.g. "7KQ2M-X4D9A". Count and timer are clamped to what a code can hold.
std::string room_code(const Room& room);
// Reads a code typed or scanned by a participant. False with a reason the person can act on when
// it is mistyped or names a quiz this edition does not have.
bool parse_room_code(std::string_view text, const std::vector<Quiz>& quizzes, Room& out, Problem& problem);
// How a room's quiz runs for every participant: same seed, same draw, feedback after each answer.
SessionConfig room_session_config(const Room& room);

} // namespace srm
