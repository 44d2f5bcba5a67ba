// Loading, validation and model linking of quiz files (see quiz.h).
//
// [SECTION] Names
// [SECTION] Reading one question (any type)
// [SECTION] Reading a quiz
// [SECTION] Linking to a model: generated questions and key checks
#include "quiz.h"
#include "json_checker.h"
#include "question_types/question_type.h"
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

const char* question_type_id(QuestionType type) { return question_type_info(type).id; }

bool parse_question_type(const std::string& id, QuestionType& out) {
    const QuestionTypeInfo* info = find_question_type(id);
    if (info) out = info->type;
    return info != nullptr;
}

size_t Question::answer_slots() const { return question_type_info(type).answer_slots(*this); }

bool lacks_choice_feedback(const Question& q) {
    if (q.generated || !question_type_info(q.type).asks_choice_feedback) return false;
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

void read_question(JsonChecker& check, const json& j, const std::string& p, bool in_scenario, Question& q) {
    q.id = check.string(j, p, "id");
    if (!q.id.empty()) check.identifier(q.id, pointer_append(p, "id"));
    std::string type = check.string(j, p, "type");
    if (!type.empty() && !parse_question_type(type, q.type)) {
        check.error(pointer_append(p, "type"), "unknown-type",
                    "unknown question type \"" + type + "\" (" + question_type_ids() + ")");
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
        if (d == 1 || d == 2 || d == 3) q.difficulty = int(d); // compared as a double first: 1e300 must not reach int
        else check.error(pointer_append(p, "difficulty"), "bad-value", "difficulty is 1, 2 or 3");
    }
    q.cell = check.string(j, p, "cell", false);
    question_type_info(q.type).read(check, j, p, in_scenario, q);
}

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
            if (quiz.find_concept(concept_.id))
                check.error(pointer_append(p, "id"), "duplicate-id", "duplicate concept \"" + concept_.id + "\"");
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
            auto asked = g.find("ask");
            bool per_service = asked != g.end() && asked->is_string() && asked->get_ref<const std::string&>() == "line";
            spec.controls = check.string_list(g, p, "controls", !per_service);
            spec.concepts = check.string_list(g, p, "concepts");
            std::string ask = check.string(g, p, "ask", false);
            if (ask == "default") spec.ask = GeneratedAsk::provider_default;
            else if (ask == "line") spec.ask = GeneratedAsk::line;
            else if (!ask.empty() && ask != "owner")
                check.error(pointer_append(p, "ask"), "bad-value",
                            "ask is \"owner\", \"default\" or \"line\", found \"" + ask + "\"");
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
                check.error(pointer_append(p, "concepts"), "unknown-id",
                            "concept \"" + c + "\" is not declared in \"concepts\"");
        quiz.questions.push_back(std::move(q));
    }
    return check.error_count() == 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Linking to a model: generated questions and key checks
//-----------------------------------------------------------------------------

// Checks one question against the model: the cell it names, then what its type links; returns
// false when it must not be played.
bool link_question(Question& q, const ResponsibilityModel& m, const std::string& p, JsonChecker& check) {
    bool ok = true;
    const Cell* cell = nullptr;
    CellPath ref;
    if (!q.cell.empty() && split_cell(q.cell, ref) && ref.model == m.id) {
        cell = m.find_cell(ref.service, ref.control);
        if (!cell) {
            check.error(pointer_append(p, "cell"), "unknown-cell", "model \"" + m.id + "\" has no cell \"" + q.cell + "\"");
            ok = false;
        }
    }
    LinkContext context;
    context.model = &m;
    context.pointer = p;
    context.check = &check;
    context.cell = cell;
    return question_type_info(q.type).link(q, context) && ok;
}

namespace {

// "On <service>, this is on by default: <what>." True or false, from the cell's provider default.
Question default_question(const Quiz& quiz, const ResponsibilityModel& m, const Service& service,
                          const Control& control, const Cell& cell, const GenerateSpec& spec) {
    const ProviderDefault& d = cell.provider_default;
    Question q;
    q.generated = true;
    q.id = "gen-default-" + m.id + "-" + service.id + "-" + control.id;
    q.type = QuestionType::true_false;
    q.choices = {"True", "False"};
    q.key = {d.on ? 0 : 1};
    if (quiz.lang == "fr") { // narrow no-break space before ":"
        q.prompt = "Sur " + service.name +
                   ", ceci est actif par d\xC3\xA9"
                   "faut, avant toute configuration\xE2\x80\xAF: " +
                   d.what + ".";
        q.explanation = std::string(d.on ? "Actif par d\xC3\xA9"
                                           "faut"
                                         : "Inactif tant que vous ne l\xE2\x80\x99"
                                           "activez pas") +
                        (d.since.empty() ? "" : " (depuis " + d.since + ")") + "\xE2\x80\xAF: " + d.what + ". " +
                        cell.explanation;
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
        if (quiz.questions[i].generated) {
            kept.push_back(quiz.questions[i]);
            continue;
        }
        if (link_question(quiz.questions[i], m, pointer_append("/questions", i), check))
            kept.push_back(quiz.questions[i]);
    }
    quiz.questions = std::move(kept);

    for (size_t g = 0; g < quiz.generate.size(); ++g) {
        const GenerateSpec& spec = quiz.generate[g];
        if (spec.model != m.id) continue;
        std::string p = pointer_append("/generate", g);
        for (const std::string& service_id : spec.services) {
            const Service* service = m.find_service(service_id);
            if (!service) {
                check.error(pointer_append(p, "services"), "unknown-id",
                            "model \"" + m.id + "\" has no service \"" + service_id + "\"");
                continue;
            }
            if (spec.ask == GeneratedAsk::line) { // one question per service; those without a clean line are left out
                Question line;
                if (generated_line_question(quiz, m, *service, spec, line)) quiz.questions.push_back(std::move(line));
                continue;
            }
            for (const std::string& control_id : spec.controls) {
                const Control* control = m.find_control(control_id);
                const Cell* cell = m.find_cell(service_id, control_id);
                if (!control || !cell) {
                    check.error(pointer_append(p, "controls"), "unknown-id",
                                "model \"" + m.id + "\" has no control \"" + control_id + "\"");
                    continue;
                }
                if (spec.ask == GeneratedAsk::provider_default) {
                    // Cells whose default does not depend on a setting the learner is not shown.
                    if (cell->has_default && cell->variants.empty())
                        quiz.questions.push_back(default_question(quiz, m, *service, *control, *cell, spec));
                    continue;
                }
                // Only cells with one clear owner make fair generated questions.
                if (cell->owner == Owner::not_applicable || cell->owner == Owner::party || !cell->variants.empty())
                    continue;
                Question q;
                q.generated = true;
                q.id = "gen-" + m.id + "-" + service_id + "-" + control_id;
                q.type = QuestionType::single_choice;
                if (quiz.lang == "fr") { // French typography: guillemets and a narrow no-break space before "?"
                    q.prompt = "Qui est responsable de \xC2\xAB\xE2\x80\xAF" + control->label +
                               "\xE2\x80\xAF\xC2\xBB pour " + service->name + "\xE2\x80\xAF?";
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
