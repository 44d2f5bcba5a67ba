// Compare two services side by side: every control with its owner under each, the controls that
// change owner marked in words and by a tinted, bolder row.
#include "owner_style.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

// A keyboard-navigable combo box listing the model's services; choosing one sets the first
// service of the comparison, or with `second` the other one.
static void ServiceCombo(const App& app, const char* id, const char* label, const std::string& current, bool second,
                         Intents& out) {
    const ResponsibilityModel& m = *app.explore().model;
    const Service* s = m.find_service(current);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("Amazon ECS on Fargate").x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo((std::string(label) + "###" + id).c_str(), s ? s->name.c_str() : "")) {
        for (const Service& option : m.services) {
            if (ImGui::Selectable(option.name.c_str(), option.id == current))
                out.push_back(second ? Intent(intent::ChooseCompare(option.id)) : Intent(intent::ChooseService(option.id)));
            RecordLastItem(std::string(id) + "." + option.id, "option", option.name,
                           option.id == current ? "selected" : "");
        }
        ImGui::EndCombo();
    }
    RecordLastItem(id, "combobox", std::string(label) + ": " + (s ? s->name : ""));
}

void DrawCompareView(const App& app, Intents& out) {
    const ResponsibilityModel& m = *app.explore().model;
    const Service* a = m.find_service(app.explore().service_id);
    const Service* b = m.find_service(app.explore().compare_id);
    ServiceCombo(app, "compare.a", T("First service"), app.explore().service_id, false, out);
    ServiceCombo(app, "compare.b", T("Second service"), app.explore().compare_id, true, out);
    if (!a || !b) return;
    SettingChoice choice_a = app.explore().settings_for(a->id), choice_b = app.explore().settings_for(b->id);
    std::vector<Difference> diffs = differences(m, a->id, b->id, choice_a, choice_b);
    Paragraph("compare.summary", F("{1} of {2} controls change owner between {3} and {4}.",
                                   {std::to_string(diffs.size()), std::to_string(m.controls.size()), a->name, b->name}));
    const Palette& p = Colors();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("compare", 4, flags, ImVec2(ImGui::CalcItemWidth(), 0))) return;
    ImGui::TableSetupColumn(T("Control"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(a->name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(b->name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(T("Change"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableHeadersRow();
    for (const Control& c : m.controls) {
        const Ownership* oa = owner_of(m, a->id, c.id, choice_a);
        const Ownership* ob = owner_of(m, b->id, c.id, choice_b);
        if (!oa || !ob) continue;
        bool changed = oa->owner != ob->owner || oa->owner_party != ob->owner_party;
        ImGui::TableNextRow();
        if (changed) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, p.highlight);
        ImGui::TableNextColumn();
        if (changed && UiFonts().subheading) ImGui::PushFont(UiFonts().subheading);
        ImGui::TextWrapped("%s", c.label.c_str());
        if (changed && UiFonts().subheading) ImGui::PopFont();
        ImVec2 row_min = ImGui::GetItemRectMin();
        for (const Ownership* o : {oa, ob}) {
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, StyleOf(o->owner).ink);
            ImGui::TextWrapped("%s", m.owner_label(*o).c_str());
            ImGui::PopStyleColor();
        }
        ImGui::TableNextColumn();
        if (changed)
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.provider_text), "\xE2\x86\x92 %s", T("changes"));
        else ImGui::TextDisabled("%s", T("same"));
        ImVec2 row_max = ImGui::GetItemRectMax();
        std::string label =
            changed
                ? F("{1}: {2} {3}, {4} {5}, changes", {c.label, a->name, m.owner_label(*oa), b->name, m.owner_label(*ob)})
                : F("{1}: {2} {3}, {4} {5}, same", {c.label, a->name, m.owner_label(*oa), b->name, m.owner_label(*ob)});
        if (SemanticNode* n = RecordLastItem("compare.row." + c.id, "row", label, changed ? "changed" : "")) {
            n->x = row_min.x;
            n->w = row_max.x - row_min.x;
        }
    }
    ImGui::EndTable();
}

} // namespace srm::ui
