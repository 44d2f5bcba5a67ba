// Loading, validation and model linking of quiz files (see quiz.h).
//
// [SECTION] Names
// [SECTION] Reading one question (any type)
// [SECTION] Reading a quiz
// [SECTION] Linking to a model: generated questions and key checks
#include "quiz.h"
#include "json_checker.h"
#include <algorithm>
#include <set>

namespace srm {

int answer_owner_index(Owner owner) {
    for (int i = 0; i < 4; ++i)
        if (kAnswerOwners[i] == owner) return i;
    return -1;
}

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

const char* question_type_id(QuestionType type) {
    switch (type) {
    case QuestionType::single_choice: return "single";
    case QuestionType::multiple_choice: return "multiple";
    case QuestionType::true_false: return "true-false";
    case QuestionType::classify: return "classify";
    case QuestionType::matrix: return "matrix";
    case QuestionType::ordering: return "ordering";
    case QuestionType::scenario: return "scenario";
    }
    return "";
}

bool parse_question_type(const std::string& id, QuestionType& out) {
    for (QuestionType t : {QuestionType::single_choice, QuestionType::multiple_choice, QuestionType::true_false,
                           QuestionType::classify, QuestionType::matrix, QuestionType::ordering, QuestionType::scenario})
        if (id == question_type_id(t)) { out = t; return true; }
    return false;
}

size_t Question::answer_slots() const {
    switch (type) {
    case QuestionType::classify: return items.size();
    case QuestionType::matrix: return rows.size();
    case QuestionType::ordering: return order.size();
    case QuestionType::scenario: return parts.size();
    default: return 1;
    }
}

bool lacks_choice_feedback(const Question& q) {
    if (q.generated || (q.type != QuestionType::single_choice && q.type != QuestionType::multiple_choice)) return false;
    if (q.choice_feedback.size() != q.choices.size()) return true;
    for (size_t i = 0; i < q.choices.size(); ++i) {
        bool keyed = std::find(q.key.begin(), q.key.end(), int(i)) != q.key.end();
        if (!keyed && q.choice_feedback[i].find_first_not_of(" \t\r\n") == std::string::npos) return true;
    }
    return false;
}

const Concept* Quiz::find_concept(const std::string& concept_id) const {
    for (const Concept& c : concepts)
        if (c.id == concept_id) return &c;
    return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading one question (any type)
//-----------------------------------------------------------------------------

namespace {

void read_key(JsonChecker& check, const json& q, const std::string& p, Question& out) {
    auto it = q.find("key");
    if (it == q.end()) { check.error(p, "missing-field", "missing required field \"key\""); return; }
    std::string kp = pointer_append(p, "key");
    if (out.type == QuestionType::true_false) {
        if (!it->is_boolean()) check.error(kp, "wrong-type", std::string("the key of a true-false question is true or false, found ") + json_type_name(*it));
        else out.key.push_back(it->get<bool>() ? 0 : 1);
        return;
    }
    if (out.type == QuestionType::single_choice && !it->is_number_integer()) {
        check.error(kp, "wrong-type", std::string("the key of a single question is one choice index, found ") + json_type_name(*it));
        return;
    }
    if (out.type == QuestionType::multiple_choice && (!it->is_array() || it->empty())) {
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
            check.error(ip, "key-not-a-choice", "key " + std::to_string(index) + " is not among the " +
                                                    std::to_string(out.choices.size()) + " choices");
            continue;
        }
        if (!seen.insert(int(index)).second) check.error(ip, "duplicate-key", "choice " + std::to_string(index) + " is keyed twice");
        out.key.push_back(int(index));
    }
}

bool read_owner(JsonChecker& check, const std::string& value, const std::string& pointer, Owner& out) {
    if (parse_owner(value, out)) return true;
    check.error(pointer, "bad-value", "owner must be customer, provider, shared or not-applicable, found \"" + value + "\"");
    return false;
}

void read_question(JsonChecker& check, const json& j, const std::string& p, bool in_scenario, Question& q);

// "choice_feedback": one string per choice ("" allowed for keyed choices); every wrong choice of a
// single or multiple question should have one, which is a warning so that authors can add them in turn.
void read_choice_feedback(JsonChecker& check, const json& j, const std::string& p, Question& q) {
    const json* list = check.array(j, p, "choice_feedback", false);
    std::string fp = pointer_append(p, "choice_feedback");
    if (list) {
        for (size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            if (!entry.is_string()) {
                check.error(pointer_append(fp, i), "wrong-type", std::string("expected a string, found ") + json_type_name(entry));
                q.choice_feedback.emplace_back();
                continue;
            }
            std::string text = entry.get<std::string>();
            if (text.size() > kMaxStringBytes)
                check.error(pointer_append(fp, i), "oversized-string", "string is " + std::to_string(text.size()) +
                                                                          " bytes; the limit is " + std::to_string(kMaxStringBytes));
            q.choice_feedback.push_back(std::move(text));
        }
        if (q.choice_feedback.size() != q.choices.size()) {
            check.error(fp, "bad-value", "choice_feedback has one entry for each of the " + std::to_string(q.choices.size()) +
                                             " choices, found " + std::to_string(q.choice_feedback.size()));
            q.choice_feedback.clear();
            return;
        }
    }
    if (lacks_choice_feedback(q))
        check.warning(list ? fp : p, "missing-choice-feedback",
                      "every wrong choice needs a sentence in \"choice_feedback\" saying which misconception it reflects");
}

void read_choices(JsonChecker& check, const json& j, const std::string& p, Question& q) {
    if (q.type == QuestionType::true_false) q.choices = {"True", "False"};
    else {
        q.choices = check.string_list(j, p, "choices");
        if (q.choices.size() < 2 || q.choices.size() > kMaxChoices)
            check.error(pointer_append(p, "choices"), "bad-choice-count",
                        "a question has 2 to " + std::to_string(kMaxChoices) + " choices, found " + std::to_string(q.choices.size()));
    }
    read_key(check, j, p, q);
    read_choice_feedback(check, j, p, q);
    if (j.contains("choice_owners")) {
        std::vector<std::string> owners = check.string_list(j, p, "choice_owners");
        std::string op = pointer_append(p, "choice_owners");
        if (owners.size() != q.choices.size())
            check.error(op, "bad-value", "choice_owners names one owner for each of the " + std::to_string(q.choices.size()) + " choices");
        for (size_t i = 0; i < owners.size(); ++i) {
            Owner o;
            if (read_owner(check, owners[i], pointer_append(op, i), o)) q.choice_owners.push_back(o);
        }
    }
}

void read_items(JsonChecker& check, const json& j, const std::string& p, Question& q) {
    const json* items = check.array(j, p, "items");
    std::string ip = pointer_append(p, "items");
    if (items && (items->size() < 2 || items->size() > kMaxItems))
        check.error(ip, "bad-choice-count", "a classify question has 2 to " + std::to_string(kMaxItems) + " items");
    for (size_t i = 0; items && i < items->size(); ++i) {
        const json& it = (*items)[i];
        std::string itp = pointer_append(ip, i);
        if (!check.object_at(it, itp)) continue;
        ClassifyItem item;
        item.text = check.string(it, itp, "text");
        std::string owner = check.string(it, itp, "owner");
        if (!owner.empty()) read_owner(check, owner, pointer_append(itp, "owner"), item.owner);
        item.cell = check.string(it, itp, "cell", false);
        q.items.push_back(std::move(item));
    }
}

void read_question(JsonChecker& check, const json& j, const std::string& p, bool in_scenario, Question& q) {
    q.id = check.string(j, p, "id");
    if (!q.id.empty()) check.identifier(q.id, pointer_append(p, "id"));
    std::string type = check.string(j, p, "type");
    if (!type.empty() && !parse_question_type(type, q.type)) {
        check.error(pointer_append(p, "type"), "unknown-type",
                    "unknown question type \"" + type + "\" (single, multiple, true-false, classify, matrix, ordering, scenario)");
        return;
    }
    q.prompt = check.string(j, p, "prompt");
    q.explanation = check.string(j, p, "explanation");
    q.sources = check.string_list(j, p, "sources", !in_scenario);
    if (j.contains("sources") && q.sources.empty())
        check.error(pointer_append(p, "sources"), "missing-source", "every question cites at least one https source");
    for (size_t s = 0; s < q.sources.size(); ++s)
        check.https_url(q.sources[s], pointer_append(pointer_append(p, "sources"), s));
    q.concepts = check.string_list(j, p, "concepts", !in_scenario);
    q.tags = check.string_list(j, p, "tags", false);
    if (j.contains("difficulty")) {
        double d = check.number(j, p, "difficulty", 2);
        if (d == 1 || d == 2 || d == 3) q.difficulty = int(d);   // compared as a double first: 1e300 must not reach int
        else check.error(pointer_append(p, "difficulty"), "bad-value", "difficulty is 1, 2 or 3");
    }
    q.cell = check.string(j, p, "cell", false);
    switch (q.type) {
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
    case QuestionType::true_false:
        read_choices(check, j, p, q);
        break;
    case QuestionType::classify:
        read_items(check, j, p, q);
        break;
    case QuestionType::matrix:
        q.model = check.string(j, p, "model");
        q.service = check.string(j, p, "service");
        q.rows = check.string_list(j, p, "rows");
        if (j.contains("rows") && (q.rows.size() < 2 || q.rows.size() > kMaxItems))
            check.error(pointer_append(p, "rows"), "bad-choice-count", "a matrix question has 2 to " + std::to_string(kMaxItems) + " rows");
        break;
    case QuestionType::ordering:
        q.order = check.string_list(j, p, "order");
        if (j.contains("order") && (q.order.size() < 2 || q.order.size() > kMaxItems))
            check.error(pointer_append(p, "order"), "bad-choice-count", "an ordering question has 2 to " + std::to_string(kMaxItems) + " items");
        break;
    case QuestionType::scenario: {
        if (in_scenario) {
            check.error(pointer_append(p, "type"), "bad-value", "a scenario cannot contain another scenario");
            break;
        }
        q.case_text = check.string(j, p, "case");
        const json* parts = check.array(j, p, "questions");
        std::string pp = pointer_append(p, "questions");
        if (parts && parts->empty()) check.error(pp, "empty-quiz", "a scenario asks at least one question");
        std::set<std::string> ids;
        for (size_t i = 0; parts && i < parts->size(); ++i) {
            const json& part = (*parts)[i];
            std::string partp = pointer_append(pp, i);
            if (!check.object_at(part, partp)) continue;
            Question sub;
            read_question(check, part, partp, true, sub);
            if (!sub.id.empty() && !ids.insert(sub.id).second)
                check.error(pointer_append(partp, "id"), "duplicate-id", "duplicate question id \"" + sub.id + "\" in this scenario");
            if (sub.sources.empty()) sub.sources = q.sources;
            if (sub.concepts.empty()) sub.concepts = q.concepts;
            q.parts.push_back(std::move(sub));
        }
        break;
    }
    }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Reading a quiz
//-----------------------------------------------------------------------------

bool load_quiz(std::string_view text, const std::string& file, Quiz& quiz, Diagnostics& diags) {
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, text, diags);
    const json& root = doc.value;
    if (!check.document_root(root, "quiz", kQuizSchemaVersion)) return false;
    quiz.schema_version = kQuizSchemaVersion;
    quiz.id = check.string(root, "", "id");
    if (!quiz.id.empty()) check.identifier(quiz.id, "/id");
    quiz.title = check.string(root, "", "title");
    quiz.lang = check.string(root, "", "lang");
    quiz.description = check.string(root, "", "description");
    quiz.pass_mark = check.number(root, "", "pass_mark", 0.7);
    if (quiz.pass_mark <= 0 || quiz.pass_mark > 1)
        check.error("/pass_mark", "bad-value", "pass_mark is a fraction in (0, 1], e.g. 0.7");

    if (const json* concepts = check.array(root, "", "concepts", false)) {
        for (size_t i = 0; i < concepts->size(); ++i) {
            const json& c = (*concepts)[i];
            std::string p = pointer_append("/concepts", i);
            if (!check.object_at(c, p)) continue;
            Concept concept_{check.string(c, p, "id"), check.string(c, p, "label"), check.string(c, p, "misconception")};
            if (quiz.find_concept(concept_.id)) check.error(pointer_append(p, "id"), "duplicate-id", "duplicate concept \"" + concept_.id + "\"");
            quiz.concepts.push_back(std::move(concept_));
        }
    }
    if (const json* gen = check.array(root, "", "generate", false)) {
        for (size_t i = 0; i < gen->size(); ++i) {
            const json& g = (*gen)[i];
            std::string p = pointer_append("/generate", i);
            if (!check.object_at(g, p)) continue;
            GenerateSpec spec;
            spec.model = check.string(g, p, "model");
            spec.services = check.string_list(g, p, "services");
            spec.controls = check.string_list(g, p, "controls");
            spec.concepts = check.string_list(g, p, "concepts");
            std::string ask = check.string(g, p, "ask", false);
            if (ask == "default") spec.ask = GeneratedAsk::provider_default;
            else if (!ask.empty() && ask != "owner")
                check.error(pointer_append(p, "ask"), "bad-value", "ask is \"owner\" or \"default\", found \"" + ask + "\"");
            quiz.generate.push_back(std::move(spec));
        }
    }

    const json* questions = check.array(root, "", "questions");
    if (questions && questions->size() > kMaxQuestions) {
        check.error("/questions", "too-many", "a quiz file holds at most " + std::to_string(kMaxQuestions) + " questions");
        return false;
    }
    if (questions && questions->empty() && quiz.generate.empty())
        check.error("/questions", "empty-quiz", "the quiz has no questions");
    std::set<std::string> ids;
    for (size_t i = 0; questions && i < questions->size(); ++i) {
        const json& j = (*questions)[i];
        std::string p = pointer_append("/questions", i);
        if (!check.object_at(j, p)) continue;
        Question q;
        read_question(check, j, p, false, q);
        if (!q.id.empty() && !ids.insert(q.id).second)
            check.error(pointer_append(p, "id"), "duplicate-id", "duplicate question id \"" + q.id + "\"");
        for (const std::string& c : q.concepts)
            if (!quiz.concepts.empty() && !quiz.find_concept(c))
                check.error(pointer_append(p, "concepts"), "unknown-id", "concept \"" + c + "\" is not declared in \"concepts\"");
        quiz.questions.push_back(std::move(q));
    }
    return check.error_count() == 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Linking to a model: generated questions and key checks
//-----------------------------------------------------------------------------

namespace {

struct CellRef {
    std::string model, service, control;
};

bool split_cell(const std::string& cell, CellRef& out) {
    size_t a = cell.find('/');
    size_t b = a == std::string::npos ? a : cell.find('/', a + 1);
    if (b == std::string::npos) return false;
    out = {cell.substr(0, a), cell.substr(a + 1, b - a - 1), cell.substr(b + 1)};
    return true;
}

// Checks one question against the model; returns false when it must not be played.
bool check_against_model(Question& q, const ResponsibilityModel& m, const std::string& p, JsonChecker& check) {
    bool ok = true;
    CellRef ref;
    if (!q.cell.empty() && split_cell(q.cell, ref) && ref.model == m.id) {
        const Cell* cell = m.find_cell(ref.service, ref.control);
        if (!cell) {
            check.error(pointer_append(p, "cell"), "unknown-cell", "model \"" + m.id + "\" has no cell \"" + q.cell + "\"");
            ok = false;
        } else if (!q.choice_owners.empty() && q.key.size() == 1 && size_t(q.key[0]) < q.choice_owners.size() &&
                   q.choice_owners[size_t(q.key[0])] != cell->owner) {
            check.error(pointer_append(p, "key"), "key-contradicts-model",
                        "the keyed answer says " + std::string(owner_id(q.choice_owners[size_t(q.key[0])])) + " but the model says " +
                            owner_id(cell->owner) + " for " + q.cell);
            ok = false;
        }
    }
    for (size_t i = 0; i < q.items.size(); ++i) {
        if (q.items[i].cell.empty() || !split_cell(q.items[i].cell, ref) || ref.model != m.id) continue;
        const Cell* cell = m.find_cell(ref.service, ref.control);
        std::string ip = pointer_append(pointer_append(p, "items"), i);
        if (!cell) {
            check.error(pointer_append(ip, "cell"), "unknown-cell", "model \"" + m.id + "\" has no cell \"" + q.items[i].cell + "\"");
            ok = false;
        } else if (cell->owner != q.items[i].owner) {
            check.error(pointer_append(ip, "owner"), "key-contradicts-model",
                        "the item says " + std::string(owner_id(q.items[i].owner)) + " but the model says " + owner_id(cell->owner) +
                            " for " + q.items[i].cell);
            ok = false;
        }
    }
    if (q.type == QuestionType::matrix && q.model == m.id) {
        const Service* service = m.find_service(q.service);
        if (!service) {
            check.error(pointer_append(p, "service"), "unknown-id", "model \"" + m.id + "\" has no service \"" + q.service + "\"");
            return false;
        }
        q.row_key.clear();
        q.row_labels.clear();
        for (size_t i = 0; i < q.rows.size(); ++i) {
            const Cell* cell = m.find_cell(q.service, q.rows[i]);
            const Control* control = m.find_control(q.rows[i]);
            if (!cell || !control) {
                check.error(pointer_append(pointer_append(p, "rows"), i), "unknown-id", "model \"" + m.id + "\" has no control \"" + q.rows[i] + "\"");
                ok = false;
                continue;
            }
            q.row_key.push_back(cell->owner);
            q.row_labels.push_back(control->label);
        }
    }
    for (size_t i = 0; i < q.parts.size(); ++i)
        ok = check_against_model(q.parts[i], m, pointer_append(pointer_append(p, "questions"), i), check) && ok;
    return ok;
}

// "On <service>, this is on by default: <what>." True or false, from the cell's provider default.
Question default_question(const Quiz& quiz, const ResponsibilityModel& m, const Service& service, const Control& control,
                          const Cell& cell, const GenerateSpec& spec) {
    const ProviderDefault& d = cell.provider_default;
    Question q;
    q.generated = true;
    q.id = "gen-default-" + m.id + "-" + service.id + "-" + control.id;
    q.type = QuestionType::true_false;
    q.choices = {"True", "False"};
    q.key = {d.on ? 0 : 1};
    if (quiz.lang == "fr") {   // narrow no-break space before ":"
        q.prompt = "Sur " + service.name + ", ceci est actif par d\xC3\xA9" "faut, avant toute configuration\xE2\x80\xAF: " + d.what + ".";
        q.explanation = std::string(d.on ? "Actif par d\xC3\xA9" "faut" : "Inactif tant que vous ne l\xE2\x80\x99" "activez pas") +
                        (d.since.empty() ? "" : " (depuis " + d.since + ")") + "\xE2\x80\xAF: " + d.what + ". " + cell.explanation;
    } else {
        q.prompt = "On " + service.name + ", this is on by default, before you configure anything: " + d.what + ".";
        q.explanation = std::string(d.on ? "On by default" : "Off until you turn it on") +
                        (d.since.empty() ? "" : " (since " + d.since + ")") + ": " + d.what + ". " + cell.explanation;
    }
    q.sources = {cell.default_source()};
    q.concepts = spec.concepts;
    q.difficulty = spec.difficulty;
    q.tags = {"defaults"};
    q.cell = m.id + "/" + service.id + "/" + control.id;
    return q;
}

} // namespace

void link_quiz_to_model(Quiz& quiz, const ResponsibilityModel& m, const std::string& file, std::string_view text,
                        Diagnostics& diags) {
    JsonChecker check(file, text, diags);
    std::vector<Question> kept;
    for (size_t i = 0; i < quiz.questions.size(); ++i) {
        if (quiz.questions[i].generated) { kept.push_back(quiz.questions[i]); continue; }
        if (check_against_model(quiz.questions[i], m, pointer_append("/questions", i), check)) kept.push_back(quiz.questions[i]);
    }
    quiz.questions = std::move(kept);

    for (size_t g = 0; g < quiz.generate.size(); ++g) {
        const GenerateSpec& spec = quiz.generate[g];
        if (spec.model != m.id) continue;
        std::string p = pointer_append("/generate", g);
        for (const std::string& service_id : spec.services) {
            const Service* service = m.find_service(service_id);
            if (!service) {
                check.error(pointer_append(p, "services"), "unknown-id", "model \"" + m.id + "\" has no service \"" + service_id + "\"");
                continue;
            }
            for (const std::string& control_id : spec.controls) {
                const Control* control = m.find_control(control_id);
                const Cell* cell = m.find_cell(service_id, control_id);
                if (!control || !cell) {
                    check.error(pointer_append(p, "controls"), "unknown-id", "model \"" + m.id + "\" has no control \"" + control_id + "\"");
                    continue;
                }
                if (spec.ask == GeneratedAsk::provider_default) {
                    // Cells whose default does not depend on a setting the learner is not shown.
                    if (cell->has_default && cell->variants.empty())
                        quiz.questions.push_back(default_question(quiz, m, *service, *control, *cell, spec));
                    continue;
                }
                // Only cells with one clear owner make fair generated questions.
                if (cell->owner == Owner::not_applicable || cell->owner == Owner::party || !cell->variants.empty()) continue;
                Question q;
                q.generated = true;
                q.id = "gen-" + m.id + "-" + service_id + "-" + control_id;
                q.type = QuestionType::single_choice;
                if (quiz.lang == "fr") {   // French typography: guillemets and a narrow no-break space before "?"
                    q.prompt = "Qui est responsable de \xC2\xAB\xE2\x80\xAF" + control->label + "\xE2\x80\xAF\xC2\xBB pour " + service->name + "\xE2\x80\xAF?";
                    q.choices = {"Le client", m.provider, "Partag\xC3\xA9 entre le client et " + m.provider};
                } else {
                    q.prompt = "Who is responsible for " + control->label + " on " + service->name + "?";
                    q.choices = {"The customer", m.provider, "Shared between the customer and " + m.provider};
                }
                q.choice_owners = {Owner::customer, Owner::provider, Owner::shared};
                q.key = {cell->owner == Owner::customer ? 0 : cell->owner == Owner::provider ? 1 : 2};
                q.explanation = cell->explanation;
                q.sources = {cell->source};
                q.concepts = spec.concepts;
                q.difficulty = spec.difficulty;
                q.cell = m.id + "/" + service_id + "/" + control_id;
                quiz.questions.push_back(std::move(q));
            }
        }
    }
}

} // namespace srm
