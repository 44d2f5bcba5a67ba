// One question as accessible HTML: its controls in a form, and what "Show the answer" reveals.
// Each question type has its renderer in question_<type>.cpp, listed in question_renderers.cpp;
// a new type adds its file and its line there.
#pragma once
#include "catalog.h"
#include "html_page.h"
#include <string>
#include <vector>

namespace srm_html {

// Where a question sits: its page, the name its form controls share, and its number in a scenario.
struct QuestionPlace {
    const PageWords* words = nullptr;
    const srm::ContentCatalog* catalog = nullptr; // the models in the page's language (matrix keys, provider names)
    std::string name;                             // "q3", or "q3-2" for a scenario's second part
    int part = 0;                                 // 1, 2... for a part of a scenario; 0 for a question of its own
};

struct QuestionHtml {
    std::string form;   // after the question's heading: its prompt and controls
    std::string answer; // first in "Show the answer": the key and, where given, why each choice is right or wrong
};

// The renderer of one question type.
using QuestionRenderer = QuestionHtml (*)(const srm::Question& question, const QuestionPlace& place);

// The renderer for the question's type, or nullptr when no renderer knows the type.
QuestionRenderer renderer_for(const srm::Question& question);

// The usual frame: a fieldset whose legend is the prompt around `fields` (HTML); the answer gives
// `key` (plain text) and `feedback` (HTML). A scenario's part is numbered and also shows its explanation.
QuestionHtml framed_question(const srm::Question& question, const QuestionPlace& place, const std::string& fields,
                             const std::string& key, const std::string& feedback = {});

// Choice questions (single, multiple, true-false): one input per choice shown, the keyed choices
// as the key, and the feedback sentence of each choice the question has one for.
QuestionHtml choice_question(const srm::Question& question, const QuestionPlace& place, const char* input_type,
                             const std::vector<std::string>& shown_choices);

} // namespace srm_html
