// Classify: each item is placed with its owner (customer, provider or shared), by radio or by
// dragging it onto an owner.
#include "answer_shared.h"
#include "i18n.h"

namespace srm::ui {

static PlacementRows Items(const Question& q) {
    PlacementRows rows;
    for (const ClassifyItem& item : q.items) {
        rows.texts.push_back(item.text);
        rows.keys.push_back(item.owner);
    }
    rows.owners = 3;
    rows.kind = ".item.";
    return rows;
}

AnswerDrawer ClassifyAnswers() {
    AnswerDrawer d(QuestionType::classify);
    d.empty_response = EmptyPlacement;
    d.draw = [](const AnswerView& view, Intents& out) { DrawPlacement(view, Items(view.question), out); };
    d.feedback = NoFeedback;
    d.answer_text = [](const Question& q, const Response& r) { return PlacementText(Items(q), r); };
    d.present = [](const PresentedView& view) { PresentPlacement(view, Items(view.question)); };
    d.incomplete_hint = [] { return T("Place every item to go on."); };
    return d;
}

} // namespace srm::ui
