// Multiple choice: a checkbox per choice, under a hint that more than one may apply.
#include "answer_shared.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

AnswerDrawer MultipleChoiceAnswers() {
    AnswerDrawer d(QuestionType::multiple_choice);
    d.picks_several = true;
    d.empty_response = EmptyValues;
    d.draw = [](const AnswerView& view, Intents& out) {
        Paragraph(view.prefix + ".hint", T("Select every answer that applies."), Colors().text_muted);
        DrawChoices(view, out, true);
    };
    d.feedback = DrawChoiceFeedback;
    d.answer_text = ChoicesText;
    d.present = [](const PresentedView& view) { PresentChoices(view, T("More than one answer is right.")); };
    d.incomplete_hint = [] { return T("Select at least one answer to go on."); };
    return d;
}

} // namespace srm::ui
