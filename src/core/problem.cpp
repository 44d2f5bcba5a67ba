// The list of problems, by id (see problem.h).
#include "problem.h"

namespace srm {

namespace {
struct ProblemEntry {
    const char* name;
    const char* text;
};

const ProblemEntry kProblems[] = {
#define SRM_PROBLEM_ENTRY(id, english) {#id, english},
    SRM_PROBLEMS(SRM_PROBLEM_ENTRY)
#undef SRM_PROBLEM_ENTRY
};
} // namespace

bool operator==(const Problem& a, const Problem& b) { return a.id == b.id && a.args == b.args; }

const std::vector<ProblemId>& all_problem_ids() {
    static const std::vector<ProblemId> ids = {
#define SRM_PROBLEM_ID(id, text) ProblemId::id,
        SRM_PROBLEMS(SRM_PROBLEM_ID)
#undef SRM_PROBLEM_ID
    };
    return ids;
}

const char* problem_name(ProblemId id) { return kProblems[size_t(id)].name; }
const char* problem_template(ProblemId id) { return kProblems[size_t(id)].text; }

std::string fill_places(std::string text, const std::vector<std::string>& args) {
    for (size_t n = 0; n < args.size(); ++n) {
        std::string place = "{" + std::to_string(n + 1) + "}";
        for (size_t at = text.find(place); at != std::string::npos; at = text.find(place, at + args[n].size()))
            text.replace(at, place.size(), args[n]);
    }
    return text;
}

std::string english(const Problem& problem) { return fill_places(problem_template(problem.id), problem.args); }

std::vector<std::string> english(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const Problem& p : problems) out.push_back(english(p));
    return out;
}

} // namespace srm
