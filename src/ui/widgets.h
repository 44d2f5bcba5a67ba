// Widgets that draw with Dear ImGui and record themselves in the semantics layer.
// Each takes a stable semantic id; the ImGui id is derived from it, so labels can change freely.
#pragma once
#include "semantics.h"
#include "imgui.h"
#include <string>
#include <vector>

namespace srm::ui {

// The semantics sink of the frame being built (set by the app before drawing screens).
void SetSemanticsTarget(Semantics* target);

void Heading(const std::string& id, const std::string& text, int level = 1);
void Paragraph(const std::string& id, const std::string& text, ImU32 color = 0);
// `spoken` replaces the label in the semantics when the visible label needs context
// ("Start quiz" -> "Start quiz: Fundamentals").
bool Button(const std::string& id, const std::string& label, bool primary = true, float width = 0,
            const std::string& spoken = {});
// A radio in a group that is one Tab stop, as WAI-ARIA expects: only the group's `tab_stop` radio
// (the checked one, else the first) is reached with Tab; on the focused radio the arrow keys set
// `step` to -1 (Up, Left) or +1 (Down, Right), and the caller checks the neighbour and focuses it.
struct RadioGroupPlace {
    bool tab_stop = true;
    int step = 0;
};
// `spoken` replaces the label in the semantics (a grid's radio shows only its mark).
bool Radio(const std::string& id, const std::string& label, bool selected, RadioGroupPlace* group = nullptr,
           const std::string& spoken = {});
bool Checkbox(const std::string& id, const std::string& label, bool* value);
// A link: drawn as underlined text; the platform opens `href` from the input event.
void Link(const std::string& id, const std::string& label, const std::string& href);
// A one-line text box with a placeholder hint. Returns true and sets `out` when the text changed.
bool TextBox(const std::string& id, const std::string& label, const std::string& hint, const std::string& text,
             std::string& out);
// A text box of several lines (pasting many codes at once); no length limit.
bool TextArea(const std::string& id, const std::string& label, const std::string& hint, const std::string& text,
              std::string& out, float lines);
// A QR code from its module matrix (`modules[y * size + x]` true for dark), drawn dark on light
// whatever the theme, with a quiet zone, `module_px` pixels per module.
void QrCode(const std::string& id, const std::string& label, const std::vector<bool>& modules, int size, float module_px);
// SameLine() when a button (or, with `radio`, a radio button) labelled `next_label` still fits on
// the current line; otherwise the next widget starts a new line (narrow screens).
void SameLineIfRoom(const std::string& next_label, bool radio = false);

// SameLine() when a widget `next_width` wide still fits on the current line.
void SameLineIfWidth(float next_width);
// A combo box `width` wide with its label on its right, or on narrow screens with the label above
// and the box no wider than the column. Returns what ImGui::BeginCombo returns (EndCombo when true).
bool BeginLabelledCombo(const std::string& id, const std::string& label, const std::string& preview, float width,
                        ImGuiComboFlags flags = 0);

// Keyboard focus for a newly opened page: the app requests it, and the first InitialFocusHere()
// the page reaches places it on the next widget (by default the top bar's first control). On the
// visit's first page only an unseen focus is placed: no focus ring shows before the learner starts.
void RequestInitialFocus(bool requested, bool first_page = false);
// Notes whether the learner last clicked or pressed a key (called once a frame, before drawing;
// the app's first frame starts afresh).
void NoteInputKind(bool first_frame);
// `visible` false: the focus waits unseen, so that the first Tab lands on that widget (a question's
// answers) instead of moving past it, and a first Space acts on it at once. A visible focus shows
// its ring only when the learner last pressed a key.
void InitialFocusHere(bool visible = true);

// A row of tabs (a segmented control); returns the index clicked this frame, or -1.
int Tabs(const std::string& id, const std::vector<std::string>& labels, int current);
void ProgressBar(const std::string& id, float fraction, const std::string& label);
// One row of a bar chart: its label (which carries the number, so the bar is never the only cue)
// over a bar filled to `fraction` in `fill`. Recorded as a progress node with `spoken`.
void ChartBar(const std::string& id, const std::string& label, float fraction, ImU32 fill, const std::string& spoken);

// A card: a padded, bordered panel around a group of widgets. Drawn behind its content with
// draw-list channels instead of a child window, so keyboard tabbing flows through cards.
// Cards do not nest.
void BeginCard(ImU32 fill = 0, ImU32 border = 0);
void EndCard();

// Requests from assistive technology through the DOM mirror, by semantic id: move keyboard focus
// to a widget (scrolling it into view), activate it as a click or Space would, replace a text
// box's text, or press a key on a widget that takes keys of its own (a slider's arrows). Each is
// carried out while the next frame draws that widget.
void RequestFocus(const std::string& id);
void RequestActivate(const std::string& id);
void RequestText(const std::string& id, const std::string& text);
void RequestKey(const std::string& id, ImGuiKey key);
// The key the mirror pressed on widget `id` since it was last drawn, or ImGuiKey_None.
ImGuiKey TakeKeyRequest(const std::string& id);

// Adds a state flag to the node recorded last ("default": Enter within the answers presses it).
void AddStateToLastNode(const std::string& flag);
// Whether a node recorded since the `first`-th node of this frame has keyboard focus.
bool FocusedSince(size_t first);
// How many nodes this frame has recorded so far.
size_t NodesRecorded();

// Records a node that is not an ImGui item (a table's caption and column headers).
SemanticNode* RecordNode(const std::string& id, const std::string& role, const std::string& label);
// Records the last submitted ImGui item as a node (for custom-drawn widgets).
// Returns the node, or nullptr when no semantics target is set.
SemanticNode* RecordLastItem(const std::string& id, const std::string& role, const std::string& label,
                             std::string state = {});

} // namespace srm::ui
