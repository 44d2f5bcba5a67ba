// Loading and validation of quiz files (see quiz.h).
#include "quiz.h"
#include "json_checker.h"
#include <set>

namespace srm {

using nlohmann::json;

const char* question_type_id(QuestionType type) {
    switch (type) {
    case QuestionType::single_choice: return "single";
    case QuestionType::multiple_choice: return "multiple";
    case QuestionType::true_false: return "true-false";
    }
    return "";
}

bool parse_question_type(const std::string& id, QuestionType& out) {
    for (QuestionType t : {QuestionType::single_choice, QuestionType::multiple_choice, QuestionType::true_false})
        if (id == question_type_id(t)) { out = t; return true; }
    return false;
}

namespace {

void read_key(JsonChecker& check, const json& q, const std::string& p, Question& out) {
    auto it = q.find("key");
    if (it == q.end()) { check.error(p, "missing-field", "missing required field \"key\""); return; }
    std::string kp = pointer_append(p, "key");
    std::vector<json> raw;
    if (it->is_array()) raw.assign(it->begin(), it->end());
    else raw.push_back(*it);
    if (out.type != QuestionType::multiple_choice && (!it->is_number_integer() && !it->is_boolean())) {
        check.error(kp, "wrong-type", std::string("the key of a ") + question_type_id(out.type) +
                                          " question is one choice index, found " + json_type_name(*it));
        return;
    }
    if (out.type == QuestionType::multiple_choice && (!it->is_array() || it->empty())) {
        check.error(kp, "wrong-type", "the key of a multiple question is a non-empty array of choice indices");
        return;
    }
    std::set<int> seen;
    for (size_t i = 0; i < raw.size(); ++i) {
        const json& k = raw[i];
        std::string ip = it->is_array() ? pointer_append(kp, i) : kp;
        if (out.type == QuestionType::true_false && k.is_boolean()) {
            out.key.push_back(k.get<bool>() ? 0 : 1);
            continue;
        }
        if (!k.is_number_integer()) {
            check.error(ip, "wrong-type", std::string("expected a choice index, found ") + json_type_name(k));
            continue;
        }
        long long index = k.get<long long>();
        if (index < 0 || index >= (long long)out.choices.size()) {
            check.error(ip, "key-not-a-choice", "key " + std::to_string(index) + " is not among the " +
                                                    std::to_string(out.choices.size()) + " choices");
            continue;
        }
        if (!seen.insert(int(index)).second) check.error(ip, "duplicate-key", "choice " + std::to_string(index) + " is keyed twice");
        out.key.push_back(int(index));
    }
}

} // namespace

bool load_quiz(std::string_view text, const std::string& file, Quiz& quiz, Diagnostics& diags) {
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, doc.locator, diags);
    const json& root = doc.value;
    if (!root.is_object()) {
        check.error("", "wrong-type", std::string("a quiz file holds an object, found ") + json_type_name(root));
        return false;
    }
    double version = check.number(root, "", "schema_version", 0);
    if (root.contains("schema_version") && version != kQuizSchemaVersion) {
        check.error("/schema_version", "unknown-schema-version",
                    "schema_version " + root["schema_version"].dump() + " is not supported (this build reads " +
                        std::to_string(kQuizSchemaVersion) + ")");
        return false;
    }
    quiz.schema_version = int(version);
    quiz.id = check.string(root, "", "id");
    if (!quiz.id.empty()) check.identifier(quiz.id, "/id");
    quiz.title = check.string(root, "", "title");
    quiz.lang = check.string(root, "", "lang");
    quiz.description = check.string(root, "", "description");
    quiz.pass_mark = check.number(root, "", "pass_mark", 0.7);
    if (quiz.pass_mark <= 0 || quiz.pass_mark > 1)
        check.error("/pass_mark", "bad-value", "pass_mark is a fraction in (0, 1], e.g. 0.7");

    const json* questions = check.array(root, "", "questions");
    if (questions && questions->empty()) check.error("/questions", "empty-quiz", "the quiz has no questions");
    std::set<std::string> ids;
    for (size_t i = 0; questions && i < questions->size(); ++i) {
        const json& j = (*questions)[i];
        std::string p = pointer_append("/questions", i);
        if (!j.is_object()) {
            check.error(p, "wrong-type", std::string("expected an object, found ") + json_type_name(j));
            continue;
        }
        Question q;
        q.id = check.string(j, p, "id");
        if (!q.id.empty() && check.identifier(q.id, pointer_append(p, "id")) && !ids.insert(q.id).second)
            check.error(pointer_append(p, "id"), "duplicate-id", "duplicate question id \"" + q.id + "\"");
        std::string type = check.string(j, p, "type");
        if (!type.empty() && !parse_question_type(type, q.type)) {
            check.error(pointer_append(p, "type"), "unknown-type",
                        "unknown question type \"" + type + "\" (single, multiple, true-false)");
            continue;
        }
        q.prompt = check.string(j, p, "prompt");
        if (q.type == QuestionType::true_false) {
            q.choices = {"True", "False"};
        } else {
            q.choices = check.string_list(j, p, "choices");
            if (q.choices.size() < 2 || q.choices.size() > kMaxChoices)
                check.error(pointer_append(p, "choices"), "bad-choice-count",
                            "a question has 2 to " + std::to_string(kMaxChoices) + " choices, found " +
                                std::to_string(q.choices.size()));
        }
        read_key(check, j, p, q);
        q.explanation = check.string(j, p, "explanation");
        q.sources = check.string_list(j, p, "sources");
        if (j.contains("sources") && q.sources.empty())
            check.error(pointer_append(p, "sources"), "missing-source", "every question cites at least one https source");
        for (size_t s = 0; s < q.sources.size(); ++s)
            check.https_url(q.sources[s], pointer_append(pointer_append(p, "sources"), s));
        q.concepts = check.string_list(j, p, "concepts");
        q.cell = check.string(j, p, "cell", false);
        quiz.questions.push_back(std::move(q));
    }
    return check.error_count() == 0;
}

} // namespace srm
