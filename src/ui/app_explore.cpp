// The app's explorer intents (see intents.h): the model, view, service, settings, control and
// filters the explorer shows, and copying a cell as text.
#include "app.h"
#include "imgui.h"

namespace srm::ui {

void App::OpenModel(const ResponsibilityModel* m) {
    if (model_ != m) {
        model_ = m;
        service_id_ = m->services.empty() ? "" : m->services[0].id;
        compare_id_ = m->services.size() > 1 ? m->services[1].id : service_id_;
        control_id_.clear();
        category_filter_.clear();
        line_shown_ = -1;
    }
}

// One line a team can paste into its own compliance notes.
static std::string CellText(const ResponsibilityModel& model, const std::string& service_id, const std::string& control_id,
                            const SettingChoice& settings) {
    const Control* control = model.find_control(control_id);
    const Service* service = model.find_service(service_id);
    const Ownership* o = owner_of(model, service_id, control_id, settings);
    if (!control || !service || !o) return "";
    return control->label + ", " + service->name + ": " + model.owner_label(*o) + ". " + o->explanation + " Source: " + o->source +
           " (checked " + o->last_verified + ")";
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
            if (i.view >= ExploreView::diagram && i.view <= ExploreView::matrix) explore_view_ = i.view;
        },
        [&](const intent::ChooseService& i) {
            if (model_ && model_->find_service(i.service_id)) service_id_ = i.service_id;
        },
        [&](const intent::ChooseCompare& i) {
            if (model_ && model_->find_service(i.service_id)) compare_id_ = i.service_id;
        },
        [&](const intent::ChooseSetting& i) {
            if (const Service* s = model_ ? model_->find_service(service_id_) : nullptr)
                if (const Setting* setting = s->find_setting(i.setting_id))
                    for (const SettingOption& o : setting->options)
                        if (o.id == i.option_id) settings_[service_id_][setting->id] = o.id;
        },
        [&](const intent::ChooseControl& i) {
            if (model_ && model_->find_control(i.control_id)) control_id_ = control_id_ == i.control_id ? "" : i.control_id;
        },
        [&](const intent::SelectCell& i) {
            if (model_ && model_->find_service(i.service_id) && model_->find_control(i.control_id)) {
                service_id_ = i.service_id;
                control_id_ = i.control_id;
            }
        },
        [&](const intent::CopyCell& i) {
            if (!model_) return;
            std::string text = CellText(*model_, service_id_, i.control_id, settings_for(service_id_));
            if (!text.empty()) ImGui::SetClipboardText(text.c_str());
        },
        [&](const intent::SetFilter& i) { filter_ = i.text; },
        [&](const intent::SetOwnerFilter& i) { owner_filter_ = i.owner; },
        [&](const intent::SetCategoryFilter& i) { category_filter_ = i.category_id; },
    }, intent);
}

} // namespace srm::ui
