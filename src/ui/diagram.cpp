// The diagram of layers and control tiles (see diagram.h).
#include "diagram.h"
#include "owner_style.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include "imgui_internal.h"
#include <algorithm>
#include <cctype>
#include <cmath>

namespace srm::ui {

std::string DefaultSentence(const Ownership& o) {
    if (!o.has_default) return {};
    const ProviderDefault& d = o.provider_default;
    if (!d.on) return F("Off until you turn it on: {1}.", {d.what});
    return d.since.empty() ? F("On by default: {1}.", {d.what}) : F("On by default since {2}: {1}.", {d.what, d.since});
}

bool IsStale(const App& app, const Ownership& o) {
    const std::string& today = app.catalog().today();
    return !today.empty() && days_between(o.last_verified, today) > kStaleAfterDays;
}

// Case-insensitive (ASCII) search for the filter in a control's label or its explanation.
static bool MatchesFilter(const std::string& filter, const Control& control, const Ownership* o) {
    if (filter.empty()) return true;
    auto contains = [&](const std::string& text) {
        auto it = std::search(text.begin(), text.end(), filter.begin(), filter.end(), [](char a, char b) {
            return std::tolower((unsigned char)a) == std::tolower((unsigned char)b);
        });
        return it != text.end();
    };
    return contains(control.label) || (o && contains(o->explanation));
}

static bool Tile(const App& app, const ResponsibilityModel& m, const Service& service, const Control& control,
                 const Ownership* o, float width, float height, const DiagramOptions& options) {
    float s = app.display().scale;
    Owner owner = o ? o->owner : Owner::not_applicable;
    ImGui::PushID(control.id.c_str());
    bool pressed = options.interactive ? ImGui::InvisibleButton("tile", ImVec2(width, height))
                                       : (ImGui::Dummy(ImVec2(width, height)), false);
    ImGui::PopID();
    bool selected = options.interactive && app.explore().control_id == control.id;
    bool stale = o && IsStale(app, *o);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    OwnerStyle style = StyleOf(owner);
    dl->AddRectFilled(a, b, style.fill, 6 * s);
    DrawOwnerPattern(dl, a, b, owner, style.ink, s);
    bool hovered = options.interactive && ImGui::IsItemHovered();
    bool keyboard_focus = options.interactive && ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
    dl->AddRect(a, b, selected ? Colors().text : (hovered ? style.ink : Colors().surface_border), 6 * s, 0,
                (selected ? 2.5f : 1.0f) * s);
    std::string owner_text = o ? m.owner_label(*o) : T("Not applicable");
    ImVec2 pad(8 * s, 6 * s);
    dl->PushClipRect(a, b, true);
    dl->AddText(nullptr, 0, ImVec2(a.x + pad.x, a.y + pad.y), Colors().text, control.label.c_str(), nullptr,
                width - 2 * pad.x);
    float line = ImGui::GetTextLineHeight();
    dl->AddText(ImVec2(a.x + pad.x, b.y - pad.y - line), style.ink, owner_text.c_str());
    if (stale) {
        const char* badge = T("check again");
        ImVec2 size = ImGui::CalcTextSize(badge);
        ImVec2 bmin(b.x - pad.x - size.x - 8 * s, b.y - pad.y - line - 2 * s);
        dl->AddRectFilled(bmin, ImVec2(b.x - pad.x, b.y - pad.y + 2 * s), Colors().error, 4 * s);
        dl->AddText(ImVec2(bmin.x + 4 * s, bmin.y + 2 * s), Colors().error_text, badge);
    }
    dl->PopClipRect();
    if ((hovered || keyboard_focus) && o) { // the same tooltip for the mouse and the keyboard
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
        ImGui::TextUnformatted(F("{1}: {2}", {control.label, owner_text}).c_str());
        ImGui::TextDisabled("%s", o->explanation.c_str());
        if (o->has_default) ImGui::TextUnformatted(DefaultSentence(*o).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    std::string label = stale ? F("{1}, {2}: {3}, check again", {control.label, service.name, owner_text})
                              : F("{1}, {2}: {3}", {control.label, service.name, owner_text});
    RecordLastItem(std::string(options.id_prefix) + ".cell." + control.id, options.interactive ? "button" : "text",
                   label, selected ? "selected" : "");
    return pressed;
}

float LinePlace(const LineBoundary& boundary) {
    size_t n = boundary.layers.size();
    if (n == 0) return 0;
    float middle = float(boundary.lowest() + boundary.highest()) * 0.5f;
    return 1.0f - middle / float(n);
}

std::string LineSentence(const ResponsibilityModel& m, const Service& service, const LineBoundary& b) {
    if (!b.clean)
        return F("The line for {1}: none is clean. The layers' owners do not split into your side above and {2}'s below.",
                 {service.name, m.provider});
    int n = int(b.layers.size());
    std::string above = b.lowest() > 0 ? b.layers[size_t(b.lowest() - 1)]->label : T("the top of the stack");
    std::string below = b.highest() < n ? b.layers[size_t(b.highest())]->label : T("the bottom of the stack");
    std::string shared;
    for (int i = b.lowest(); i < b.highest(); ++i) shared += (shared.empty() ? "" : "; ") + b.layers[size_t(i)]->label;
    if (shared.empty()) return F("The line for {1}: between {2} and {3}.", {service.name, above, below});
    return F("The line for {1}: between {2} and {3}, with {4} shared on the line.", {service.name, above, below, shared});
}

// The height of the empty lane left for the line and its tag between two layers.
static float LineLaneHeight(float s) { return ImGui::GetTextLineHeight() + 10 * s; }

// Where each drawn layer starts and ends on screen, to place the line between them.
struct LayerExtent {
    float top = 0, bottom = 0;
    bool drawn = false;
};

// The screen y of the boundary with `k` applicable layers above it, or false when neither
// neighbour was drawn (filtered out or outside an excerpt).
static bool BoundaryY(const std::vector<LayerExtent>& extents, int k, float& y) {
    int n = int(extents.size());
    bool above = k > 0 && extents[size_t(k - 1)].drawn, below = k < n && extents[size_t(k)].drawn;
    if (above && below) y = (extents[size_t(k - 1)].bottom + extents[size_t(k)].top) * 0.5f;
    else if (above) y = extents[size_t(k - 1)].bottom;
    else if (below) y = extents[size_t(k)].top;
    return above || below;
}

// The line across the stack: layers shared on it are framed and dotted at the left edge as
// straddling it, and the line itself is drawn at `place`, with which side is whose.
// Scrolls the window once each time `what` (the service and its settings) changes, when the line
// at screen height `y` is out of view: to `keep_top` (the service picker) when the line then shows
// below it, else so that the line sits a little below the middle of the view. Not on the first drawing, so a
// page opens at its top.
static void RevealOnChange(const std::string& what, float y, float keep_top, float margin) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    ImGuiID key = ImGui::GetID("line.revealed");
    int seen = storage->GetInt(key, 0), now = int(ImHashStr(what.c_str()) | 1u);
    if (seen == now) return;
    storage->SetInt(key, now);
    float top = ImGui::GetWindowPos().y, visible = ImGui::GetWindowHeight();
    if (seen == 0 || (y - margin >= top && y + margin <= top + visible)) return;
    float keep = keep_top < 0 ? y - margin : keep_top - ImGui::GetStyle().ItemSpacing.y;
    if (y + margin - keep <= visible) ImGui::SetScrollFromPosY(keep - top, 0.0f);
    else ImGui::SetScrollFromPosY(y - top, 0.6f);
}

static void DrawLineAcross(const App& app, const ResponsibilityModel& m, const Service& service, const LineBoundary& b,
                           const std::vector<LayerExtent>& extents, const DiagramOptions& options,
                           const SettingChoice& choice, float x0, float x1) {
    const char* id = options.line_id;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float s = app.display().scale;
    std::string spoken = LineSentence(m, service, b);
    float n = float(b.layers.size());
    float top = 0, bottom = 0;
    bool placed = b.clean && BoundaryY(extents, b.lowest(), top) && BoundaryY(extents, b.highest(), bottom);
    if (!placed) {
        Paragraph(id, spoken, Colors().text_muted);
        return;
    }
    if (bottom > top) { // shared layers straddle the line
        OwnerStyle shared = StyleOf(Owner::shared);
        ImVec2 a(x0 - 6 * s, top), c(x1 + 6 * s, bottom);
        dl->AddRect(a, c, shared.ink, 6 * s, 0, 2 * s);
        DrawOwnerPattern(dl, a, ImVec2(x0 - 1 * s, bottom), Owner::shared, shared.ink, s);
    }
    // The screen y of a place on LinePlace's scale, between the boundaries either side of it.
    auto y_at = [&](float place) {
        float at = (1.0f - std::clamp(place, 0.0f, 1.0f)) * n; // layers above the line, fractional while gliding
        int k0 = int(std::floor(at)), k1 = std::min(int(n), k0 + 1);
        float y0 = 0, y1 = 0;
        bool has0 = BoundaryY(extents, k0, y0), has1 = BoundaryY(extents, k1, y1);
        float y = has0 && has1 ? y0 + (y1 - y0) * (at - float(k0)) : has0 ? y0 : has1 ? y1 : (top + bottom) * 0.5f;
        return std::clamp(y, top, bottom);
    };
    if (options.reveal_line) {
        std::string what = service.id;
        for (const auto& chosen : choice) what += ";" + chosen.first + "=" + chosen.second;
        RevealOnChange(what, y_at(LinePlace(b)), options.reveal_keep_top, LineLaneHeight(s));
    }
    float y = y_at(options.line_place < 0 ? LinePlace(b) : options.line_place);
    float thick = 4 * s;
    dl->AddLine(ImVec2(x0 - 6 * s, y), ImVec2(x1 + 6 * s, y), Colors().text, thick);
    std::string tag = F("Above: you. Below: {1}.", {m.provider});
    ImVec2 size = ImGui::CalcTextSize(tag.c_str());
    ImVec2 pad(6 * s, 2 * s);
    ImVec2 ta(x1 - size.x - 2 * pad.x, y - size.y * 0.5f - pad.y), tb(x1, y + size.y * 0.5f + pad.y);
    dl->AddRectFilled(ta, tb, Colors().text, 4 * s);
    dl->AddText(ImVec2(ta.x + pad.x, ta.y + pad.y), Colors().background, tag.c_str());
    // The node covers the line and its tag, so the mirror and the tests can find where it is.
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(x0, ta.y));
    ImGui::Dummy(ImVec2(x1 - x0, tb.y - ta.y));
    RecordLastItem(id, "img", spoken);
    ImGui::SetCursorScreenPos(cursor);
    ImGui::Dummy(ImVec2(0, 0));
}

void DrawDiagram(const App& app, const ResponsibilityModel& m, const std::string& service_id,
                 const SettingChoice& choice, const DiagramOptions& options, Intents& out) {
    const Service* service = m.find_service(service_id);
    if (!service) return;
    float s = app.display().scale;
    float width = ImGui::CalcItemWidth();
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImVec2 pad(8 * s, 6 * s);
    float x0 = ImGui::GetCursorScreenPos().x;
    LineBoundary boundary = line_boundary(m, service_id, choice);
    std::vector<LayerExtent> extents(boundary.layers.size());
    std::string band_party;
    for (const Layer& layer : m.layers) {
        if (!options.only_layers.empty() &&
            std::find(options.only_layers.begin(), options.only_layers.end(), layer.id) == options.only_layers.end())
            continue;
        std::vector<const Control*> controls;
        for (const Control& c : m.controls)
            if (c.layer == layer.id && MatchesFilter(app.explore().filter, c, owner_of(m, service_id, c.id, choice)))
                controls.push_back(&c);
        if (controls.empty() && !app.explore().filter.empty()) continue; // hide layers the filter emptied
        LayerExtent* extent = nullptr;
        int index = -1;
        for (size_t i = 0; i < boundary.layers.size(); ++i)
            if (boundary.layers[i] == &layer) {
                extent = &extents[i];
                index = int(i);
            }
        // A lane of empty space where the line rests, so it and its tag never cover a heading or a tile.
        bool lane = options.line_id && boundary.clean && index > 0 &&
                    (index == boundary.lowest() || index == boundary.highest()) && extents[size_t(index - 1)].drawn;
        if (lane) ImGui::Dummy(ImVec2(width, LineLaneHeight(s)));
        if (extent) {
            extent->top = ImGui::GetCursorScreenPos().y;
            extent->drawn = true;
        }
        if (layer.party != band_party) {
            band_party = layer.party;
            const Party* party = m.find_party(layer.party);
            ImGui::Spacing();
            Heading(std::string(options.id_prefix) + ".band." + layer.party,
                    party ? party->label + ": " + party->band : layer.party, 3);
        }
        ImGui::TextDisabled("%s", layer.label.c_str());
        if (extent) extent->bottom = ImGui::GetItemRectMax().y;
        if (controls.empty()) continue;
        // Up to four tiles a row on wide screens, fewer on narrow ones.
        int per_row = std::max(1, std::min<int>(int(controls.size()), int(width / (170 * s))));
        per_row = std::min(per_row, 4);
        float tile_w = (width - spacing * float(per_row - 1)) / float(per_row);
        // Every tile of a layer is as tall as its longest wrapped label, plus the owner line.
        float label_h = 0;
        for (const Control* c : controls)
            label_h = std::max(label_h, ImGui::CalcTextSize(c->label.c_str(), nullptr, false, tile_w - 2 * pad.x).y);
        float tile_h = label_h + ImGui::GetTextLineHeight() + pad.y * 3;
        for (size_t i = 0; i < controls.size(); ++i) {
            if (i % size_t(per_row) != 0) ImGui::SameLine();
            const Ownership* o = owner_of(m, service_id, controls[i]->id, choice);
            if (Tile(app, m, *service, *controls[i], o, tile_w, tile_h, options))
                out.push_back(intent::ChooseControl(controls[i]->id));
        }
        if (extent) extent->bottom = ImGui::GetItemRectMax().y;
    }
    if (options.line_id) DrawLineAcross(app, m, *service, boundary, extents, options, choice, x0, x0 + width);
}

} // namespace srm::ui
