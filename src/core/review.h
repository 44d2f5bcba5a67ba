// Spaced review per concept with Leitner boxes: a concept answered fully right moves up a box and
// comes back later; one answered wrong returns to box 1 and comes back tomorrow. Days are whole
// calendar days; nothing counts streaks or punishes a day off.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace srm {

constexpr int kLeitnerBoxes = 5;
constexpr int kLeitnerIntervalDays[kLeitnerBoxes] = {1, 2, 4, 8, 16};

struct ConceptReview {
    int box = 1;      // 1..kLeitnerBoxes
    int last_day = 0; // day number (days since 1970-01-01) of the last review
};

class ReviewSchedule {
public:
    void record(const std::string& concept_id, bool all_right, int day);
    // Concepts whose next review falls on or before `today`, most overdue first.
    std::vector<std::string> due(int today) const;
    int next_review_day(const std::string& concept_id) const;
    const std::map<std::string, ConceptReview>& concepts() const { return concepts_; }
    std::map<std::string, ConceptReview>& concepts() { return concepts_; }

private:
    std::map<std::string, ConceptReview> concepts_;
};

// Day number of a YYYY-MM-DD date.
int day_number_of(const std::string& date);

} // namespace srm
