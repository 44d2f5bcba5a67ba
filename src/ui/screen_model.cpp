// The model screen: the provider's diagram for one chosen service. Each layer of the diagram is
// a row of control tiles; a tile shows its owner by fill colour, by pattern (hatched for the
// provider, dotted for shared) and by a text label, so colour is never the only cue.
// Selecting a tile opens its detail: the explanation, the source and when it was last checked.
//
// [SECTION] Owner styling
// [SECTION] Tiles and diagram
// [SECTION] Screen
#include "screens.h"
#include "theme.h"
#include "widgets.h"
#include <algorithm>
#include <cctype>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Owner styling
//-----------------------------------------------------------------------------

static std::string OwnerLabel(const ResponsibilityModel& m, Owner owner) {
    switch (owner) {
    case Owner::customer: return m.find_party("customer") ? m.find_party("customer")->label : "Customer";
    case Owner::provider: return m.find_party("provider") ? m.find_party("provider")->label : m.provider;
    case Owner::shared: return "Shared";
    case Owner::not_applicable: return "Not applicable";
    }
    return "";
}

static void OwnerColors(Owner owner, ImU32& fill, ImU32& text) {
    const Palette& p = Colors();
    switch (owner) {
    case Owner::customer: fill = p.customer; text = p.customer_text; break;
    case Owner::provider: fill = p.provider; text = p.provider_text; break;
    case Owner::shared: fill = p.shared; text = p.shared_text; break;
    case Owner::not_applicable: fill = p.not_applicable; text = p.text_muted; break;
    }
}

// Pattern layer over the fill: diagonal hatching for the provider, dots for shared.
static void DrawOwnerPattern(ImDrawList* dl, ImVec2 a, ImVec2 b, Owner owner, ImU32 ink, float scale) {
    ImU32 faint = (ink & 0x00FFFFFF) | (38u << 24);
    dl->PushClipRect(a, b, true);
    if (owner == Owner::provider) {
        float step = 10 * scale;
        for (float x = a.x - (b.y - a.y); x < b.x; x += step)
            dl->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), faint, 1.5f * scale);
    } else if (owner == Owner::shared) {
        float step = 9 * scale;
        for (float y = a.y + step * 0.5f; y < b.y; y += step)
            for (float x = a.x + step * 0.5f; x < b.x; x += step) dl->AddCircleFilled(ImVec2(x, y), 1.6f * scale, faint);
    }
    dl->PopClipRect();
}

//-----------------------------------------------------------------------------
// [SECTION] Tiles and diagram
//-----------------------------------------------------------------------------

static bool ControlTile(const App& app, const Control& control, const Cell* cell, float width, float height) {
    const ResponsibilityModel& m = *app.model();
    float s = app.scale();
    Owner owner = cell ? cell->owner : Owner::not_applicable;
    ImGui::PushID(control.id.c_str());
    bool pressed = ImGui::InvisibleButton("tile", ImVec2(width, height));
    ImGui::PopID();
    bool selected = app.control_id() == control.id;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill, ink;
    OwnerColors(owner, fill, ink);
    dl->AddRectFilled(a, b, fill, 6 * s);
    DrawOwnerPattern(dl, a, b, owner, ink, s);
    bool hovered = ImGui::IsItemHovered();
    dl->AddRect(a, b, selected ? Colors().text : (hovered ? ink : Colors().surface_border), 6 * s,
                0, (selected ? 2.5f : 1.0f) * s);
    std::string owner_text = OwnerLabel(m, owner);
    ImVec2 pad(8 * s, 6 * s);
    dl->PushClipRect(a, b, true);
    dl->AddText(nullptr, 0, ImVec2(a.x + pad.x, a.y + pad.y), Colors().text, control.label.c_str(), nullptr,
                width - 2 * pad.x);
    ImVec2 owner_size = ImGui::CalcTextSize(owner_text.c_str());
    dl->AddText(ImVec2(a.x + pad.x, b.y - pad.y - owner_size.y), ink, owner_text.c_str());
    dl->PopClipRect();
    if (hovered && cell) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
        ImGui::TextUnformatted((control.label + ": " + owner_text).c_str());
        ImGui::TextDisabled("%s", cell->explanation.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    const Service* service = m.find_service(app.service_id());
    RecordLastItem("model.cell." + control.id, "button",
                   control.label + ", " + (service ? service->name : "") + ": " + owner_text, selected ? "selected" : "");
    return pressed;
}

// Case-insensitive (ASCII) search for the filter in a control's label or its cell's explanation.
static bool MatchesFilter(const std::string& filter, const Control& control, const Cell* cell) {
    if (filter.empty()) return true;
    auto contains = [&](const std::string& text) {
        auto it = std::search(text.begin(), text.end(), filter.begin(), filter.end(), [](char a, char b) {
            return std::tolower((unsigned char)a) == std::tolower((unsigned char)b);
        });
        return it != text.end();
    };
    return contains(control.label) || (cell && contains(cell->explanation));
}

static void DrawDiagram(const App& app, Intents& out) {
    const ResponsibilityModel& m = *app.model();
    float s = app.scale();
    float width = ImGui::GetContentRegionAvail().x;
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImVec2 pad(8 * s, 6 * s);
    std::string band_party;
    for (const Layer& layer : m.layers) {
        if (layer.party != band_party) {
            band_party = layer.party;
            const Party* party = m.find_party(layer.party);
            ImGui::Spacing();
            Heading("model.band." + layer.party, party ? party->label + ": " + party->band : layer.party, 2);
        }
        std::vector<const Control*> controls;
        for (const Control& c : m.controls)
            if (c.layer == layer.id && MatchesFilter(app.filter(), c, m.find_cell(app.service_id(), c.id)))
                controls.push_back(&c);
        if (controls.empty() && !app.filter().empty()) continue;   // hide layers the filter emptied
        ImGui::TextDisabled("%s", layer.label.c_str());
        if (controls.empty()) continue;
        // Up to four tiles a row on wide screens, fewer on narrow ones.
        int per_row = std::max(1, std::min<int>(int(controls.size()), int(width / (150 * s))));
        per_row = std::min(per_row, 4);
        float tile_w = (width - spacing * float(per_row - 1)) / float(per_row);
        // Every tile of a layer is as tall as its longest wrapped label, plus the owner line.
        float label_h = 0;
        for (const Control* c : controls)
            label_h = std::max(label_h, ImGui::CalcTextSize(c->label.c_str(), nullptr, false, tile_w - 2 * pad.x).y);
        float tile_h = label_h + ImGui::GetTextLineHeight() + pad.y * 3;
        for (size_t i = 0; i < controls.size(); ++i) {
            if (i % size_t(per_row) != 0) ImGui::SameLine();
            const Cell* cell = m.find_cell(app.service_id(), controls[i]->id);
            if (ControlTile(app, *controls[i], cell, tile_w, tile_h))
                out.push_back({Intent::Kind::choose_control, controls[i]->id});
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Screen
//-----------------------------------------------------------------------------

static void DrawCellDetail(const App& app, Intents& out) {
    const ResponsibilityModel& m = *app.model();
    const Control* control = m.find_control(app.control_id());
    const Cell* cell = control ? m.find_cell(app.service_id(), control->id) : nullptr;
    const Service* service = m.find_service(app.service_id());
    if (!control || !cell || !service) return;
    BeginCard();
    Heading("detail.title", control->label + " on " + service->name + ": " + OwnerLabel(m, cell->owner), 2);
    Paragraph("detail.class", std::string("Control class: ") + control_class_id(control->cls), Colors().text_muted);
    Paragraph("detail.explanation", cell->explanation);
    Link("detail.source", "Source", cell->source);
    ImGui::SameLine();
    if (Button("detail.copy", "Copy as text", false)) out.push_back({Intent::Kind::copy_cell, control->id});
    Paragraph("detail.verified", "Last checked against the source on " + cell->last_verified + ".", Colors().text_muted);
    EndCard();
}

void DrawModelScreen(const App& app, Intents& out) {
    const ResponsibilityModel* m = app.model();
    if (!m) return;
    DrawTopBar(app, m->title.c_str(), out);
    Paragraph("model.summary", m->summary, Colors().text_muted);
    Heading("model.services.title", "Choose a service", 2);
    for (const Category& category : m->categories) {
        ImGui::TextDisabled("%s", category.label.c_str());
        bool first = true;
        for (const Service& service : m->services) {
            if (service.category != category.id) continue;
            if (!first) ImGui::SameLine();
            first = false;
            if (Radio("model.service." + service.id, service.name, app.service_id() == service.id))
                out.push_back({Intent::Kind::choose_service, service.id});
        }
    }
    const Service* service = m->find_service(app.service_id());
    if (service) {
        int counts[4] = {};
        for (const Control& c : m->controls)
            if (const Cell* cell = m->find_cell(service->id, c.id)) counts[int(cell->owner)]++;
        Paragraph("model.tally", "For " + service->name + ": you own " + std::to_string(counts[0]) + ", " + m->provider +
                                     " owns " + std::to_string(counts[1]) + ", and " + std::to_string(counts[2]) +
                                     " are shared.");
    }
    std::string filter;
    if (TextBox("model.filter", "Filter controls", "Filter controls, e.g. patching", app.filter(), filter))
        out.push_back({Intent::Kind::set_filter, filter});
    DrawDiagram(app, out);
    ImGui::Spacing();
    DrawCellDetail(app, out);
    Link("model.source", m->provider + " shared responsibility model", m->source);
}

} // namespace srm::ui
