// The diagram of layers and control tiles (see diagram.h).
#include "diagram.h"
#include "owner_style.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>
#include <cctype>

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
    dl->AddText(nullptr, 0, ImVec2(a.x + pad.x, a.y + pad.y), Colors().text, control.label.c_str(), nullptr, width - 2 * pad.x);
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
    if ((hovered || keyboard_focus) && o) {   // the same tooltip for the mouse and the keyboard
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
    RecordLastItem(std::string(options.id_prefix) + ".cell." + control.id, options.interactive ? "button" : "text", label,
                   selected ? "selected" : "");
    return pressed;
}

void DrawDiagram(const App& app, const ResponsibilityModel& m, const std::string& service_id, const SettingChoice& choice,
                 const DiagramOptions& options, Intents& out) {
    const Service* service = m.find_service(service_id);
    if (!service) return;
    float s = app.display().scale;
    float width = ImGui::CalcItemWidth();
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImVec2 pad(8 * s, 6 * s);
    std::string band_party;
    for (const Layer& layer : m.layers) {
        if (!options.only_layers.empty() &&
            std::find(options.only_layers.begin(), options.only_layers.end(), layer.id) == options.only_layers.end())
            continue;
        std::vector<const Control*> controls;
        for (const Control& c : m.controls)
            if (c.layer == layer.id && MatchesFilter(app.explore().filter, c, owner_of(m, service_id, c.id, choice)))
                controls.push_back(&c);
        if (controls.empty() && !app.explore().filter.empty()) continue;   // hide layers the filter emptied
        if (layer.party != band_party) {
            band_party = layer.party;
            const Party* party = m.find_party(layer.party);
            ImGui::Spacing();
            Heading(std::string(options.id_prefix) + ".band." + layer.party,
                    party ? party->label + ": " + party->band : layer.party, 3);
        }
        ImGui::TextDisabled("%s", layer.label.c_str());
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
    }
}

} // namespace srm::ui
