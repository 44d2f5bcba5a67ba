// True or false: two radios, labelled in the interface's language (see ChoiceLabel).
#include "answer_shared.h"
#include "i18n.h"

namespace srm::ui {

AnswerDrawer TrueFalseAnswers() {
    AnswerDrawer d(QuestionType::true_false);
    d.empty_response = EmptyValues;
    d.draw = [](const AnswerView& view, Intents& out) { DrawChoices(view, out, false); };
    d.feedback = DrawChoiceFeedback;
    d.answer_text = ChoicesText;
    d.present = [](const PresentedView& view) { PresentChoices(view, nullptr); };
    d.incomplete_hint = [] { return T("Choose an answer to go on."); };
    return d;
}

} // namespace srm::ui
