// The app's explorer intents (see intents.h): the model, view, service, settings, control and
// filters the explorer shows, and copying a cell as text.
#include "app.h"
#include "imgui.h"

namespace srm::ui {

void App::OpenModel(const ResponsibilityModel* m) {
    if (explore_.model != m) {
        explore_.model = m;
        explore_.service_id = m->services.empty() ? "" : m->services[0].id;
        explore_.compare_id = m->services.size() > 1 ? m->services[1].id : explore_.service_id;
        explore_.control_id.clear();
        explore_.category_filter.clear();
        explore_.line_shown = -1;
    }
}

// One line a team can paste into its own compliance notes.
static std::string CellText(const ResponsibilityModel& model, const std::string& service_id,
                            const std::string& control_id, const SettingChoice& settings) {
    const Control* control = model.find_control(control_id);
    const Service* service = model.find_service(service_id);
    const Ownership* o = owner_of(model, service_id, control_id, settings);
    if (!control || !service || !o) return "";
    return control->label + ", " + service->name + ": " + model.owner_label(*o) + ". " + o->explanation +
           " Source: " + o->source + " (checked " + o->last_verified + ")";
}

void App::ApplyArea(const ExploreIntent& intent) {
    std::visit(Overloaded{
                   [&](const intent::OpenExplore& i) {
                       if (const ResponsibilityModel* m = catalog_.find_model(i.model_id)) {
                           OpenModel(m);
                           screen_ = Screen::explore;
                       }
                   },
                   [&](const intent::SetExploreView& i) {
                       if (i.view >= ExploreView::diagram && i.view <= ExploreView::matrix) explore_.view = i.view;
                   },
                   [&](const intent::ChooseService& i) {
                       if (explore_.model && explore_.model->find_service(i.service_id))
                           explore_.service_id = i.service_id;
                   },
                   [&](const intent::ChooseCompare& i) {
                       if (explore_.model && explore_.model->find_service(i.service_id))
                           explore_.compare_id = i.service_id;
                   },
                   [&](const intent::ChooseSetting& i) {
                       if (const Service* s = explore_.model ? explore_.model->find_service(explore_.service_id) : nullptr)
                           if (const Setting* setting = s->find_setting(i.setting_id))
                               for (const SettingOption& o : setting->options)
                                   if (o.id == i.option_id) explore_.settings[explore_.service_id][setting->id] = o.id;
                   },
                   [&](const intent::ChooseControl& i) {
                       if (explore_.model && explore_.model->find_control(i.control_id))
                           explore_.control_id = explore_.control_id == i.control_id ? "" : i.control_id;
                   },
                   [&](const intent::SelectCell& i) {
                       if (explore_.model && explore_.model->find_service(i.service_id) &&
                           explore_.model->find_control(i.control_id)) {
                           explore_.service_id = i.service_id;
                           explore_.control_id = i.control_id;
                       }
                   },
                   [&](const intent::CopyCell& i) {
                       if (!explore_.model) return;
                       std::string text = CellText(*explore_.model, explore_.service_id, i.control_id,
                                                   explore_.settings_for(explore_.service_id));
                       if (!text.empty()) ImGui::SetClipboardText(text.c_str());
                   },
                   [&](const intent::SetFilter& i) { explore_.filter = i.text; },
                   [&](const intent::SetOwnerFilter& i) { explore_.owner_filter = i.owner; },
                   [&](const intent::SetCategoryFilter& i) { explore_.category_filter = i.category_id; },
               },
               intent);
}

} // namespace srm::ui
