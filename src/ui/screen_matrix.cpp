// The matrix: every control (rows) for every service (columns), filterable by category, owner
// and text. Each cell is a selectable item, so arrow keys move across the grid and Enter opens
// that cell's detail below the table.
#include "diagram.h"
#include "owner_style.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>
#include <cctype>

namespace srm::ui {

static bool ContainsText(const std::string& text, const std::string& needle) {
    if (needle.empty()) return true;
    return std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
               return std::tolower((unsigned char)a) == std::tolower((unsigned char)b);
           }) != text.end();
}

static void Filters(const App& app, const ResponsibilityModel& m, Intents& out) {
    const Category* cat = m.find_category(app.explore().category_filter);
    const char* all_categories = T("All categories");
    if (BeginLabelledCombo("matrix.category", T("Category"), cat ? cat->label : all_categories, ImGui::GetFontSize() * 14)) {
        if (ImGui::Selectable(all_categories, !cat)) out.push_back(intent::SetCategoryFilter(""));
        RecordLastItem("matrix.category.all", "option", all_categories, cat ? "" : "selected");
        for (const Category& c : m.categories) {
            if (ImGui::Selectable(c.label.c_str(), cat == &c)) out.push_back(intent::SetCategoryFilter(c.id));
            RecordLastItem("matrix.category." + c.id, "option", c.label, cat == &c ? "selected" : "");
        }
        ImGui::EndCombo();
    }
    RecordLastItem("matrix.category", "combobox", F("Category: {1}", {cat ? cat->label : all_categories}));
    const char* all_owners = T("All owners");
    int owner = app.explore().owner_filter;
    float owner_w = ImGui::GetFontSize() * 10;
    SameLineIfWidth(owner_w + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(T("Owner")).x);
    if (BeginLabelledCombo("matrix.owner", T("Owner"), owner < 0 ? all_owners : OwnerName(Owner(owner)), owner_w)) {
        if (ImGui::Selectable(all_owners, owner < 0)) out.push_back(intent::SetOwnerFilter(-1));
        RecordLastItem("matrix.owner.all", "option", all_owners, owner < 0 ? "selected" : "");
        for (int i = 0; i < 5; ++i) {
            if (ImGui::Selectable(OwnerName(Owner(i)), owner == i)) out.push_back(intent::SetOwnerFilter(i));
            RecordLastItem("matrix.owner." + std::to_string(i), "option", OwnerName(Owner(i)),
                           owner == i ? "selected" : "");
        }
        ImGui::EndCombo();
    }
    RecordLastItem("matrix.owner", "combobox", F("Owner: {1}", {owner < 0 ? all_owners : OwnerName(Owner(owner))}));
    std::string filter;
    if (TextBox("matrix.filter", T("Filter the matrix"), T("Filter by control, service or explanation"),
                app.explore().filter, filter))
        out.push_back(intent::SetFilter(filter));
}

void DrawMatrixView(const App& app, Intents& out) {
    const ResponsibilityModel& m = *app.explore().model;
    Filters(app, m, out);
    std::vector<const Service*> services;
    for (const Service& s : m.services)
        if (app.explore().category_filter.empty() || s.category == app.explore().category_filter)
            services.push_back(&s);
    auto visible = [&](const Control& c, const Service& s, const Ownership* o) {
        if (!o) return false;
        if (app.explore().owner_filter >= 0 && int(o->owner) != app.explore().owner_filter) return false;
        return ContainsText(c.label, app.explore().filter) || ContainsText(s.name, app.explore().filter) ||
               ContainsText(o->explanation, app.explore().filter);
    };
    int shown = 0;
    float s = app.display().scale;
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit |
                            ImGuiTableFlags_HighlightHoveredColumn;
    // The table scrolls sideways inside its own region, the control column frozen at its left (at
    // most 45 % of a narrow screen, the names wrapped); tall enough for every row: the page scrolls down.
    const ImGuiStyle& style = ImGui::GetStyle();
    float table_w = ImGui::CalcItemWidth();
    float control_w = std::min(250 * s, table_w * 0.45f);
    float height = ImGui::GetTextLineHeight() + 2 * style.CellPadding.y + style.ScrollbarSize + 4 * s;
    for (const Control& c : m.controls) {
        bool any = false;
        for (const Service* svc : services)
            any = any || visible(c, *svc, owner_of(m, svc->id, c.id, app.explore().settings_for(svc->id)));
        if (any)
            height += ImGui::CalcTextSize(c.label.c_str(), nullptr, false, control_w - 2 * style.CellPadding.x).y +
                      2 * style.CellPadding.y;
    }
    if (ImGui::BeginTable("matrix", int(services.size()) + 1, flags, ImVec2(table_w, height))) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn(T("Control"), ImGuiTableColumnFlags_WidthFixed, control_w);
        for (const Service* svc : services)
            ImGui::TableSetupColumn(svc->name.c_str(), ImGuiTableColumnFlags_WidthFixed, 96 * s);
        ImGui::TableHeadersRow();
        RecordNode("matrix.table", "table", F("Who owns each control, by service ({1})", {m.title}));
        RecordNode("matrix.col.control", "columnheader", T("Control"));
        for (const Service* svc : services) RecordNode("matrix.col." + svc->id, "columnheader", svc->name);
        for (const Control& c : m.controls) {
            bool any = false;
            for (const Service* svc : services)
                any = any || visible(c, *svc, owner_of(m, svc->id, c.id, app.explore().settings_for(svc->id)));
            if (!any) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(c.label.c_str());
            ImGui::PopTextWrapPos();
            RecordLastItem("matrix.row." + c.id, "rowheader", c.label);
            int column = 0;
            for (const Service* svc : services) {
                ImGui::TableNextColumn();
                ++column;
                const Ownership* o = owner_of(m, svc->id, c.id, app.explore().settings_for(svc->id));
                if (!visible(c, *svc, o)) continue;
                ++shown;
                OwnerStyle owner_style = StyleOf(o->owner);
                ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, owner_style.fill);
                bool selected = app.explore().service_id == svc->id && app.explore().control_id == c.id;
                ImGui::PushStyleColor(ImGuiCol_Text, owner_style.ink);
                std::string id = "matrix.cell." + svc->id + "." + c.id;
                std::string text = ShortOwnerLabel(m, *o) +
                                   (o->has_default ? " \xE2\x80\xA2" : ""); // a bullet marks a provider default
                if (ImGui::Selectable((text + "###" + id).c_str(), selected))
                    out.push_back(intent::SelectCell(svc->id, c.id));
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered() || (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible)) {
                    ImGui::BeginTooltip();
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
                    ImGui::TextUnformatted(F("{1}, {2}: {3}", {c.label, svc->name, m.owner_label(*o)}).c_str());
                    ImGui::TextDisabled("%s", o->explanation.c_str());
                    if (o->has_default) ImGui::TextUnformatted(DefaultSentence(*o).c_str());
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
                std::string spoken = F("{1}, {2}: {3}", {c.label, svc->name, m.owner_label(*o)});
                if (o->has_default) spoken += ". " + DefaultSentence(*o);
                if (SemanticNode* n = RecordLastItem(id, "cell", spoken, selected ? "selected" : ""))
                    n->value = std::to_string(column);
            }
        }
        ImGui::EndTable();
    }
    Paragraph("matrix.count",
              F("{1} cells shown. Use the arrow keys to move and Enter to open a cell.", {std::to_string(shown)}),
              Colors().text_muted);
    Paragraph(
        "matrix.legend",
        T("\xE2\x80\xA2 marks a cell where the provider does something by default (or explicitly does not): open it to read what and since when."),
        Colors().text_muted);
    DrawCellDetail(app, out);
}

} // namespace srm::ui
