// The learner's progress that outlives a page: lessons read. Stored by the platform as a small
// versioned JSON document; anything unreadable is reported and replaced by empty progress.
#pragma once
#include <set>
#include <string>
#include <string_view>

namespace srm {

constexpr int kProgressVersion = 1;

struct Progress {
    std::set<std::string> lessons_read;
};

std::string progress_to_json(const Progress& progress);
// Returns false, with a reason for the learner, when the text is not progress this build reads;
// `out` then holds whatever could be recovered (possibly nothing).
bool progress_from_json(std::string_view text, Progress& out, std::string& problem);

} // namespace srm
