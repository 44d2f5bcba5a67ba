// The words a question shows beyond its own text: choice labels (true-false choices in the
// interface's language), the feedback sentences for the choices a learner picked wrongly or
// missed, and what is still missing before an answer can be checked. The quiz, review and
// presenter screens share them.
#pragma once
#include "quiz.h"
#include <string>
#include <vector>

namespace srm::ui {

// The label of choice `index`: the content's words, or "True" / "False" in the current language.
std::string ChoiceLabel(const Question& q, int index);

// One line per picked choice that is wrong and per keyed choice that was missed, when the content
// gives that choice a feedback sentence: "You chose “…”: …" / "You missed “…”: …".
std::vector<std::string> ChoiceFeedbackLines(const Question& q, const std::vector<int>& picked);

// Shown under a disabled "Check answer": what the learner still has to do for this type.
const char* IncompleteHint(const Question& q);

} // namespace srm::ui
