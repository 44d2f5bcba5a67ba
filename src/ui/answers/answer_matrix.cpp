// Matrix: each row (a control) gets its owner among four, not applicable included, in a grid whose
// columns the owners head.
#include "answer_shared.h"
#include "i18n.h"

namespace srm::ui {

static PlacementRows Rows(const Question& q) {
    PlacementRows rows;
    rows.texts = q.row_labels;
    rows.keys = q.row_key;
    rows.owners = 4;
    rows.kind = ".row.";
    rows.grid = true; // drawn as a table
    return rows;
}

AnswerDrawer MatrixAnswers() {
    AnswerDrawer d(QuestionType::matrix);
    d.empty_response = EmptyPlacement;
    d.draw = [](const AnswerView& view, Intents& out) { DrawPlacement(view, Rows(view.question), out); };
    d.feedback = NoFeedback;
    d.answer_text = [](const Question& q, const Response& r) { return PlacementText(Rows(q), r); };
    d.present = [](const PresentedView& view) { PresentPlacement(view, Rows(view.question)); };
    d.incomplete_hint = [] { return T("Place every item to go on."); };
    return d;
}

} // namespace srm::ui
