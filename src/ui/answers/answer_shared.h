// Pieces the answer drawers share: the marks, the choice list (single, multiple, true-false),
// the placement grid (classify, matrix), a presenter line and the feedback card.
#pragma once
#include "answer_drawer.h"
#include <string>
#include <vector>

namespace srm::ui {

extern const char* const kCheckMark; // "✓ "
extern const char* const kCrossMark; // "✗ "

// Choices as radios, or as checkboxes with `select_many`; answered, each says whether it is right.
void DrawChoices(const AnswerView& view, Intents& out, bool select_many);
// The feedback sentences of the choices picked wrongly or missed.
void DrawChoiceFeedback(const Question& q, const Response& response, const std::string& prefix);
// The picked choices' labels, "; " between them.
std::string ChoicesText(const Question& q, const Response& response);
// The choices lettered A, B, C... for the room; `hint` above them when not empty.
void PresentChoices(const PresentedView& view, const char* hint);

// Rows to place with an owner each: the row texts and keys by content index, `owners` radios a
// row (the first entries of kAnswerOwners), ids <prefix><kind><index>.owner.<k>.
struct PlacementRows {
    std::vector<std::string> texts;
    std::vector<Owner> keys;
    int owners = 3;
    const char* kind = ".item.";
    bool grid = false; // a table: the owners head the columns, the rows striped
};
void DrawPlacement(const AnswerView& view, const PlacementRows& rows, Intents& out);
std::string PlacementText(const PlacementRows& rows, const Response& response);
void PresentPlacement(const PresentedView& view, const PlacementRows& rows);
// Every row unplaced (-1).
void EmptyPlacement(const Question& q, const std::vector<int>& order, Response& out);

// One line the room reads; revealed, the right ones are ticked. The tick and `lead` (a choice's
// letter) stand to the left of the text, whose wrapped lines start under its first word.
void PresentLine(const std::string& id, const std::string& text, bool revealed, bool right, const std::string& lead = "");
// No feedback sentences beyond the explanation.
void NoFeedback(const Question& q, const Response& response, const std::string& prefix);
// A response that starts empty.
void EmptyValues(const Question& q, const std::vector<int>& order, Response& out);

} // namespace srm::ui
