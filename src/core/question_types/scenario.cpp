// "scenario": a short case followed by questions of the other types (no scenario in a scenario).
// Parts without sources or concepts take the scenario's. A response answers in `parts`; the
// score is the mean of the parts' scores.
#include "question_type.h"
#include <set>

namespace srm {

namespace {

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool in_scenario, Question& q) {
    if (in_scenario) {
        check.error(pointer_append(p, "type"), "bad-value", "a scenario cannot contain another scenario");
        return;
    }
    q.case_text = check.string(j, p, "case");
    const nlohmann::json* parts = check.array(j, p, "questions");
    std::string pp = pointer_append(p, "questions");
    if (parts && parts->empty()) check.error(pp, "empty-quiz", "a scenario asks at least one question");
    std::set<std::string> ids;
    for (size_t i = 0; parts && i < parts->size(); ++i) {
        const nlohmann::json& part = (*parts)[i];
        std::string partp = pointer_append(pp, i);
        if (!check.object_at(part, partp)) continue;
        Question sub;
        read_question(check, part, partp, true, sub);
        if (!sub.id.empty() && !ids.insert(sub.id).second)
            check.error(pointer_append(partp, "id"), "duplicate-id",
                        "duplicate question id \"" + sub.id + "\" in this scenario");
        if (sub.sources.empty()) sub.sources = q.sources;
        if (sub.concepts.empty()) sub.concepts = q.concepts;
        q.parts.push_back(std::move(sub));
    }
}

bool link(Question& q, const LinkContext& c) {
    bool ok = true;
    for (size_t i = 0; i < q.parts.size(); ++i)
        ok = link_question(q.parts[i], *c.model, pointer_append(pointer_append(c.pointer, "questions"), i), *c.check) && ok;
    return ok;
}

void models_needed(const Question& q, std::vector<std::string>& out) {
    for (const Question& part : q.parts) question_type_info(part.type).models_needed(part, out);
}

size_t parts(const Question& q) { return q.parts.size(); }

double score(const Question& q, const Response& r) {
    if (q.parts.empty()) return 0;
    double total = 0;
    for (size_t i = 0; i < q.parts.size(); ++i)
        total += i < r.parts.size() ? score_response(q.parts[i], r.parts[i]) : 0;
    return total / double(q.parts.size());
}

bool complete(const Question& q, const Response& r) {
    if (r.parts.size() != q.parts.size()) return false;
    for (size_t i = 0; i < q.parts.size(); ++i)
        if (!response_complete(q.parts[i], r.parts[i])) return false;
    return true;
}

bool fits(const Question& q, const Response& r) {
    if (!r.values.empty() || r.parts.size() != q.parts.size()) return false;
    for (size_t i = 0; i < q.parts.size(); ++i)
        if (!response_fits(q.parts[i], r.parts[i])) return false;
    return true;
}

// "who: Someone in the account | fix: True"
std::string words(const Question& q, const Response& r) {
    std::string out;
    for (size_t i = 0; i < q.parts.size() && i < r.parts.size(); ++i)
        out += (i ? " | " : "") + q.parts[i].id + ": " + response_words(q.parts[i], r.parts[i]);
    return out.empty() ? "(no answer)" : out;
}

Response right_response(const Question& q) {
    Response r;
    for (const Question& part : q.parts) r.parts.push_back(question_type_info(part.type).right_response(part));
    return r;
}

Response wrong_response(const Question& q) {
    Response r;
    for (const Question& part : q.parts) r.parts.push_back(question_type_info(part.type).wrong_response(part));
    return r;
}

// Each part as authored: its first choice, its items on the first owner, its order as written.
Response first_response(const Question& q, const std::vector<int>&) {
    Response r;
    for (const Question& part : q.parts) {
        std::vector<int> as_written(question_type_info(part.type).shown_items(part));
        for (size_t i = 0; i < as_written.size(); ++i) as_written[i] = int(i);
        r.parts.push_back(question_type_info(part.type).first_response(part, as_written));
    }
    return r;
}

} // namespace

const QuestionTypeInfo& scenario_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t;
        t.type = QuestionType::scenario;
        t.id = "scenario";
        t.display = DisplayOrder::as_authored;
        t.read = read;
        t.link = link;
        t.models_needed = models_needed;
        t.answer_slots = parts;
        t.shown_items = type_helpers::no_items;
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
