// Room codes (see room.h).
#include "room.h"
#include "text_codes.h"
#include <algorithm>
#include <cctype>

namespace srm {

static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 10;

std::uint16_t room_quiz_hash(const std::string& quiz_id) {
    std::uint32_t h = fnv1a32(quiz_id);
    return std::uint16_t((h >> 16) ^ (h & 0xffff));
}

static int timer_index(int seconds) {
    int best = 0;
    for (int i = 0; i < 8; ++i)
        if (kRoomTimerSeconds[i] <= seconds) best = i;
    return best;
}

static std::uint32_t check_bits(std::uint64_t payload) {
    char bytes[5];
    for (int i = 0; i < 5; ++i) bytes[i] = char((payload >> (8 * i)) & 0xff);
    return fnv1a32(std::string_view(bytes, 5)) & 0x3ff;
}

std::string room_code(const Room& room) {
    std::uint64_t payload = (std::uint64_t(room_quiz_hash(room.quiz_id)) << 24) | (std::uint64_t(room.seed) << 8) |
                            (std::uint64_t(std::min(room.count, kRoomMaxQuestions)) << 3) |
                            std::uint64_t(timer_index(room.timer_seconds));
    std::uint64_t bits = (payload << 10) | check_bits(payload);
    std::string out;
    for (int i = kCodeLength - 1; i >= 0; --i) {
        out += kAlphabet[(bits >> (5 * i)) & 31];
        if (i == 5) out += '-';
    }
    return out;
}

static int symbol_value(char c) {
    c = char(std::toupper((unsigned char)c));
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    for (int i = 0; i < 32; ++i)
        if (kAlphabet[i] == c) return i;
    return -1;
}

bool parse_room_code(std::string_view text, const std::vector<Quiz>& quizzes, Room& out, Problem& problem) {
    std::uint64_t bits = 0;
    int symbols = 0;
    for (char c : trim(text)) {
        if (c == '-' || c == ' ') continue;
        int v = symbol_value(c);
        if (v < 0) {
            problem = {ProblemId::room_code_character, {std::string(1, c)}};
            return false;
        }
        bits = (bits << 5) | std::uint64_t(v);
        ++symbols;
    }
    if (symbols != kCodeLength) {
        problem = {ProblemId::room_code_length, {std::to_string(symbols)}};
        return false;
    }
    std::uint64_t payload = bits >> 10;
    if (check_bits(payload) != (bits & 0x3ff)) {
        problem = {ProblemId::room_code_typo, {}};
        return false;
    }
    std::uint16_t hash = std::uint16_t(payload >> 24);
    auto quiz = std::find_if(quizzes.begin(), quizzes.end(), [&](const Quiz& q) { return room_quiz_hash(q.id) == hash; });
    if (quiz == quizzes.end()) {
        problem = {ProblemId::room_code_unknown_quiz, {}};
        return false;
    }
    out.quiz_id = quiz->id;
    out.seed = std::uint16_t(payload >> 8);
    out.count = size_t((payload >> 3) & 31);
    out.timer_seconds = kRoomTimerSeconds[payload & 7];
    return true;
}

SessionConfig room_session_config(const Room& room) {
    SessionConfig config;
    config.seed = 0x5EED0000u + room.seed;
    config.mode = QuizMode::practice;
    config.count = room.count;
    return config;
}

} // namespace srm
