// Leitner scheduling (see review.h).
#include "review.h"
#include "model_queries.h"
#include <algorithm>

namespace srm {

int day_number_of(const std::string& date) { return days_between("1970-01-01", date); }

void ReviewSchedule::record(const std::string& concept_id, bool all_right, int day) {
    ConceptReview& r = concepts_[concept_id];
    r.box = all_right ? std::min(r.box + 1, kLeitnerBoxes) : 1;
    r.last_day = day;
}

int ReviewSchedule::next_review_day(const std::string& concept_id) const {
    auto it = concepts_.find(concept_id);
    if (it == concepts_.end()) return 0;
    return it->second.last_day + kLeitnerIntervalDays[std::clamp(it->second.box, 1, kLeitnerBoxes) - 1];
}

std::vector<std::string> ReviewSchedule::due(int today) const {
    std::vector<std::pair<int, std::string>> due;
    for (const auto& [id, review] : concepts_) {
        int next = next_review_day(id);
        if (next <= today) due.push_back({next, id});
    }
    std::sort(due.begin(), due.end());
    std::vector<std::string> out;
    for (auto& d : due) out.push_back(d.second);
    return out;
}

} // namespace srm
