// The state the widgets keep between calls, in one place instead of file globals: where this
// frame's semantics go, the requests from assistive technology waiting for their widget, the
// page's first focus, the card being drawn, and the theme. One context serves the whole UI
// (UiContext()); nothing outside widgets.cpp and theme.cpp touches it.
#pragma once
#include "semantics.h"
#include "theme.h"
#include "imgui.h"
#include <string>

namespace srm::ui {

struct UiState {
    Semantics* semantics = nullptr; // the frame being built records its widgets here; null records nothing

    // Requests from the DOM mirror, each carried out when the named widget is next drawn.
    std::string focus_request;    // semantic id to move keyboard focus to
    std::string activate_request; // semantic id to activate (click)
    std::string text_request_id;  // semantic id of a text box whose text is replaced
    std::string text_request;     // the replacing text
    std::string key_request_id;   // semantic id of a widget a key is pressed on (a slider)
    ImGuiKey key_request = ImGuiKey_None;

    bool initial_focus = false;             // a newly opened page wants focus on its first InitialFocusHere()
    bool initial_focus_unseen_only = false; // the visit's first page: only an unseen focus is placed
    bool focus_unseen = false;              // that focus waits unseen (a question's answers) until a key or click
    bool pointer_last = false;              // the last input was a click or tap, not a key (no focus ring then)

    // The card between BeginCard() and EndCard() (cards do not nest).
    ImU32 card_fill = 0;
    ImU32 card_border = 0;
    float card_width = 0; // the content column's width when the card began

    Theme theme = Theme::light; // the palette Colors() returns
};

UiState& UiContext();

} // namespace srm::ui
