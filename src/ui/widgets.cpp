// Semantic widgets (see widgets.h).
#include "widgets.h"
#include "theme.h"
#include "ui_context.h"
#include "imgui_internal.h"
#include <algorithm>

namespace srm::ui {

UiState& UiContext() {
    static UiState state;
    return state;
}

void SetSemanticsTarget(Semantics* target) { UiContext().semantics = target; }

void RequestFocus(const std::string& id) { UiContext().focus_request = id; }
void RequestActivate(const std::string& id) { UiContext().activate_request = id; }
void RequestText(const std::string& id, const std::string& text) {
    UiContext().text_request_id = id;
    UiContext().text_request = text;
}

void RequestKey(const std::string& id, ImGuiKey key) {
    UiContext().key_request_id = id;
    UiContext().key_request = key;
}

ImGuiKey TakeKeyRequest(const std::string& id) {
    if (UiContext().key_request_id != id) return ImGuiKey_None;
    UiContext().key_request_id.clear();
    return UiContext().key_request;
}

// The DOM mirror asked for this widget: focus it with a visible focus ring, and activate it.
static void CarryOutRequests(const std::string& id) {
    if (id != UiContext().focus_request && id != UiContext().activate_request) return;
    ImGui::FocusItem();
    ImGui::GetCurrentContext()->NavDisableHighlight = false;
    if (id == UiContext().activate_request) ImGui::ActivateItemByID(ImGui::GetItemID());
    UiContext().focus_request.clear();
    if (id == UiContext().activate_request) UiContext().activate_request.clear();
}

// Space on a page's unseen first focus acts on that widget at once, as Space does on a browser's
// focused control (ImGui would only show the focus ring and wait for a second Space). A click or a
// key that shows the ring ends the wait.
static void ActOnUnseenFocus() {
    UiState& ui = UiContext();
    if (!ui.focus_unseen) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavDisableHighlight || ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        ui.focus_unseen = false;
        return;
    }
    if (!ImGui::IsItemFocused() || g.ActiveId != 0 || !ImGui::IsKeyPressed(ImGuiKey_Space, false)) return;
    g.NavDisableHighlight = false;
    ImGui::ActivateItemByID(ImGui::GetItemID());
    ui.focus_unseen = false;
}

// Text typed into the mirror's copy of this box replaces the box's text; an edit in progress on
// the canvas gives way (ImGui would otherwise keep showing its own copy).
static bool TakeTextRequest(const std::string& id, std::string& out) {
    if (UiContext().text_request_id != id) return false;
    out = UiContext().text_request;
    UiContext().text_request_id.clear();
    if (ImGui::GetActiveID() == ImGui::GetID(("###" + id).c_str())) ImGui::ClearActiveID();
    return true;
}

SemanticNode* RecordLastItem(const std::string& id, const std::string& role, const std::string& label, std::string state) {
    if (!UiContext().semantics) return nullptr;
    CarryOutRequests(id);
    ActOnUnseenFocus();
    if (ImGui::GetCurrentContext()->LastItemData.InFlags & ImGuiItemFlags_Disabled)
        state += state.empty() ? "disabled" : " disabled";
    if (ImGui::IsItemFocused()) state += state.empty() ? "focused" : " focused";
    if (ImGui::IsItemHovered()) state += state.empty() ? "hovered" : " hovered";
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    SemanticNode node;
    node.id = id;
    node.role = role;
    node.label = label;
    node.state = std::move(state);
    node.x = a.x;
    node.y = a.y;
    node.w = b.x - a.x;
    node.h = b.y - a.y;
    return &UiContext().semantics->add(std::move(node));
}

void AddStateToLastNode(const std::string& flag) {
    Semantics* s = UiContext().semantics;
    if (!s || s->nodes().empty()) return;
    SemanticNode& node = s->last();
    node.state += node.state.empty() ? flag : " " + flag;
}

size_t NodesRecorded() { return UiContext().semantics ? UiContext().semantics->nodes().size() : 0; }

bool FocusedSince(size_t first) {
    if (!UiContext().semantics) return false;
    const std::vector<SemanticNode>& nodes = UiContext().semantics->nodes();
    for (size_t i = first; i < nodes.size(); ++i)
        if ((" " + nodes[i].state + " ").find(" focused ") != std::string::npos) return true;
    return false;
}

SemanticNode* RecordNode(const std::string& id, const std::string& role, const std::string& label) {
    if (!UiContext().semantics) return nullptr;
    SemanticNode node;
    node.id = id;
    node.role = role;
    node.label = label;
    return &UiContext().semantics->add(std::move(node));
}

// ImGui id from the semantic id, so the visible label may change without losing focus.
static std::string ImId(const std::string& label, const std::string& id) { return label + "###" + id; }

void Heading(const std::string& id, const std::string& text, int level) {
    ImFont* font = level == 1 ? UiFonts().heading : UiFonts().subheading;
    if (font) ImGui::PushFont(font);
    ImGui::TextWrapped("%s", text.c_str());
    if (font) ImGui::PopFont();
    if (SemanticNode* n = RecordLastItem(id, "heading", text)) n->level = level;
}

void Paragraph(const std::string& id, const std::string& text, ImU32 color) {
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextWrapped("%s", text.c_str());
    if (color) ImGui::PopStyleColor();
    RecordLastItem(id, "text", text);
}

bool Button(const std::string& id, const std::string& label, bool primary, float width, const std::string& spoken) {
    const Palette& p = Colors();
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.CurrentItemFlags & ImGuiItemFlags_Disabled) {
        // Unavailable: muted text on the plain surface with a grey border, at full opacity (ImGui's
        // faded colours would leave white text on light blue); still 4.5:1 for the text.
        ImGui::PushStyleVar(ImGuiStyleVar_Alpha, g.DisabledAlphaBackup);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
        ImGui::PushStyleColor(ImGuiCol_Button, p.surface);
        ImGui::PushStyleColor(ImGuiCol_Border, p.surface_border);
        bool pressed = ImGui::Button(ImId(label, id).c_str(), ImVec2(width, 0));
        ImGui::PopStyleColor(3);
        ImGui::PopStyleVar(2);
        RecordLastItem(id, "button", spoken.empty() ? label : spoken);
        return pressed;
    }
    if (primary) ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
    else {
        ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
        ImGui::PushStyleColor(ImGuiCol_Button, p.surface);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_soft);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    }
    bool pressed = ImGui::Button(ImId(label, id).c_str(), ImVec2(width, 0));
    ImGui::PopStyleColor(primary ? 1 : 5);
    if (!primary) ImGui::PopStyleVar();
    RecordLastItem(id, "button", spoken.empty() ? label : spoken);
    return pressed;
}

// A label too long for the line wraps beside its box (ImGui draws a radio or checkbox label on one
// line). The box keeps keyboard focus; clicking the wrapped text acts like clicking the box.
static bool FitsOnLine(const std::string& label) {
    float need = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str()).x;
    return need <= ImGui::GetContentRegionAvail().x;
}

static bool WrappedLabel(const std::string& label, SemanticNode* node) {
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImVec2 box_min = ImGui::GetItemRectMin();
    ImGui::TextWrapped("%s", label.c_str());
    bool clicked = ImGui::IsItemClicked();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (node) {
        ImVec2 max = ImGui::GetItemRectMax();
        node->w = max.x - box_min.x;
        node->h = std::max(node->h, max.y - box_min.y);
    }
    return clicked;
}

// The arrow keys on the focused radio of a group step within it (ImGui's own arrow navigation
// gives way while the radio holds them).
static int ArrowStep(ImGuiID item) {
    const struct {
        ImGuiKey key;
        int step;
    } arrows[] = {{ImGuiKey_UpArrow, -1}, {ImGuiKey_LeftArrow, -1}, {ImGuiKey_DownArrow, 1}, {ImGuiKey_RightArrow, 1}};
    int step = 0;
    for (const auto& a : arrows) {
        ImGui::SetKeyOwner(a.key, item);
        if (ImGui::IsKeyPressed(a.key, item, ImGuiInputFlags_Repeat)) step = a.step;
    }
    return step;
}

bool Radio(const std::string& id, const std::string& label, bool selected, RadioGroupPlace* group,
           const std::string& spoken) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    bool fits = FitsOnLine(label);
    if (group && !group->tab_stop) ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    bool pressed = ImGui::RadioButton((fits ? ImId(label, id) : "###" + id).c_str(), selected);
    if (group && !group->tab_stop) ImGui::PopItemFlag();
    if (group) group->step = ImGui::IsItemFocused() && !ImGui::IsItemActive() ? ArrowStep(ImGui::GetItemID()) : 0;
    ImGui::PopStyleVar();
    std::string state = selected ? "checked" : "";
    if (group && group->tab_stop) state += state.empty() ? "tabstop" : " tabstop";
    SemanticNode* node = RecordLastItem(id, "radio", spoken.empty() ? label : spoken, state);
    if (!fits && WrappedLabel(label, node)) pressed = true;
    return pressed;
}

bool Checkbox(const std::string& id, const std::string& label, bool* value) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    bool fits = FitsOnLine(label);
    bool changed = ImGui::Checkbox((fits ? ImId(label, id) : "###" + id).c_str(), value);
    ImGui::PopStyleVar();
    SemanticNode* node = RecordLastItem(id, "checkbox", label, *value ? "checked" : "");
    if (!fits && WrappedLabel(label, node)) {
        *value = !*value;
        changed = true;
    }
    return changed;
}

void Link(const std::string& id, const std::string& label, const std::string& href) {
    const Palette& p = Colors();
    std::string text = label + " \xE2\x86\x97"; // north-east arrow: opens in a new tab
    // A label wider than the column wraps onto more lines, each underlined.
    ImVec2 pad(2, 2);
    float wrap = std::max(ImGui::GetContentRegionAvail().x - 2 * pad.x, ImGui::GetFontSize() * 4);
    ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    ImGui::InvisibleButton(("###" + id).c_str(), ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
        dl->AddRectFilled(a, b, p.accent_soft, ImGui::GetStyle().FrameRounding);
    ImFont* font = ImGui::GetFont();
    float scale = ImGui::GetFontSize() / font->FontSize, line_h = ImGui::GetTextLineHeight();
    const char* start = text.c_str();
    const char* end = start + text.size();
    for (float y = a.y + pad.y; start < end; y += line_h) {
        const char* stop = font->CalcWordWrapPositionA(scale, start, end, wrap);
        if (stop == start) stop = start + 1; // a word longer than the line: at least one byte a line
        while (stop < end && (static_cast<unsigned char>(*stop) & 0xC0) == 0x80) ++stop; // whole UTF-8 characters
        dl->AddText(ImVec2(a.x + pad.x, y), p.accent, start, stop);
        float w = ImGui::CalcTextSize(start, stop).x;
        dl->AddLine(ImVec2(a.x + pad.x, y + line_h), ImVec2(a.x + pad.x + w, y + line_h), p.accent);
        start = stop;
        while (start < end && (*start == ' ' || *start == '\n')) ++start;
    }
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (SemanticNode* n = RecordLastItem(id, "link", label + " (opens in a new tab)")) n->href = href;
}

// The screen x of the column's right edge (the text wrap position).
static float ColumnRight() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    return window->DC.TextWrapPos > 0 ? window->Pos.x - window->Scroll.x + window->DC.TextWrapPos
                                      : ImGui::GetCursorScreenPos().x + ImGui::CalcItemWidth();
}

bool BeginLabelledCombo(const std::string& id, const std::string& label, const std::string& preview, float width,
                        ImGuiComboFlags flags) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float label_w = ImGui::CalcTextSize(label.c_str()).x + style.ItemInnerSpacing.x;
    if (ImGui::GetCursorScreenPos().x + width + label_w <= ColumnRight()) {
        ImGui::SetNextItemWidth(width);
        return ImGui::BeginCombo(ImId(label, id).c_str(), preview.c_str(), flags);
    }
    ImGui::TextUnformatted(label.c_str()); // narrow: the label above the box
    ImGui::SetNextItemWidth(std::min(width, ColumnRight() - ImGui::GetCursorScreenPos().x));
    return ImGui::BeginCombo(("###" + id).c_str(), preview.c_str(), flags);
}

void SameLineIfWidth(float next_width) {
    float right = ImGui::GetCursorScreenPos().x + ImGui::CalcItemWidth(); // after an item, the next line's start
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width <= right) ImGui::SameLine();
}

bool TextBox(const std::string& id, const std::string& label, const std::string& hint, const std::string& text,
             std::string& out) {
    std::string value = text;
    bool requested = TakeTextRequest(id, value);
    // Room for a whole progress code (at most 4,000 characters) and more.
    std::string buffer = value;
    buffer.resize(std::max<size_t>(value.size(), 4096) + 1, '\0');
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    bool changed = ImGui::InputTextWithHint(("###" + id).c_str(), hint.c_str(), buffer.data(), buffer.size()) || requested;
    ImGui::PopStyleVar();
    value = buffer.c_str();
    if (SemanticNode* node = RecordLastItem(id, "textbox", label, ImGui::IsItemActive() ? "editing" : ""))
        node->value = value;
    if (changed) out = value;
    return changed;
}

static int GrowString(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(size_t(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

bool TextArea(const std::string& id, const std::string& label, const std::string& hint, const std::string& text,
              std::string& out, float lines) {
    std::string buffer = text;
    bool requested = TakeTextRequest(id, buffer);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImVec2 size(ImGui::CalcItemWidth(), ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2);
    bool changed = ImGui::InputTextMultiline(("###" + id).c_str(), buffer.data(), buffer.capacity() + 1, size,
                                             ImGuiInputTextFlags_CallbackResize, GrowString, &buffer) ||
                   requested;
    ImGui::PopStyleVar();
    if (buffer.empty() && !ImGui::IsItemActive()) {
        ImVec2 at = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(
            ImVec2(at.x + ImGui::GetStyle().FramePadding.x, at.y + ImGui::GetStyle().FramePadding.y),
            ImGui::GetColorU32(ImGuiCol_TextDisabled), hint.c_str());
    }
    if (SemanticNode* node =
            RecordLastItem(id, "textbox", label, ImGui::IsItemActive() ? "editing multiline" : "multiline"))
        node->value = buffer;
    if (changed) out = buffer;
    return changed;
}

void QrCode(const std::string& id, const std::string& label, const std::vector<bool>& modules, int size, float module_px) {
    const int quiet = 4;
    float side = float(size + 2 * quiet) * module_px;
    ImGui::Dummy(ImVec2(side, side));
    ImVec2 at = ImGui::GetItemRectMin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (modules[size_t(y * size + x)]) {
                ImVec2 a(at.x + float(x + quiet) * module_px, at.y + float(y + quiet) * module_px);
                dl->AddRectFilled(a, ImVec2(a.x + module_px, a.y + module_px), IM_COL32(0, 0, 0, 255));
            }
    RecordLastItem(id, "img", label);
}

void SameLineIfRoom(const std::string& next_label, bool radio) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float line_start = ImGui::GetCursorScreenPos().x; // after an item, the start of the next line
    float right = line_start + ImGui::CalcItemWidth();
    float text = ImGui::CalcTextSize(next_label.c_str(), nullptr, true).x;
    float needed = radio ? ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + text : text + 2 * style.FramePadding.x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + needed <= right) ImGui::SameLine();
}

void RequestInitialFocus(bool requested, bool first_page) {
    UiContext().initial_focus = requested;
    UiContext().initial_focus_unseen_only = first_page;
}

void NoteInputKind(bool first_frame) {
    if (first_frame) UiContext().pointer_last = false;
    for (int button = 0; button < ImGuiMouseButton_COUNT; ++button)
        if (ImGui::IsMouseClicked(button)) UiContext().pointer_last = true;
    for (ImGuiKey key : {ImGuiKey_Tab, ImGuiKey_Space, ImGuiKey_Enter, ImGuiKey_UpArrow, ImGuiKey_DownArrow,
                         ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_Escape, ImGuiKey_PageUp, ImGuiKey_PageDown})
        if (ImGui::IsKeyPressed(key, false)) UiContext().pointer_last = false;
}

void InitialFocusHere(bool visible) {
    if (!UiContext().initial_focus || (visible && UiContext().initial_focus_unseen_only)) return;
    // The learner gets a visible, usable focus at once (ImGui would otherwise wait for another
    // navigation key before Space or Enter act on it), unless they last clicked: a ring on a
    // control the mouse did not choose reads as a mark on it.
    ImGui::SetKeyboardFocusHere();
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!visible) g.NavDisableHighlight = true;
    else if (g.NavInputSource == ImGuiInputSource_Keyboard && !UiContext().pointer_last) g.NavDisableHighlight = false;
    UiContext().initial_focus = false;
    UiContext().focus_unseen = !visible;
}

int Tabs(const std::string& id, const std::vector<std::string>& labels, int current) {
    int clicked = -1;
    const Palette& p = Colors();
    // Tabs that do not fit before the column's right edge (the text wrap position) wrap.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    float right = window->DC.TextWrapPos > 0 ? window->Pos.x - window->Scroll.x + window->DC.TextWrapPos
                                             : ImGui::GetCursorScreenPos().x + ImGui::CalcItemWidth();
    for (size_t i = 0; i < labels.size(); ++i) {
        bool selected = int(i) == current;
        float width = ImGui::CalcTextSize(labels[i].c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (i > 0 && ImGui::GetItemRectMax().x + 4 + width <= right) ImGui::SameLine(0, 4);
        ImGui::PushStyleColor(ImGuiCol_Button, selected ? p.accent : p.surface);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? p.accent_text : p.accent);
        ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        std::string tab_id = id + "." + std::to_string(i);
        if (ImGui::Button((labels[i] + "###" + tab_id).c_str())) clicked = int(i);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(3);
        RecordLastItem(tab_id, "tab", labels[i], selected ? "selected" : "");
    }
    return clicked;
}

void ChartBar(const std::string& id, const std::string& label, float fraction, ImU32 fill, const std::string& spoken) {
    float rounding = ImGui::GetStyle().FrameRounding;
    ImGui::TextWrapped("%s", label.c_str());
    float width = ImGui::CalcItemWidth();
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight() * 0.7f));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, Colors().not_applicable, rounding);
    if (fraction > 0) dl->AddRectFilled(a, ImVec2(a.x + width * std::min(fraction, 1.0f), b.y), fill, rounding);
    RecordLastItem(id, "progress", spoken);
}

// The label above a thin track (never a white box that would look like a text field), filled in
// the accent colour up to `fraction`.
void ProgressBar(const std::string& id, float fraction, const std::string& label) {
    const Palette& p = Colors();
    float width = ImGui::CalcItemWidth(), height = std::max(4.0f, ImGui::GetFontSize() * 0.4f);
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(width, height));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, p.surface_border, height * 0.5f);
    float filled = width * std::clamp(fraction, 0.0f, 1.0f);
    if (filled > 0) dl->AddRectFilled(a, ImVec2(a.x + std::max(filled, height), b.y), p.accent, height * 0.5f);
    ImGui::EndGroup();
    if (SemanticNode* n = RecordLastItem(id, "progress", label)) n->value = std::to_string(int(fraction * 100 + 0.5f));
}

} // namespace srm::ui

namespace srm::ui {

void BeginCard(ImU32 fill, ImU32 border) {
    const Palette& p = Colors();
    UiContext().card_fill = fill ? fill : p.surface;
    UiContext().card_border = border ? border : p.surface_border;
    UiContext().card_width = ImGui::CalcItemWidth(); // the content column's width
    float left = ImGui::GetCursorPosX();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::Indent(style.WindowPadding.x);
    ImGui::BeginGroup();
    // Wrap text inside the card's right padding.
    ImGui::PushTextWrapPos(left + UiContext().card_width - style.WindowPadding.x);
    ImGui::PushItemWidth(UiContext().card_width - 2 * style.WindowPadding.x);
}

void EndCard() {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Unindent(style.WindowPadding.x);
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::EndGroup();
    ImVec2 a = ImGui::GetItemRectMin();
    ImVec2 b(a.x + UiContext().card_width, ImGui::GetItemRectMax().y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(a, b, UiContext().card_fill, style.ChildRounding);
    dl->AddRect(a, b, UiContext().card_border, style.ChildRounding, 0, style.ChildBorderSize * 1.0f);
    dl->ChannelsMerge();
}

} // namespace srm::ui
