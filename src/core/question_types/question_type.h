// One home per question type. Each type says, in its own file in this folder, how a quiz file
// writes it (its own JSON fields, read with located diagnostics), how it is checked against a
// model, how a response to it is scored, when a response is complete, when one read from outside
// fits it, and how a response reads in words (results, transcripts, tests). question_types.cpp
// lists every type with one line; quiz.cpp, quiz_session.cpp, the catalog and the codes ask this
// registry instead of switching over QuestionType.
#pragma once
#include "json_checker.h"
#include "quiz.h"
#include "quiz_session.h"
#include <string>
#include <vector>

namespace srm {

// How a session shows a question's choices, items or rows.
enum class DisplayOrder {
    as_authored, // true-false keeps True first, a matrix keeps its rows, a line its layers
    shuffled,
    shuffled_unsolved, // shuffled, and never already in the right order (ordering)
};

// What a type's link step is given: the model, where the question sits in its file, and the
// cell the question names (`"cell"`) when that cell is in this model.
struct LinkContext {
    const ResponsibilityModel* model = nullptr;
    std::string pointer;
    JsonChecker* check = nullptr;
    const Cell* cell = nullptr;
};

// A type's entry in the registry. Each type file fills one by name and returns it from a function
// (question_types.cpp lists those functions), so no entry is read before it is built.
struct QuestionTypeInfo {
    QuestionType type = QuestionType::single_choice;
    const char* id = ""; // the "type" value in quiz files
    DisplayOrder display = DisplayOrder::as_authored;
    bool asks_choice_feedback = false; // every wrong choice should say which misconception it reflects
    // Reads the type's own fields of the question object `j` found at `pointer`.
    void (*read)(JsonChecker& check, const nlohmann::json& j, const std::string& pointer, bool in_scenario,
                 Question& q) = nullptr;
    // Checks the question against one model and fills what comes from it (keys, labels); false
    // when the question must not be played.
    bool (*link)(Question& q, const LinkContext& context) = nullptr;
    // Adds the ids of the models the question cannot be played without.
    void (*models_needed)(const Question& q, std::vector<std::string>& out) = nullptr;
    size_t (*answer_slots)(const Question& q) = nullptr;
    size_t (*shown_items)(const Question& q) = nullptr; // how many things the display order arranges
    double (*score)(const Question& q, const Response& r) = nullptr;
    bool (*complete)(const Question& q, const Response& r) = nullptr;
    bool (*fits)(const Question& q, const Response& r) = nullptr;
    // The response in words, e.g. "The customer" or "Hypervisor: provider; Guest OS: customer".
    std::string (*words)(const Question& q, const Response& r) = nullptr;

    // Sample responses, for tests, golden transcripts and examples in the docs:
    // the key itself (scores 1);
    Response (*right_response)(const Question& q) = nullptr;
    // a complete response that misses the key (a wrong choice, every item moved, the order reversed);
    Response (*wrong_response)(const Question& q) = nullptr;
    // what a hurried learner sends: the first thing shown (`order` is the session's display order),
    // every item on the first owner, the order left as shown.
    Response (*first_response)(const Question& q, const std::vector<int>& order) = nullptr;
};

const QuestionTypeInfo& question_type_info(QuestionType type);
// nullptr for an id no type has.
const QuestionTypeInfo* find_question_type(const std::string& id);
// "single, multiple, ...": every type id, for messages.
std::string question_type_ids();

// Reads one question of any type (defined in quiz.cpp; a scenario reads its parts with it).
void read_question(JsonChecker& check, const nlohmann::json& j, const std::string& pointer, bool in_scenario, Question& q);
// Checks one question of any type against a model (defined in quiz.cpp; a scenario links its parts with it).
bool link_question(Question& q, const ResponsibilityModel& model, const std::string& pointer, JsonChecker& check);

// "<model>/<service>/<control>", as questions and items name model cells.
struct CellPath {
    std::string model, service, control;
};
bool split_cell(const std::string& cell, CellPath& out);

// The generated question of `quiz` that asks where the line falls for `service` (in line.cpp);
// false, with nothing made, when the service has no clean line.
bool generated_line_question(const Quiz& quiz, const ResponsibilityModel& model, const Service& service,
                             const GenerateSpec& spec, Question& out);

// Shared by the types, in type_helpers.cpp.
namespace type_helpers {
bool no_model(Question& q, const LinkContext& context);
void no_models_needed(const Question& q, std::vector<std::string>& out);
size_t one_slot(const Question& q);
size_t no_items(const Question& q);
// An owner written in a quiz file (customer, provider, shared, not-applicable); "bad-value" otherwise.
bool read_owner(JsonChecker& check, const std::string& value, const std::string& pointer, Owner& out);
// True when every value lies in [low, high).
bool values_within(const Response& r, int low, int high);
// An owner placement (a kAnswerOwners index, -1 unplaced) in words.
std::string placement_words(int value);
// Indices into `texts` in words, "a; b"; "(no answer)" when none.
std::string listed_words(const std::vector<std::string>& texts, const std::vector<int>& values);
} // namespace type_helpers

// The choice types (single, multiple, true-false) share their fields, in choices.cpp.
namespace choice_fields {
enum class KeyShape { one_index, index_list, boolean };
void read(JsonChecker& check, const nlohmann::json& j, const std::string& pointer, KeyShape shape, Question& q);
// A keyed choice whose owner contradicts the cell the question names.
bool link(Question& q, const LinkContext& context);
size_t shown_items(const Question& q);
// Single and true-false: 1 when the keyed choice is the only one picked; at most one pick fits.
double score_one_pick(const Question& q, const Response& r);
bool fits_one_pick(const Question& q, const Response& r);
bool complete(const Question& q, const Response& r);
Response right_response(const Question& q);
Response wrong_response(const Question& q); // the first choice not keyed
Response first_response(const Question& q, const std::vector<int>& order);
std::string words(const Question& q, const Response& r);
} // namespace choice_fields

// The placement types (classify, matrix): one owner per item or row.
double share_placed_right(const std::vector<int>& values, const std::vector<Owner>& key);
Response placed_response(const std::vector<Owner>& owners); // one kAnswerOwners index per owner
Response moved_response(const std::vector<Owner>& owners);  // each owner moved to the next of the first three
Response first_owner_response(size_t slots);                // every slot on the first owner (customer)

} // namespace srm
