// Small pieces several question types share: no model, one answer slot, values in range, owner
// placements and picked choices in words (see question_type.h).
#include "question_type.h"
#include <algorithm>

namespace srm {

double share_placed_right(const std::vector<int>& values, const std::vector<Owner>& key) {
    if (key.empty()) return 0;
    size_t right = 0;
    for (size_t i = 0; i < key.size() && i < values.size(); ++i) right += values[i] == answer_owner_index(key[i]);
    return double(right) / double(key.size());
}

bool split_cell(const std::string& cell, CellPath& out) {
    size_t a = cell.find('/');
    size_t b = a == std::string::npos ? a : cell.find('/', a + 1);
    if (b == std::string::npos) return false;
    out.model = cell.substr(0, a);
    out.service = cell.substr(a + 1, b - a - 1);
    out.control = cell.substr(b + 1);
    return true;
}

Response placed_response(const std::vector<Owner>& owners) {
    Response r;
    for (Owner o : owners) r.values.push_back(answer_owner_index(o));
    return r;
}

Response moved_response(const std::vector<Owner>& owners) {
    Response r = placed_response(owners);
    for (int& v : r.values) v = (v + 1) % 3;
    return r;
}

Response first_owner_response(size_t slots) {
    Response r;
    r.values.assign(slots, 0);
    return r;
}

namespace type_helpers {

bool no_model(Question&, const LinkContext&) { return true; }

void no_models_needed(const Question&, std::vector<std::string>&) {}

bool read_owner(JsonChecker& check, const std::string& value, const std::string& pointer, Owner& out) {
    if (parse_owner(value, out)) return true;
    check.error(pointer, "bad-value",
                "owner must be customer, provider, shared or not-applicable, found \"" + value + "\"");
    return false;
}

size_t one_slot(const Question&) { return 1; }

size_t no_items(const Question&) { return 0; }

bool values_within(const Response& r, int low, int high) {
    return std::all_of(r.values.begin(), r.values.end(), [&](int v) { return v >= low && v < high; });
}

std::string placement_words(int value) {
    if (value < 0 || value >= int(sizeof kAnswerOwners / sizeof kAnswerOwners[0])) return "unplaced";
    return owner_id(kAnswerOwners[value]);
}

std::string listed_words(const std::vector<std::string>& texts, const std::vector<int>& values) {
    std::string out;
    for (int v : values) {
        if (!out.empty()) out += "; ";
        out += v >= 0 && size_t(v) < texts.size() ? texts[size_t(v)] : "?";
    }
    return out.empty() ? "(no answer)" : out;
}

} // namespace type_helpers
} // namespace srm
