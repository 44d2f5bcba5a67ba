// "multiple": several right choices, shown shuffled. Scores (keyed picks - other picks) / keyed
// choices, never below 0.
#include "question_type.h"
#include <algorithm>

namespace srm {

namespace {

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool, Question& q) {
    choice_fields::read(check, j, p, choice_fields::KeyShape::index_list, q);
}

double score(const Question& q, const Response& r) {
    if (q.key.empty()) return 0;
    std::vector<int> unique = r.values;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    int hits = 0, misses = 0;
    for (int i : unique) (std::find(q.key.begin(), q.key.end(), i) != q.key.end() ? hits : misses)++;
    return std::max(0.0, double(hits - misses) / double(q.key.size()));
}

bool fits(const Question& q, const Response& r) {
    std::vector<int> unique = r.values;
    std::sort(unique.begin(), unique.end());
    return r.parts.empty() && std::adjacent_find(unique.begin(), unique.end()) == unique.end() &&
           type_helpers::values_within(r, 0, int(q.choices.size()));
}

} // namespace

const QuestionTypeInfo& multiple_choice_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t;
        t.type = QuestionType::multiple_choice;
        t.id = "multiple";
        t.display = DisplayOrder::shuffled;
        t.asks_choice_feedback = true;
        t.read = read;
        t.link = choice_fields::link;
        t.models_needed = type_helpers::no_models_needed;
        t.answer_slots = type_helpers::one_slot;
        t.shown_items = choice_fields::shown_items;
        t.score = score;
        t.complete = choice_fields::complete;
        t.fits = fits;
        t.words = choice_fields::words;
        t.right_response = choice_fields::right_response;
        t.wrong_response = choice_fields::wrong_response;
        t.first_response = choice_fields::first_response;
        return t;
    }();
    return info;
}

} // namespace srm
