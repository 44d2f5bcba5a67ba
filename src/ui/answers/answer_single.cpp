// Single choice: one radio per choice; the presenter letters them.
#include "answer_shared.h"
#include "i18n.h"

namespace srm::ui {

AnswerDrawer SingleChoiceAnswers() {
    AnswerDrawer d(QuestionType::single_choice);
    d.empty_response = EmptyValues;
    d.draw = [](const AnswerView& view, Intents& out) { DrawChoices(view, out, false); };
    d.feedback = DrawChoiceFeedback;
    d.answer_text = ChoicesText;
    d.present = [](const PresentedView& view) { PresentChoices(view, nullptr); };
    d.incomplete_hint = [] { return T("Choose an answer to go on."); };
    return d;
}

} // namespace srm::ui
