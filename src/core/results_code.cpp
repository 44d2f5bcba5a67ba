// Workshop results codes (see results_code.h).
#include "results_code.h"
#include "text_codes.h"
#include <cctype>
#include <cstdlib>

namespace srm {

static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char kPrefix[] = "SRMW1|";

bool clean_nickname(std::string_view text, std::string& out, Problem& problem) {
    text = trim(text);
    if (text.empty()) {
        problem = {ProblemId::nickname_missing, {}};
        return false;
    }
    if (text.size() > kNicknameMaxBytes) {
        problem = {ProblemId::nickname_too_long, {}};
        return false;
    }
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f || c == '|') {
            problem = {ProblemId::nickname_character, {}};
            return false;
        }
    out = std::string(text);
    return true;
}

WorkshopResult workshop_result(const std::string& room, const std::string& nickname, const QuizSession& session) {
    WorkshopResult out{room, nickname, {}, int(session.scaled() * 100 + 0.5)};
    for (size_t i = 0; i < session.size(); ++i)
        out.answers.push_back({session.record(i).answered, session.record(i).response});
    return out;
}

static std::string values_token(const std::vector<int>& values) {
    std::string out;
    for (int v : values) out += v < 0 ? '~' : kDigits[v % 36];
    return out;
}

static std::string text_token(const std::string& text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_') out += char(c);
        else out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
    return out;
}

// One response's own values and words; a scenario's parts follow, each after a "+".
static std::string response_token(const Response& r) {
    std::string out = values_token(r.values);
    if (!r.text.empty()) out += ':' + text_token(r.text);
    for (const Response& part : r.parts)
        out += '+' + values_token(part.values) + (part.text.empty() ? "" : ':' + text_token(part.text));
    return out;
}

std::string results_code(const WorkshopResult& r) {
    std::string answers;
    for (size_t i = 0; i < r.answers.size(); ++i) {
        const WorkshopAnswer& a = r.answers[i];
        if (i) answers += '.';
        if (!a.answered) {
            answers += '_';
            continue;
        }
        answers += response_token(a.response);
    }
    std::string body = kPrefix + r.room + "|" + r.nickname + "|" + answers + "|" + std::to_string(r.percent);
    return body + "|" + fnv1a_hex(body);
}

static bool parse_values(const std::string& token, std::vector<int>& out) {
    for (char c : token) {
        if (c == '~') {
            out.push_back(-1);
            continue;
        }
        if (c >= '0' && c <= '9') out.push_back(c - '0');
        else if (c >= 'a' && c <= 'z') out.push_back(c - 'a' + 10);
        else return false;
    }
    return true;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// "<values>" or "<values>:<words>"; the words are bounded like every reader's.
static bool parse_response(const std::string& token, Response& out) {
    size_t colon = token.find(':');
    if (!parse_values(token.substr(0, colon), out.values)) return false;
    if (colon == std::string::npos) return true;
    for (size_t i = colon + 1; i < token.size(); ++i) {
        char c = token[i];
        if (std::isalnum((unsigned char)c) || c == '-' || c == '_') {
            out.text += c;
            continue;
        }
        if (c != '%' || i + 2 >= token.size() || hex_digit(token[i + 1]) < 0 || hex_digit(token[i + 2]) < 0)
            return false;
        out.text += char(hex_digit(token[i + 1]) * 16 + hex_digit(token[i + 2]));
        i += 2;
    }
    return !out.text.empty() && out.text.size() <= kMaxResponseTextBytes;
}

static bool parse_answer(const std::string& token, WorkshopAnswer& out) {
    if (token == "_") return true;
    out.answered = true;
    std::vector<std::string> pieces = split(token, '+');
    if (!parse_response(pieces[0], out.response)) return false;
    // A response with parts (a scenario) has no values of its own.
    if (pieces.size() > 1 && !out.response.values.empty()) return false;
    for (size_t i = 1; i < pieces.size(); ++i) {
        out.response.parts.emplace_back();
        if (!parse_response(pieces[i], out.response.parts.back())) return false;
    }
    return true;
}

bool parse_results_code(std::string_view text, WorkshopResult& out, Problem& problem) {
    out = WorkshopResult();
    text = trim(text);
    if (text.substr(0, 4) != "SRMW") {
        problem = {ProblemId::results_code_foreign, {}};
        return false;
    }
    if (text.substr(0, 6) != kPrefix) {
        problem = {ProblemId::results_code_other_version, {}};
        return false;
    }
    // Bounded before anything is split or hashed: a room has at most kRoomMaxQuestions questions.
    if (text.size() > kMaxResultsCodeBytes) {
        problem = {ProblemId::results_code_too_long, {}};
        return false;
    }
    std::vector<std::string> fields = split(text, '|');
    if (fields.size() != 6) {
        problem = {ProblemId::results_code_shape, {}};
        return false;
    }
    size_t bar = text.rfind('|');
    if (fnv1a_hex(text.substr(0, bar)) != text.substr(bar + 1)) {
        problem = {ProblemId::results_code_checksum, {}};
        return false;
    }
    out.room = fields[1];
    Problem why;
    if (!clean_nickname(fields[2], out.nickname, why) || out.nickname != fields[2]) {
        problem = {ProblemId::results_code_nickname, {}};
        return false;
    }
    for (const std::string& token : split(fields[3], '.')) {
        out.answers.emplace_back();
        if (!parse_answer(token, out.answers.back())) {
            problem = {ProblemId::results_code_answers, {}};
            return false;
        }
    }
    const std::string& p = fields[4];
    if (p.empty() || p.size() > 3 || p.find_first_not_of("0123456789") != std::string::npos || std::atoi(p.c_str()) > 100) {
        problem = {ProblemId::results_code_percent, {}};
        return false;
    }
    out.percent = std::atoi(p.c_str());
    return true;
}

} // namespace srm
