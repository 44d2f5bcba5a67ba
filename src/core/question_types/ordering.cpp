// "ordering": 2 to 12 items written in their right order, shown shuffled (never already right).
// A response lists the original item indices in the learner's order. Scores the share of items
// in their right position.
#include "question_type.h"
#include <algorithm>

namespace srm {

namespace {

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool, Question& q) {
    q.order = check.string_list(j, p, "order");
    if (j.contains("order") && (q.order.size() < 2 || q.order.size() > kMaxItems))
        check.error(pointer_append(p, "order"), "bad-choice-count",
                    "an ordering question has 2 to " + std::to_string(kMaxItems) + " items");
}

size_t items(const Question& q) { return q.order.size(); }

double score(const Question& q, const Response& r) {
    if (q.order.empty()) return 0;
    size_t right = 0;
    for (size_t i = 0; i < q.order.size() && i < r.values.size(); ++i) right += r.values[i] == int(i);
    return double(right) / double(q.order.size());
}

bool complete(const Question& q, const Response& r) { return r.values.size() == q.order.size(); }

// Every item exactly once.
bool fits(const Question& q, const Response& r) {
    std::vector<int> sorted = r.values;
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 0; i < sorted.size(); ++i)
        if (sorted[i] != int(i)) return false;
    return r.parts.empty() && sorted.size() == q.order.size();
}

std::string words(const Question& q, const Response& r) {
    std::string out;
    for (int v : r.values)
        out += (out.empty() ? "" : " > ") + (v >= 0 && size_t(v) < q.order.size() ? q.order[size_t(v)] : "?");
    return out.empty() ? "(no answer)" : out;
}

Response right_response(const Question& q) {
    Response r;
    for (size_t i = 0; i < q.order.size(); ++i) r.values.push_back(int(i));
    return r;
}

Response wrong_response(const Question& q) {
    Response r = right_response(q);
    std::reverse(r.values.begin(), r.values.end());
    return r;
}

Response first_response(const Question&, const std::vector<int>& order) {
    Response r;
    r.values = order;
    return r;
}

} // namespace

const QuestionTypeInfo& ordering_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t;
        t.type = QuestionType::ordering;
        t.id = "ordering";
        t.display = DisplayOrder::shuffled_unsolved;
        t.read = read;
        t.link = type_helpers::no_model;
        t.models_needed = type_helpers::no_models_needed;
        t.answer_slots = items;
        t.shown_items = items;
        t.score = score;
        t.complete = complete;
        t.fits = fits;
        t.words = words;
        t.right_response = right_response;
        t.wrong_response = wrong_response;
        t.first_response = first_response;
        return t;
    }();
    return info;
}

} // namespace srm
