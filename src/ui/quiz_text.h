// The words a question shows beyond its own text: choice labels (true-false choices in the
// interface's language), the feedback sentences for the choices a learner picked wrongly or
// missed. The answer drawers (answers/) use them.
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

} // namespace srm::ui
