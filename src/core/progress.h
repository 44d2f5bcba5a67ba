// The learner's progress that outlives a page: lessons read, quiz attempts with the best score,
// and the spaced-review schedule per concept. It travels as one compact, versioned, checksummed
// line of text, the "progress code": stored in the browser, copied by hand between devices, or
// sent as an LMS suspend string (the whole bundled bank's progress stays under 4,000 characters).
//
//   SRM1|L<lesson>,<lesson>|Q<quiz>:<attempts>:<best %>:<day>,...|C<concept>:<box>:<day>,...|<fnv1a32 hex>
#pragma once
#include "problem.h"
#include "review.h"
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace srm {

constexpr int kProgressVersion = 1;
constexpr size_t kProgressCodeLimit = 4000;

struct QuizRecord {
    int attempts = 0;
    int best_percent = 0;
    int last_day = 0;
};

struct Progress {
    std::set<std::string> lessons_read;
    std::map<std::string, QuizRecord> quizzes;
    ReviewSchedule review;
};

std::string progress_to_code(const Progress& progress);
// Returns false, with a reason for the learner, when the code is damaged, foreign or from another
// version; `out` then holds whatever could be recovered (possibly nothing).
bool progress_from_code(std::string_view code, Progress& out, Problem& problem);
// The same refusal for a code the learner imports, which nothing sets aside: "Saved progress was
// unreadable" rather than "... and has been set aside."
Problem imported_code_problem(const Problem& problem);

} // namespace srm
