// Workshop results codes (see results_code.h).
#include "results_code.h"
#include "text_codes.h"
#include <cstdlib>

namespace srm {

static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char kPrefix[] = "SRMW1|";

bool clean_nickname(std::string_view text, std::string& out, Problem& problem) {
    text = trim(text);
    if (text.empty()) { problem = {ProblemId::nickname_missing, {}}; return false; }
    if (text.size() > kNicknameMaxBytes) { problem = {ProblemId::nickname_too_long, {}}; return false; }
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f || c == '|') { problem = {ProblemId::nickname_character, {}}; return false; }
    out = std::string(text);
    return true;
}

WorkshopResult workshop_result(const std::string& room, const std::string& nickname, const QuizSession& session) {
    WorkshopResult out{room, nickname, {}, int(session.scaled() * 100 + 0.5)};
    for (size_t i = 0; i < session.size(); ++i) out.answers.push_back({session.record(i).answered, session.record(i).response});
    return out;
}

static std::string values_token(const std::vector<int>& values) {
    std::string out;
    for (int v : values) out += v < 0 ? '~' : kDigits[v % 36];
    return out;
}

std::string results_code(const WorkshopResult& r) {
    std::string answers;
    for (size_t i = 0; i < r.answers.size(); ++i) {
        const WorkshopAnswer& a = r.answers[i];
        if (i) answers += '.';
        if (!a.answered) { answers += '_'; continue; }
        if (a.response.parts.empty()) { answers += values_token(a.response.values); continue; }
        for (const Response& part : a.response.parts) answers += '+' + values_token(part.values);
    }
    std::string body = kPrefix + r.room + "|" + r.nickname + "|" + answers + "|" + std::to_string(r.percent);
    return body + "|" + fnv1a_hex(body);
}

static bool parse_values(const std::string& token, std::vector<int>& out) {
    for (char c : token) {
        if (c == '~') { out.push_back(-1); continue; }
        if (c >= '0' && c <= '9') out.push_back(c - '0');
        else if (c >= 'a' && c <= 'z') out.push_back(c - 'a' + 10);
        else return false;
    }
    return true;
}

static bool parse_answer(const std::string& token, WorkshopAnswer& out) {
    if (token == "_") return true;
    out.answered = true;
    if (token.empty() || token[0] != '+') return parse_values(token, out.response.values);
    for (const std::string& part : split(std::string_view(token).substr(1), '+')) {
        out.response.parts.emplace_back();
        if (!parse_values(part, out.response.parts.back().values)) return false;
    }
    return true;
}

bool parse_results_code(std::string_view text, WorkshopResult& out, Problem& problem) {
    out = WorkshopResult();
    text = trim(text);
    if (text.substr(0, 4) != "SRMW") { problem = {ProblemId::results_code_foreign, {}}; return false; }
    if (text.substr(0, 6) != kPrefix) { problem = {ProblemId::results_code_other_version, {}}; return false; }
    // Bounded before anything is split or hashed: a room has at most kRoomMaxQuestions questions.
    if (text.size() > kMaxResultsCodeBytes) { problem = {ProblemId::results_code_too_long, {}}; return false; }
    std::vector<std::string> fields = split(text, '|');
    if (fields.size() != 6) { problem = {ProblemId::results_code_shape, {}}; return false; }
    size_t bar = text.rfind('|');
    if (fnv1a_hex(text.substr(0, bar)) != text.substr(bar + 1)) {
        problem = {ProblemId::results_code_checksum, {}};
        return false;
    }
    out.room = fields[1];
    Problem why;
    if (!clean_nickname(fields[2], out.nickname, why) || out.nickname != fields[2]) { problem = {ProblemId::results_code_nickname, {}}; return false; }
    for (const std::string& token : split(fields[3], '.')) {
        out.answers.emplace_back();
        if (!parse_answer(token, out.answers.back())) { problem = {ProblemId::results_code_answers, {}}; return false; }
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
