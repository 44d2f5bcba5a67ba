// "matrix": mark the owner of 2 to 12 controls of one model service, rows in the order written.
// The key comes from the model when the catalog links the quiz. Scores the share of rows marked
// with the right owner.
#include "question_type.h"
#include <algorithm>

namespace srm {

namespace {

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool, Question& q) {
    q.model = check.string(j, p, "model");
    q.service = check.string(j, p, "service");
    q.rows = check.string_list(j, p, "rows");
    if (j.contains("rows") && (q.rows.size() < 2 || q.rows.size() > kMaxItems))
        check.error(pointer_append(p, "rows"), "bad-choice-count",
                    "a matrix question has 2 to " + std::to_string(kMaxItems) + " rows");
}

bool link(Question& q, const LinkContext& c) {
    if (q.model != c.model->id) return true;
    if (!c.model->find_service(q.service)) {
        c.check->error(pointer_append(c.pointer, "service"), "unknown-id",
                       "model \"" + c.model->id + "\" has no service \"" + q.service + "\"");
        return false;
    }
    bool ok = true;
    q.row_key.clear();
    q.row_labels.clear();
    for (size_t i = 0; i < q.rows.size(); ++i) {
        const Cell* cell = c.model->find_cell(q.service, q.rows[i]);
        const Control* control = c.model->find_control(q.rows[i]);
        if (!cell || !control) {
            c.check->error(pointer_append(pointer_append(c.pointer, "rows"), i), "unknown-id",
                           "model \"" + c.model->id + "\" has no control \"" + q.rows[i] + "\"");
            ok = false;
            continue;
        }
        q.row_key.push_back(cell->owner);
        q.row_labels.push_back(control->label);
    }
    return ok;
}

void models_needed(const Question& q, std::vector<std::string>& out) { out.push_back(q.model); }

size_t rows(const Question& q) { return q.rows.size(); }

double score(const Question& q, const Response& r) { return share_placed_right(r.values, q.row_key); }

bool complete(const Question& q, const Response& r) {
    return r.values.size() == q.rows.size() && std::find(r.values.begin(), r.values.end(), -1) == r.values.end();
}

// Any of the four owners, or -1 while unplaced.
bool fits(const Question& q, const Response& r) {
    return r.parts.empty() && r.values.size() == q.rows.size() && type_helpers::values_within(r, -1, 4);
}

std::string words(const Question& q, const Response& r) {
    std::string out;
    for (size_t i = 0; i < q.rows.size() && i < r.values.size(); ++i)
        out += (i ? "; " : "") + (i < q.row_labels.size() ? q.row_labels[i] : q.rows[i]) + ": " +
               type_helpers::placement_words(r.values[i]);
    return out.empty() ? "(no answer)" : out;
}

Response right_response(const Question& q) { return placed_response(q.row_key); }
Response wrong_response(const Question& q) { return moved_response(q.row_key); }
Response first_response(const Question& q, const std::vector<int>&) { return first_owner_response(q.rows.size()); }

} // namespace

const QuestionTypeInfo& matrix_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t;
        t.type = QuestionType::matrix;
        t.id = "matrix";
        t.display = DisplayOrder::as_authored;
        t.read = read;
        t.link = link;
        t.models_needed = models_needed;
        t.answer_slots = rows;
        t.shown_items = rows;
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
