// The fields the choice types (single, multiple, true-false) share: the choices, the key, one
// feedback sentence per choice and the owner each choice stands for (see question_type.h).
#include "question_type.h"
#include <algorithm>
#include <set>

namespace srm {
namespace choice_fields {

using nlohmann::json;

namespace {

void read_key(JsonChecker& check, const json& q, const std::string& p, KeyShape shape, Question& out) {
    auto it = q.find("key");
    if (it == q.end()) {
        check.error(p, "missing-field", "missing required field \"key\"");
        return;
    }
    std::string kp = pointer_append(p, "key");
    if (shape == KeyShape::boolean) {
        if (!it->is_boolean())
            check.error(kp, "wrong-type",
                        std::string("the key of a true-false question is true or false, found ") + json_type_name(*it));
        else out.key.push_back(it->get<bool>() ? 0 : 1);
        return;
    }
    if (shape == KeyShape::one_index && !it->is_number_integer()) {
        check.error(kp, "wrong-type",
                    std::string("the key of a single question is one choice index, found ") + json_type_name(*it));
        return;
    }
    if (shape == KeyShape::index_list && (!it->is_array() || it->empty())) {
        check.error(kp, "wrong-type", "the key of a multiple question is a non-empty array of choice indices");
        return;
    }
    std::vector<json> raw;
    if (it->is_array()) raw.assign(it->begin(), it->end());
    else raw.push_back(*it);
    std::set<int> seen;
    for (size_t i = 0; i < raw.size(); ++i) {
        std::string ip = it->is_array() ? pointer_append(kp, i) : kp;
        if (!raw[i].is_number_integer()) {
            check.error(ip, "wrong-type", std::string("expected a choice index, found ") + json_type_name(raw[i]));
            continue;
        }
        long long index = raw[i].get<long long>();
        if (index < 0 || index >= (long long)out.choices.size()) {
            check.error(ip, "key-not-a-choice",
                        "key " + std::to_string(index) + " is not among the " + std::to_string(out.choices.size()) +
                            " choices");
            continue;
        }
        if (!seen.insert(int(index)).second)
            check.error(ip, "duplicate-key", "choice " + std::to_string(index) + " is keyed twice");
        out.key.push_back(int(index));
    }
}

// "choice_feedback": one string per choice ("" allowed for keyed choices); every wrong choice of a
// single or multiple question should have one, which is a warning so that authors can add them in turn.
void read_choice_feedback(JsonChecker& check, const json& j, const std::string& p, Question& q) {
    const json* list = check.array(j, p, "choice_feedback", false);
    std::string fp = pointer_append(p, "choice_feedback");
    if (list) {
        for (size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            if (!entry.is_string()) {
                check.error(pointer_append(fp, i), "wrong-type",
                            std::string("expected a string, found ") + json_type_name(entry));
                q.choice_feedback.emplace_back();
                continue;
            }
            std::string text = entry.get<std::string>();
            if (text.size() > kMaxStringBytes)
                check.error(pointer_append(fp, i), "oversized-string",
                            "string is " + std::to_string(text.size()) + " bytes; the limit is " +
                                std::to_string(kMaxStringBytes));
            q.choice_feedback.push_back(std::move(text));
        }
        if (q.choice_feedback.size() != q.choices.size()) {
            check.error(fp, "bad-value",
                        "choice_feedback has one entry for each of the " + std::to_string(q.choices.size()) +
                            " choices, found " + std::to_string(q.choice_feedback.size()));
            q.choice_feedback.clear();
            return;
        }
    }
    if (lacks_choice_feedback(q))
        check.warning(list ? fp : p, "missing-choice-feedback",
                      "every wrong choice needs a sentence in \"choice_feedback\" saying which misconception it reflects");
}

} // namespace

void read(JsonChecker& check, const json& j, const std::string& p, KeyShape shape, Question& q) {
    if (shape == KeyShape::boolean) q.choices = {"True", "False"};
    else {
        q.choices = check.string_list(j, p, "choices");
        if (q.choices.size() < 2 || q.choices.size() > kMaxChoices)
            check.error(pointer_append(p, "choices"), "bad-choice-count",
                        "a question has 2 to " + std::to_string(kMaxChoices) + " choices, found " +
                            std::to_string(q.choices.size()));
    }
    read_key(check, j, p, shape, q);
    read_choice_feedback(check, j, p, q);
    if (j.contains("choice_owners")) {
        std::vector<std::string> owners = check.string_list(j, p, "choice_owners");
        std::string op = pointer_append(p, "choice_owners");
        if (owners.size() != q.choices.size())
            check.error(op, "bad-value",
                        "choice_owners names one owner for each of the " + std::to_string(q.choices.size()) + " choices");
        for (size_t i = 0; i < owners.size(); ++i) {
            Owner o;
            if (type_helpers::read_owner(check, owners[i], pointer_append(op, i), o)) q.choice_owners.push_back(o);
        }
    }
}

bool link(Question& q, const LinkContext& c) {
    if (!c.cell || q.choice_owners.empty() || q.key.size() != 1 || size_t(q.key[0]) >= q.choice_owners.size() ||
        q.choice_owners[size_t(q.key[0])] == c.cell->owner)
        return true;
    c.check->error(pointer_append(c.pointer, "key"), "key-contradicts-model",
                   "the keyed answer says " + std::string(owner_id(q.choice_owners[size_t(q.key[0])])) +
                       " but the model says " + owner_id(c.cell->owner) + " for " + q.cell);
    return false;
}

size_t shown_items(const Question& q) { return q.choices.size(); }

double score_one_pick(const Question& q, const Response& r) {
    return r.values.size() == 1 && std::find(q.key.begin(), q.key.end(), r.values[0]) != q.key.end() ? 1.0 : 0.0;
}

bool fits_one_pick(const Question& q, const Response& r) {
    return r.parts.empty() && r.values.size() <= 1 && type_helpers::values_within(r, 0, int(q.choices.size()));
}

bool complete(const Question&, const Response& r) { return !r.values.empty(); }

Response right_response(const Question& q) {
    Response r;
    r.values = q.key;
    return r;
}

Response wrong_response(const Question& q) {
    Response r = right_response(q);
    for (int i = 0; i < int(q.choices.size()); ++i)
        if (std::find(q.key.begin(), q.key.end(), i) == q.key.end()) {
            r.values = {i};
            break;
        }
    return r;
}

Response first_response(const Question&, const std::vector<int>& order) {
    Response r;
    r.values = {order.empty() ? 0 : order[0]};
    return r;
}

std::string words(const Question& q, const Response& r) { return type_helpers::listed_words(q.choices, r.values); }

} // namespace choice_fields
} // namespace srm
