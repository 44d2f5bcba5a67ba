// The explorer: choose a cloud and a view (diagram, compare, matrix). The diagram view shows one
// service, picked in one compact list: the layers with their control tiles and the line drawn
// across them, a small summary of the split, and the detail of the selected cell.
//
// [SECTION] Screen and view switch
// [SECTION] The split summary
// [SECTION] Diagram view
// [SECTION] Cell detail
#include "diagram.h"
#include "owner_style.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include "imgui_internal.h"
#include <algorithm>
#include <cstdio>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Screen and view switch
//-----------------------------------------------------------------------------

void DrawExploreScreen(const App& app, Intents& out) {
    const ResponsibilityModel* m = app.explore().model;
    if (!m) return;
    DrawTopBar(app, m->title, out);
    const ContentCatalog& catalog = app.catalog();
    if (catalog.models().size() > 1) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(T("Cloud:"));
        for (const ResponsibilityModel& other : catalog.models()) {
            SameLineIfRoom(other.provider, true);
            if (Radio("explore.cloud." + other.id, other.provider, &other == m))
                out.push_back(intent::OpenExplore(other.id));
        }
    }
    int view = Tabs("explore.view", {T("Diagram"), T("Compare services"), T("Matrix")}, int(app.explore().view));
    if (view >= 0) out.push_back(intent::SetExploreView(ExploreView(view)));
    ImGui::Spacing();
    switch (app.explore().view) {
    case ExploreView::diagram: DrawDiagramView(app, out); break;
    case ExploreView::compare: DrawCompareView(app, out); break;
    case ExploreView::matrix: DrawMatrixView(app, out); break;
    }
    ImGui::Spacing();
    Paragraph("explore.edition", F("This model encodes: {1}.", {m->edition.empty() ? m->title : m->edition}),
              Colors().text_muted);
    Link("explore.source", F("{1} shared responsibility model", {m->provider}), m->source);
}

//-----------------------------------------------------------------------------
// [SECTION] The split summary
//-----------------------------------------------------------------------------
// A thin bar: the provider's share of the applicable controls on the left (hatched), the
// customer's on the right. A summary only; the line itself is drawn across the diagram.

static void DrawSplitSummary(const App& app, const ResponsibilityModel& m, const Service& service) {
    float s = app.display().scale;
    Split split = split_of(m, service.id, app.explore().settings_for(service.id));
    float width = ImGui::CalcItemWidth();
    float height = ImGui::GetTextLineHeight() + 8 * s;
    ImGui::Dummy(ImVec2(width, height));
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    float x = a.x + width * float(split.provider_fraction);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    OwnerStyle provider = StyleOf(Owner::provider), customer = StyleOf(Owner::customer);
    dl->AddRectFilled(a, ImVec2(x, b.y), provider.fill, 6 * s, ImDrawFlags_RoundCornersLeft);
    DrawOwnerPattern(dl, a, ImVec2(x, b.y), Owner::provider, provider.ink, s);
    dl->AddRectFilled(ImVec2(x, a.y), b, customer.fill, 6 * s, ImDrawFlags_RoundCornersRight);
    dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), Colors().text, 2 * s);
    int pct = int(split.provider_fraction * 100 + 0.5);
    std::string left = F("{1} secures {2}", {m.provider, Percent(pct / 100.0)});
    std::string right = F("You secure {1}", {Percent((100 - pct) / 100.0)});
    float ty = a.y + (height - ImGui::GetTextLineHeight()) * 0.5f;
    dl->PushClipRect(a, b, true);
    dl->AddText(ImVec2(a.x + 8 * s, ty), provider.ink, left.c_str());
    ImVec2 rs = ImGui::CalcTextSize(right.c_str());
    dl->AddText(ImVec2(b.x - rs.x - 8 * s, ty), customer.ink, right.c_str());
    dl->PopClipRect();
    std::string label =
        F("The split for {1}: {2} secures {3} of the applicable controls and you {4} (shared controls count half). "
          "You own {5}, {2} owns {6}, {7} are shared, {8} do not apply.",
          {service.name, m.provider, Percent(pct / 100.0), Percent((100 - pct) / 100.0), std::to_string(split.customer),
           std::to_string(split.provider), std::to_string(split.shared), std::to_string(split.not_applicable)});
    RecordLastItem("explore.split", "img", label);
}

//-----------------------------------------------------------------------------
// [SECTION] Diagram view
//-----------------------------------------------------------------------------

// The service picker: one combo box listing the services under their categories' names. Typing
// a service's first letters moves to it; the options keep the ids "model.service.<id>".
static void DrawServicePicker(const App& app, const ResponsibilityModel& m, Intents& out) {
    const Service* current = m.find_service(app.explore().service_id);
    const char* label = T("Service");
    if (BeginLabelledCombo("explore.service", label, current ? current->name : "",
                           std::min(ImGui::CalcItemWidth(), ImGui::GetFontSize() * 22), ImGuiComboFlags_HeightLarge)) {
        std::vector<const Service*> order;
        for (const Category& category : m.categories)
            for (const Service& service : m.services)
                if (service.category == category.id) order.push_back(&service);
        ImGuiStorage* storage = ImGui::GetStateStorage();
        ImGuiID focused_key = ImGui::GetID("focused");
        int focused = storage->GetInt(focused_key, -1);
        int typed = -1;
        if (ImGuiTypingSelectRequest* request = ImGui::GetTypingSelectRequest(ImGuiTypingSelectFlags_AllowBackspace))
            typed = ImGui::TypingSelectFindMatch(
                request, int(order.size()),
                [](void* data, int i) { return static_cast<const Service**>(data)[i]->name.c_str(); }, order.data(),
                focused);
        std::string category_id;
        for (size_t i = 0; i < order.size(); ++i) {
            const Service& service = *order[i];
            if (service.category != category_id) {
                category_id = service.category;
                const Category* category = m.find_category(category_id);
                ImGui::SeparatorText(category ? category->label.c_str() : category_id.c_str());
            }
            if (int(i) == typed) {
                ImGui::SetKeyboardFocusHere();
                ImGui::SetScrollHereY();
            }
            bool selected = current == &service;
            if (ImGui::Selectable((service.name + "###" + service.id).c_str(), selected))
                out.push_back(intent::ChooseService(service.id));
            if (selected && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
            if (ImGui::IsItemFocused()) storage->SetInt(focused_key, int(i));
            const Category* category = m.find_category(service.category);
            RecordLastItem("model.service." + service.id, "option",
                           category ? F("{1} ({2})", {service.name, category->label}) : service.name,
                           selected ? "selected" : "");
        }
        ImGui::EndCombo();
    }
    RecordLastItem("explore.service", "combobox", F("{1}: {2}", {label, current ? current->name : ""}));
}

static void DrawSettings(const App& app, const Service& service, Intents& out) {
    SettingChoice choice = app.explore().settings_for(service.id);
    for (const Setting& setting : service.settings) {
        auto chosen = choice.find(setting.id);
        const std::string& current = chosen == choice.end() ? setting.default_option : chosen->second;
        ImGui::AlignTextToFramePadding();
        Paragraph("explore.setting." + setting.id, F("{1}:", {setting.label}));
        for (const SettingOption& option : setting.options) {
            SameLineIfRoom(option.label, true);
            if (Radio("explore.setting." + setting.id + "." + option.id, option.label, option.id == current))
                out.push_back(intent::ChooseSetting(setting.id, option.id));
        }
    }
}

void DrawDiagramView(const App& app, Intents& out) {
    const ResponsibilityModel& m = *app.explore().model;
    float picker_top = ImGui::GetCursorScreenPos().y;
    DrawServicePicker(app, m, out);
    const Service* service = m.find_service(app.explore().service_id);
    if (!service) return;
    Heading("explore.service.title", service->name, 2);
    DrawSettings(app, *service, out);
    DrawSplitSummary(app, m, *service);
    std::string filter;
    if (TextBox("model.filter", T("Filter controls"), T("Filter controls, e.g. patching"), app.explore().filter, filter))
        out.push_back(intent::SetFilter(filter));
    DiagramOptions options;
    options.line_id = "explore.line";
    options.line_place = app.explore().line_shown;
    options.reveal_line = true;
    options.reveal_keep_top = picker_top;
    DrawDiagram(app, m, service->id, app.explore().settings_for(service->id), options, out);
    ImGui::Spacing();
    DrawCellDetail(app, out);
}

//-----------------------------------------------------------------------------
// [SECTION] Cell detail
//-----------------------------------------------------------------------------

static std::string ControlClassWords(ControlClass cls) {
    switch (cls) {
    case ControlClass::inherited: return T("inherited");
    case ControlClass::shared: return T("shared");
    case ControlClass::customer_specific: return T("customer-specific");
    }
    return "";
}

void DrawCellDetail(const App& app, Intents& out) {
    const ResponsibilityModel& m = *app.explore().model;
    const Control* control = m.find_control(app.explore().control_id);
    const Service* service = m.find_service(app.explore().service_id);
    SettingChoice choice = app.explore().settings_for(app.explore().service_id);
    const Ownership* o = control && service ? owner_of(m, service->id, control->id, choice) : nullptr;
    if (!o) return;
    BeginCard();
    Heading("detail.title", F("{1} on {2}: {3}", {control->label, service->name, m.owner_label(*o)}), 2);
    Paragraph("detail.class", F("Control class: {1}.", {ControlClassWords(control->cls)}), Colors().text_muted);
    const Variant* v = nullptr;
    for (const Variant& candidate : m.find_cell(service->id, control->id)->variants)
        if (&candidate == o) v = &candidate;
    if (v) {
        const Setting* setting = service->find_setting(v->setting);
        std::string option = v->option;
        for (const SettingOption& so : setting ? setting->options : std::vector<SettingOption>{})
            if (so.id == v->option) option = so.label;
        Paragraph("detail.setting", F("Because {1} is {2}.", {setting ? setting->label : v->setting, option}),
                  Colors().text_muted);
    }
    Paragraph("detail.explanation", o->explanation);
    if (o->has_default) {
        Paragraph("detail.default", DefaultSentence(*o));
        if (!o->provider_default.source.empty())
            Link("detail.default_source", T("Where this default is documented"), o->provider_default.source);
    }
    bool stale = IsStale(app, *o);
    Paragraph("detail.verified",
              stale ? F("Last checked against the source on {1}. Check again: that was more than 180 days ago.",
                        {o->last_verified})
                    : F("Last checked against the source on {1}.", {o->last_verified}),
              stale ? Colors().error_text : Colors().text_muted);
    Link("detail.source", T("Source"), o->source);
    SameLineIfRoom(T("Copy as text"));
    if (Button("detail.copy", T("Copy as text"), false)) out.push_back(intent::CopyCell(control->id));
    EndCard();
}

} // namespace srm::ui
