// The progress code (see progress.h).
#include "progress.h"
#include "content_id.h"
#include "text_codes.h"
#include <cctype>
#include <cstdlib>
#include <vector>

namespace srm {

static bool to_int(const std::string& s, int& out) {
    if (s.empty() || s.size() > 9) return false;
    for (char c : s)
        if (!std::isdigit((unsigned char)c)) return false;
    out = std::atoi(s.c_str());
    return true;
}

std::string progress_to_code(const Progress& p) {
    std::string body = "SRM" + std::to_string(kProgressVersion) + "|L";
    bool first = true;
    for (const std::string& id : p.lessons_read) {
        body += (first ? "" : ",") + id;
        first = false;
    }
    body += "|Q";
    first = true;
    for (const auto& [id, q] : p.quizzes) {
        body += (first ? "" : ",") + id + ":" + std::to_string(q.attempts) + ":" + std::to_string(q.best_percent) +
                ":" + std::to_string(q.last_day);
        first = false;
    }
    body += "|C";
    first = true;
    for (const auto& [id, c] : p.review.concepts()) {
        body += (first ? "" : ",") + id + ":" + std::to_string(c.box) + ":" + std::to_string(c.last_day);
        first = false;
    }
    return body + "|" + fnv1a_hex(body);
}

bool progress_from_code(std::string_view code, Progress& out, Problem& problem) {
    out = Progress();
    code = trim(code);
    if (code.substr(0, 3) != "SRM" || code.size() > kProgressCodeLimit) { // the limit holds before anything is split
        problem = {ProblemId::progress_unreadable_set_aside, {}};
        return false;
    }
    std::string version = "SRM" + std::to_string(kProgressVersion) + "|";
    if (code.substr(0, version.size()) != version) {
        problem = {ProblemId::progress_other_version_set_aside, {}};
        return false;
    }
    size_t bar = code.rfind('|');
    if (fnv1a_hex(code.substr(0, bar)) != code.substr(bar + 1)) {
        problem = {ProblemId::progress_checksum_set_aside, {}};
        return false;
    }
    std::vector<std::string> sections = split(code.substr(0, bar), '|');
    bool clean = sections.size() == 4;
    for (size_t s = 1; s < sections.size(); ++s) {
        const std::string& sec = sections[s];
        if (sec.empty()) {
            clean = false;
            continue;
        }
        std::vector<std::string> entries =
            sec.size() > 1 ? split(std::string_view(sec).substr(1), ',') : std::vector<std::string>{};
        for (const std::string& e : entries) {
            std::vector<std::string> f = split(e, ':');
            int a = 0, b = 0, c = 0;
            if (sec[0] == 'L' && f.size() == 1 && is_id(f[0])) out.lessons_read.insert(f[0]);
            else if (sec[0] == 'Q' && f.size() == 4 && is_id(f[0]) && to_int(f[1], a) && to_int(f[2], b) &&
                     to_int(f[3], c) && b <= 100)
                out.quizzes[f[0]] = {a, b, c};
            else if (sec[0] == 'C' && f.size() == 3 && is_id(f[0]) && to_int(f[1], a) && to_int(f[2], b) && a >= 1 &&
                     a <= kLeitnerBoxes)
                out.review.concepts()[f[0]] = {a, b};
            else clean = false;
        }
    }
    if (!clean) problem = {ProblemId::progress_partly_unreadable, {}};
    return clean;
}

Problem imported_code_problem(const Problem& problem) {
    switch (problem.id) {
    case ProblemId::progress_unreadable_set_aside: return {ProblemId::progress_unreadable, problem.args};
    case ProblemId::progress_other_version_set_aside: return {ProblemId::progress_other_version, problem.args};
    case ProblemId::progress_checksum_set_aside: return {ProblemId::progress_checksum, problem.args};
    default: return problem;
    }
}

} // namespace srm
