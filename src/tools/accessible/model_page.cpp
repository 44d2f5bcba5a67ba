// A model as tables: per service, a row per control (and per setting option that moves the line)
// with its owner, why, what the provider does by default, the source and the date it was checked.
#include "model_page.h"
#include "html_page.h"

namespace srm_html {

namespace {

// What the provider does out of the box for this cell, when the model says.
std::string default_text(const srm::Ownership& o) {
    if (!o.has_default) return "";
    const srm::ProviderDefault& d = o.provider_default;
    if (!d.on) return " <strong>Off until you turn it on:</strong> " + escape(d.what) + ".";
    return " <strong>On by default" + (d.since.empty() ? "" : " since " + escape(d.since)) + ":</strong> " +
           escape(d.what) + ".";
}

std::string row(const srm::ResponsibilityModel& model, const std::string& label, const srm::Ownership& o) {
    return "<tr><th scope=\"row\">" + escape(label) + "</th><td>" + escape(model.owner_label(o)) + "</td><td>" +
           escape(o.explanation) + default_text(o) + "</td><td>" + source_link(o.source, "Official source") + ", " +
           escape(o.last_verified) + "</td></tr>\n";
}

// "<control>, with <setting>: <option>", in the words the service gives its settings.
std::string variant_label(const srm::Service& service, const std::string& control, const srm::Variant& v) {
    std::string setting = v.setting, option = v.option;
    if (const srm::Setting* s = service.find_setting(v.setting)) {
        setting = s->label;
        for (const srm::SettingOption& o : s->options)
            if (o.id == v.option) option = o.label;
    }
    return control + ", with " + setting + ": " + option;
}

} // namespace

std::string model_page(const srm::ResponsibilityModel& model) {
    std::string body = "<p>" + escape(model.summary) + "</p>\n<p>" +
                       source_link(model.source, "The provider's own description") + "</p>\n<p>Services: ";
    for (size_t i = 0; i < model.services.size(); ++i)
        body += (i ? ", " : "") + std::string("<a href=\"#") + escape(model.services[i].id) + "\">" +
                escape(model.services[i].name) + "</a>";
    body += ".</p>\n";
    for (const srm::Service& service : model.services) {
        body += "<h2 id=\"" + escape(service.id) + "\">" + escape(service.name) +
                "</h2>\n<table>\n<caption>Who owns each control on " + escape(service.name) +
                "</caption>\n<thead><tr><th scope=\"col\">Control</th><th scope=\"col\">Owner</th>"
                "<th scope=\"col\">Why</th><th scope=\"col\">Source, date checked</th></tr></thead>\n<tbody>\n";
        for (const srm::Cell& cell : model.cells) {
            if (cell.service != service.id) continue;
            const srm::Control* control = model.find_control(cell.control);
            const std::string label = control ? control->label : cell.control;
            body += row(model, label, cell);
            for (const srm::Variant& v : cell.variants) body += row(model, variant_label(service, label, v), v);
        }
        body += "</tbody>\n</table>\n";
    }
    return page(model.title, body, page_words("en"));
}

} // namespace srm_html
