// Quizzes: the question bank format and its validation.
// A quiz file (quizzes/<id>.json) holds a title, a language, a pass mark, the concepts its
// questions teach (each naming the misconception a wrong answer reveals) and questions of the
// types in question_types/ (one file each). Questions may name the model cell they test ("aws/rds/database-engine-patching"), and a
// quiz may ask for questions generated from a model's cells. docs/authoring.md has examples.
#pragma once
#include "diagnostic.h"
#include "model.h"
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

// Each type lives in question_types/<type>.cpp and is listed once in question_types.cpp.
enum class QuestionType { single_choice, multiple_choice, true_false, classify, matrix, ordering, scenario, line };
constexpr size_t kQuestionTypeCount = size_t(QuestionType::line) + 1;

const char* question_type_id(QuestionType type); // "single", ..., "scenario", "line"
bool parse_question_type(const std::string& id, QuestionType& out);

// The owners a learner can choose between in classify and matrix questions, in display order.
constexpr Owner kAnswerOwners[] = {Owner::customer, Owner::provider, Owner::shared, Owner::not_applicable};
// The index of `owner` in kAnswerOwners (a classify or matrix answer value), or -1.
int answer_owner_index(Owner owner);

struct ClassifyItem {
    std::string text;
    Owner owner = Owner::customer; // the key
    std::string cell;              // optional model cell this item restates
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::single_choice;
    std::string prompt;
    std::string explanation;
    std::vector<std::string> sources; // https URLs
    std::vector<std::string> concepts;
    std::vector<std::string> tags; // free pools, e.g. "aws", "exam-prep"
    int difficulty = 2;            // 1 (introductory) to 3 (advanced)
    std::string cell;              // optional "<model>/<service>/<control>"
    bool generated = false;        // made from a model cell, not authored

    // single, multiple, true-false
    std::vector<std::string> choices; // for true-false: "True", "False"
    std::vector<int> key;             // indices into choices; several only for multiple choice
    std::vector<Owner> choice_owners; // optional: the owner each choice stands for (checked against `cell`)
    // One sentence per choice saying which misconception picking it reflects (shown when the learner
    // picks a wrong choice, or misses a keyed one); "" where there is nothing to say. Empty: none given.
    std::vector<std::string> choice_feedback;
    // classify: sort items onto customer / provider / shared
    std::vector<ClassifyItem> items;
    // matrix: mark the owner of each control of one service; the key comes from the model
    std::string model, service;    // also line
    std::vector<std::string> rows; // control ids
    std::vector<Owner> row_key;    // filled from the model when the catalog links content
    std::vector<std::string> row_labels;
    // ordering: `order` is the correct order
    std::vector<std::string> order;
    // line: place the responsibility line for `service` of `model` under the chosen settings;
    // the rest comes from the model when the catalog links content
    std::map<std::string, std::string> settings; // setting id -> option id
    std::vector<std::string> layer_labels;       // the layers that apply, top (customer side) down
    int line_lowest = 0, line_highest = 0;       // right answers: this many layers above the line, inclusive
    // scenario: a short case followed by questions of the other types
    std::string case_text;
    std::vector<Question> parts;

    // How many answer positions a response has: 1 for choice types, items/rows/order sizes, parts.
    size_t answer_slots() const;
};

struct Concept {
    std::string id;
    std::string label;         // "Who patches what"
    std::string misconception; // what a wrong answer suggests the learner believes
};

// What generated questions ask of each (service, control) listed.
enum class GeneratedAsk {
    owner,            // "Who is responsible for <control> on <service>?" (single choice)
    provider_default, // "On <service>, this is on by default: <what>" (true-false), cells with a default only
    line,             // "Where does the responsibility line fall for <service>?" (line), one per service
};

// Questions generated from a model: one per (service, control) listed, or one per service.
struct GenerateSpec {
    std::string model;
    GeneratedAsk ask = GeneratedAsk::owner; // "ask": "owner" (the default), "default" or "line"
    std::vector<std::string> services;
    std::vector<std::string> controls; // not for "line"
    std::vector<std::string> concepts;
    int difficulty = 2;
};

struct Quiz {
    int schema_version = 0;
    std::string id;
    std::string title;
    std::string lang; // BCP 47, e.g. "en"
    std::string description;
    double pass_mark = 0.7; // fraction of the maximum score
    std::vector<Concept> concepts;
    std::vector<Question> questions;
    std::vector<GenerateSpec> generate;

    const Concept* find_concept(const std::string& concept_id) const;
};

constexpr int kQuizSchemaVersion = 1;
constexpr size_t kMaxChoices = 8;
constexpr size_t kMaxQuestions = 10000; // per quiz file (the benchmark's bank has 5,000)
constexpr size_t kMaxItems = 12;

// A choice-type question whose wrong choices do not all have feedback ("missing-choice-feedback").
bool lacks_choice_feedback(const Question& q);

bool load_quiz(std::string_view text, const std::string& file, Quiz& out, Diagnostics& diags);

// Builds the generated questions of `quiz` from `model` (appending them), and checks authored
// questions that name cells of this model: a key that contradicts the model is an error.
// Matrix questions get their keys here. Diagnostics point into `file`, whose `text` is given.
void link_quiz_to_model(Quiz& quiz, const ResponsibilityModel& model, const std::string& file, std::string_view text,
                        Diagnostics& diags);

} // namespace srm
