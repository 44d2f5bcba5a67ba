// Quizzes: the question bank format and its validation.
// A quiz file (quizzes/<id>.json) holds a title, a language, a pass mark and questions; each
// question has a prompt, choices, the key, an explanation, https sources and the concepts it
// tests, and may name the model cell it is about ("aws/rds/database-engine-patching").
#pragma once
#include "diagnostic.h"
#include <string>
#include <string_view>
#include <vector>

namespace srm {

enum class QuestionType { single_choice, multiple_choice, true_false };

const char* question_type_id(QuestionType type);  // "single", "multiple", "true-false"
bool parse_question_type(const std::string& id, QuestionType& out);

struct Question {
    std::string id;
    QuestionType type = QuestionType::single_choice;
    std::string prompt;
    std::vector<std::string> choices;   // for true-false: "True", "False"
    std::vector<int> key;               // indices into choices; several only for multiple choice
    std::string explanation;
    std::vector<std::string> sources;   // https URLs
    std::vector<std::string> concepts;
    std::string cell;                   // optional "<model>/<service>/<control>"
};

struct Quiz {
    int schema_version = 0;
    std::string id;
    std::string title;
    std::string lang;          // BCP 47, e.g. "en"
    std::string description;
    double pass_mark = 0.7;    // fraction of the maximum score
    std::vector<Question> questions;
};

constexpr int kQuizSchemaVersion = 1;
constexpr size_t kMaxChoices = 8;

bool load_quiz(std::string_view text, const std::string& file, Quiz& out, Diagnostics& diags);

} // namespace srm
