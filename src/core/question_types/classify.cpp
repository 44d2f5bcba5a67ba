// "classify": 2 to 12 items, each keyed customer, provider, shared or not-applicable, shown
// shuffled; an item may name the model cell it restates, and its owner must then match the model.
// Scores the share of items placed on the right owner.
#include "question_type.h"
#include <algorithm>

namespace srm {

namespace {

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool, Question& q) {
    const nlohmann::json* items = check.array(j, p, "items");
    std::string ip = pointer_append(p, "items");
    if (items && (items->size() < 2 || items->size() > kMaxItems))
        check.error(ip, "bad-choice-count", "a classify question has 2 to " + std::to_string(kMaxItems) + " items");
    for (size_t i = 0; items && i < items->size(); ++i) {
        const nlohmann::json& it = (*items)[i];
        std::string itp = pointer_append(ip, i);
        if (!check.object_at(it, itp)) continue;
        ClassifyItem item;
        item.text = check.string(it, itp, "text");
        std::string owner = check.string(it, itp, "owner");
        if (!owner.empty()) type_helpers::read_owner(check, owner, pointer_append(itp, "owner"), item.owner);
        item.cell = check.string(it, itp, "cell", false);
        q.items.push_back(std::move(item));
    }
}

bool link(Question& q, const LinkContext& c) {
    bool ok = true;
    CellPath ref;
    for (size_t i = 0; i < q.items.size(); ++i) {
        if (q.items[i].cell.empty() || !split_cell(q.items[i].cell, ref) || ref.model != c.model->id) continue;
        const Cell* cell = c.model->find_cell(ref.service, ref.control);
        std::string ip = pointer_append(pointer_append(c.pointer, "items"), i);
        if (!cell) {
            c.check->error(pointer_append(ip, "cell"), "unknown-cell",
                           "model \"" + c.model->id + "\" has no cell \"" + q.items[i].cell + "\"");
            ok = false;
        } else if (cell->owner != q.items[i].owner) {
            c.check->error(pointer_append(ip, "owner"), "key-contradicts-model",
                           "the item says " + std::string(owner_id(q.items[i].owner)) + " but the model says " +
                               owner_id(cell->owner) + " for " + q.items[i].cell);
            ok = false;
        }
    }
    return ok;
}

size_t items(const Question& q) { return q.items.size(); }

double score(const Question& q, const Response& r) {
    std::vector<Owner> key;
    for (const ClassifyItem& item : q.items) key.push_back(item.owner);
    return share_placed_right(r.values, key);
}

bool complete(const Question& q, const Response& r) {
    return r.values.size() == q.items.size() && std::find(r.values.begin(), r.values.end(), -1) == r.values.end();
}

// Customer, provider or shared (the first three owners), or -1 while unplaced.
bool fits(const Question& q, const Response& r) {
    return r.parts.empty() && r.values.size() == q.items.size() && type_helpers::values_within(r, -1, 3);
}

std::string words(const Question& q, const Response& r) {
    std::string out;
    for (size_t i = 0; i < q.items.size() && i < r.values.size(); ++i)
        out += (i ? "; " : "") + q.items[i].text + ": " + type_helpers::placement_words(r.values[i]);
    return out.empty() ? "(no answer)" : out;
}

std::vector<Owner> key(const Question& q) {
    std::vector<Owner> out;
    for (const ClassifyItem& item : q.items) out.push_back(item.owner);
    return out;
}

Response right_response(const Question& q) { return placed_response(key(q)); }
Response wrong_response(const Question& q) { return moved_response(key(q)); }
Response first_response(const Question& q, const std::vector<int>&) { return first_owner_response(q.items.size()); }

} // namespace

const QuestionTypeInfo& classify_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t;
        t.type = QuestionType::classify;
        t.id = "classify";
        t.display = DisplayOrder::shuffled;
        t.read = read;
        t.link = link;
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
