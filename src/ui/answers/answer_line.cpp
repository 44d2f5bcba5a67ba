// Move the line: the provider's layers of one service, top (the customer's side) down, under a
// customer band, with a horizontal line the learner places between two layers. The line is a
// slider: dragged with the mouse or a finger it snaps to the nearest boundary, and with keyboard
// focus Up, Down, Home and End move it. The answer is the boundary k (0..n, k layers above the
// line), picked like a choice; nothing is placed until the line is moved. Answered, the diagram
// shades the right range and the words say where the learner's line and the right ones fall.
#include "answer_shared.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include "imgui_internal.h"
#include <algorithm>
#include <cmath>

namespace srm::ui {

static int Placed(const Response& r) { return r.values.size() == 1 ? r.values[0] : -1; }
static int LayerCount(const Question& q) { return int(q.layer_labels.size()); }
static bool InRange(const Question& q, int k) { return k >= q.line_lowest && k <= q.line_highest; }

// "A", "A and B", "A, B and C".
static std::string Joined(const std::vector<std::string>& labels) {
    if (labels.empty()) return {};
    std::string head = labels.front();
    for (size_t i = 1; i + 1 < labels.size(); ++i) head += ", " + labels[i];
    return labels.size() == 1 ? head : F("{1} and {2}", {head, labels.back()});
}

// Where boundary k falls: "between Guest OS and Host OS", "above Customer data", "below Hardware".
static std::string BoundaryText(const Question& q, int k) {
    int n = LayerCount(q);
    if (n == 0 || k < 0 || k > n) return T("not placed");
    if (k == 0) return F("above {1}", {q.layer_labels.front()});
    if (k == n) return F("below {1}", {q.layer_labels.back()});
    return F("between {1} and {2}", {q.layer_labels[size_t(k - 1)], q.layer_labels[size_t(k)]});
}

// The right lines in words: one boundary, or the layers that bound the range and the shared
// layers the line may pass on either side of.
static std::string RangeText(const Question& q) {
    int n = LayerCount(q);
    bool upper = q.line_lowest > 0, lower = q.line_highest < n;
    if (q.line_lowest >= q.line_highest || (!upper && !lower)) return BoundaryText(q, q.line_lowest);
    std::vector<std::string> either(q.layer_labels.begin() + q.line_lowest, q.layer_labels.begin() + q.line_highest);
    std::string bounds = !upper   ? F("above {1}", {q.layer_labels[size_t(q.line_highest)]})
                         : !lower ? F("below {1}", {q.layer_labels[size_t(q.line_lowest - 1)]})
                                  : F("between {1} and {2}", {q.layer_labels[size_t(q.line_lowest - 1)],
                                                              q.layer_labels[size_t(q.line_highest)]});
    return F("{1}, on either side of {2}", {bounds, Joined(either)});
}

// One pixel at the base text size, so the rules and margins grow with the text.
static float Px() { return ImGui::GetFontSize() / 16.0f; }

// The diagram's geometry: a customer band, then one row per layer, every row as tall as the
// longest wrapped label, so a boundary's place is a multiple of the row.
struct LineGeometry {
    ImVec2 min, max;
    float row = 0, pad = 0;
    float top() const { return min.y + row; } // the top of the first layer: boundary 0
    float boundary_y(int k) const { return top() + row * float(k); }
    int nearest(float y, int n) const { return std::clamp(int(std::lround((y - top()) / row)), 0, n); }
    float text_width() const { return max.x - min.x - 2 * pad - ImGui::GetFontSize() * 2; } // room for the grip
};

static LineGeometry Layout(const Question& q) {
    LineGeometry g;
    float font = ImGui::GetFontSize();
    g.pad = font * 0.6f;
    g.min = ImGui::GetCursorScreenPos();
    g.max.x = g.min.x + std::min(ImGui::GetContentRegionAvail().x, font * 36);
    float label = font;
    for (const std::string& text : q.layer_labels)
        label = std::max(label, ImGui::CalcTextSize(text.c_str(), nullptr, false, g.text_width()).y);
    g.row = label + 2 * g.pad;
    g.max.y = g.min.y + g.row * float(q.layer_labels.size() + 1);
    return g;
}

static void DrawRows(const Question& q, const LineGeometry& g, ImDrawList* dl) {
    const Palette& p = Colors();
    float font = ImGui::GetFontSize();
    dl->AddRectFilled(g.min, ImVec2(g.max.x, g.top()), p.customer, 5 * Px());
    dl->AddText(ImVec2(g.min.x + g.pad, g.min.y + (g.row - font) / 2), p.customer_text, T("Customer"));
    for (int i = 0; i < LayerCount(q); ++i) {
        ImVec2 a(g.min.x, g.boundary_y(i)), b(g.max.x, g.boundary_y(i + 1));
        dl->AddRectFilled(a, b, p.surface);
        dl->AddRect(a, b, p.surface_border);
        dl->AddText(nullptr, 0, ImVec2(a.x + g.pad, a.y + g.pad), p.text, q.layer_labels[size_t(i)].c_str(), nullptr,
                    g.text_width());
    }
}

// A line at height y: a thick rule with a grip at its right end.
static void DrawLine(const LineGeometry& g, float y, ImU32 color, float thickness) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float font = ImGui::GetFontSize();
    dl->AddLine(ImVec2(g.min.x - 4 * Px(), y), ImVec2(g.max.x + 4 * Px(), y), color, thickness * Px());
    dl->AddCircleFilled(ImVec2(g.max.x - font, y), font * 0.45f, color);
}

// Up, Down, Home and End move the line while it has keyboard focus (claimed from navigation), or
// when the DOM mirror's slider passes them on.
static int MovedBy(ImGuiKey key, int placed, int n) {
    switch (key) {
    case ImGuiKey_Home: return 0;
    case ImGuiKey_End: return n;
    case ImGuiKey_UpArrow: return placed < 0 ? n : std::max(0, placed - 1);
    case ImGuiKey_DownArrow: return placed < 0 ? 0 : std::min(n, placed + 1);
    default: return placed;
    }
}

static int KeyboardMove(int placed, int n, ImGuiID id) {
    for (ImGuiKey key : {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_Home, ImGuiKey_End}) {
        ImGui::SetKeyOwner(key, id);
        if (ImGui::IsKeyPressed(key, id, ImGuiInputFlags_Repeat)) return MovedBy(key, placed, n);
    }
    return placed;
}

static void Draw(const AnswerView& a, Intents& out) {
    const Question& q = a.question;
    const Palette& p = Colors();
    int n = LayerCount(q);
    int placed = Placed(a.response);
    LineGeometry g = Layout(q);
    std::string id = a.prefix + ".line";
    ImGui::PushID(id.c_str());
    ImGui::BeginDisabled(a.answered);
    ImGui::InvisibleButton("###line", ImVec2(g.max.x - g.min.x, g.max.y - g.min.y));
    ImGui::EndDisabled();
    ImGuiID item = ImGui::GetItemID();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    DrawRows(q, g, dl);
    int moved = placed;
    if (!a.answered) {
        if (ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left))
            moved = g.nearest(ImGui::GetIO().MousePos.y, n);
        if (ImGui::IsItemFocused()) moved = KeyboardMove(moved, n, item);
        if (ImGuiKey key = TakeKeyRequest(id); key != ImGuiKey_None) moved = MovedBy(key, moved, n);
        if (moved != placed) out.push_back(intent::AnswerPick(a.part, moved));
    } else {
        // The right range shaded, its edges drawn; the learner's line over it.
        ImVec2 lo(g.min.x, g.boundary_y(q.line_lowest) - 3 * Px()), hi(g.max.x, g.boundary_y(q.line_highest) + 3 * Px());
        dl->AddRectFilled(lo, hi, (p.success & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 110));
        dl->AddRect(lo, hi, p.success_text, 0, 0, 2 * Px());
    }
    // Not placed yet, the line waits at the top edge, thin and muted, away from every boundary.
    if (placed >= 0) DrawLine(g, g.boundary_y(placed), a.answered && !InRange(q, placed) ? p.error_text : p.accent, 4);
    else if (!a.answered) DrawLine(g, g.min.y, p.text_muted, 2);
    if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible)
        dl->AddRect(ImVec2(g.min.x - 6 * Px(), g.min.y - 6 * Px()), ImVec2(g.max.x + 6 * Px(), g.max.y + 4 * Px()),
                    p.accent, 4 * Px(), 0, 2 * Px());
    std::string value = placed >= 0 ? BoundaryText(q, placed) : T("not placed");
    if (SemanticNode* node = RecordLastItem(id, "slider", T("Responsibility line"))) {
        node->value = value;
        node->min = 0;
        node->max = n;
        node->now = placed;
    }
    if (!a.answered)
        Paragraph(id + ".help", T("Drag the line between two layers, or focus it and use the arrow keys."), p.text_muted);
}

// The learner's line and the right lines, in words.
static void Feedback(const Question& q, const Response& r, const std::string& prefix) {
    int placed = Placed(r);
    std::string mark = placed >= 0 && InRange(q, placed) ? kCheckMark : kCrossMark;
    Paragraph(prefix + ".line.yours", mark + F("Your line: {1}.", {BoundaryText(q, placed)}));
    Paragraph(prefix + ".line.right", F("The right line: {1}.", {RangeText(q)}));
}

static std::string Text(const Question& q, const Response& r) {
    return Placed(r) >= 0 ? BoundaryText(q, Placed(r)) : "";
}

// The layers for the room, top down, with a row for each boundary: how many of the room's pasted
// answers placed the line there, and, revealed, which boundaries are right.
static void Present(const PresentedView& v) {
    const Question& q = v.question;
    const Palette& p = Colors();
    int n = LayerCount(q);
    std::vector<int> counts(size_t(n + 1), 0);
    for (const Response* r : v.room_answers)
        if (Placed(*r) >= 0 && Placed(*r) <= n) ++counts[size_t(Placed(*r))];
    bool tallied = !v.room_answers.empty();
    Paragraph(v.prefix + ".hint",
              tallied ? F("Where the room placed the line ({1} answers):", {std::to_string(v.room_answers.size())})
                      : T("Where does the line go between these layers?"),
              p.text_muted);
    for (int k = 0; k <= n; ++k) {
        bool right = InRange(q, k);
        std::string boundary = v.prefix + ".boundary." + std::to_string(k);
        if (tallied)
            PresentLine(boundary, F("\xE2\x80\x94 Lines placed here: {1}", {std::to_string(counts[size_t(k)])}),
                        v.revealed, right);
        else if (v.revealed && right) PresentLine(boundary, T("\xE2\x80\x94 The right line goes here"), true, true);
        if (k < n)
            PresentLine(v.prefix + ".layer." + std::to_string(k),
                        std::to_string(k + 1) + ".  " + q.layer_labels[size_t(k)], false, false);
    }
    if (v.revealed) Paragraph(v.prefix + ".line.right", F("The right line: {1}.", {RangeText(q)}), p.success_text);
}

AnswerDrawer LineAnswers() {
    AnswerDrawer d(QuestionType::line);
    d.empty_response = EmptyValues;
    d.draw = Draw;
    d.feedback = Feedback;
    d.answer_text = Text;
    d.present = Present;
    d.incomplete_hint = [] { return T("Move the line to go on."); };
    return d;
}

} // namespace srm::ui
