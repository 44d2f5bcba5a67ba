// Markdown and CSV exports of the worksheet (see worksheet_export.h).
#include "worksheet_export.h"
#include "text_codes.h"

namespace srm {

namespace {

// Text inside a Markdown table cell: no line breaks, and the characters that would end the cell,
// open a link or an HTML tag, or start code are escaped.
std::string md_text(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\r' || c == '\n') out += ' ';
        else if (c == '|' || c == '\\' || c == '[' || c == ']' || c == '`' || c == '*' || c == '_') {
            out += '\\';
            out += c;
        } else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

// A Markdown link to an https page, named by its host. Characters that would end the link or the
// table cell are percent-encoded in the address.
std::string md_link(const std::string& url) {
    if (url.rfind("https://", 0) != 0) return md_text(url); // models and marks hold https links only
    size_t path = url.find('/', 8);
    std::string host = url.substr(8, path == std::string::npos ? std::string::npos : path - 8);
    std::string target;
    for (char c : url) {
        if (c == '(' || c == ')' || c == '|' || c == '<' || c == '>' || c == ' ' || c == '[' || c == ']') {
            const char hex[] = "0123456789ABCDEF";
            target += '%';
            target += hex[(unsigned char)c >> 4];
            target += hex[(unsigned char)c & 15];
        } else {
            target += c;
        }
    }
    return "[" + md_text(host) + "](" + target + ")";
}

std::string status_text(DutyStatus status, const WorksheetWords& w) {
    switch (status) {
    case DutyStatus::open: return w.status_open;
    case DutyStatus::done: return w.status_done;
    case DutyStatus::planned: return w.status_planned;
    case DutyStatus::not_applicable: return w.status_not_applicable;
    }
    return w.status_open;
}

std::string default_text(const Ownership& o, const WorksheetWords& w) {
    if (!o.has_default) return "";
    const ProviderDefault& d = o.provider_default;
    return (d.on ? w.default_on : w.default_off) + (d.since.empty() ? "" : " (" + w.since + " " + d.since + ")") +
           ": " + d.what;
}

// "Deployment package: Container image" for the setting option that moved the line.
std::string setting_text(const Service& service, const Variant* variant) {
    if (!variant) return "";
    const Setting* setting = service.find_setting(variant->setting);
    if (!setting) return variant->setting + ": " + variant->option;
    for (const SettingOption& o : setting->options)
        if (o.id == variant->option) return setting->label + ": " + o.label;
    return setting->label + ": " + variant->option;
}

std::string chosen_settings(const Service& service, const SettingChoice& choice) {
    std::string out;
    for (const Setting& s : service.settings) {
        auto c = choice.find(s.id);
        std::string option = c == choice.end() ? s.default_option : c->second;
        for (const SettingOption& o : s.options)
            if (o.id == option) out += (out.empty() ? "" : ", ") + s.label + ": " + o.label;
    }
    return out;
}

std::string split_text(const ResponsibilityModel& model, const WorksheetGroup& g) {
    std::string out;
    for (const ServiceOwner& so : g.split_differently)
        out += (out.empty() ? "" : "; ") + so.service->name + ": " + model.owner_label(*so.ownership);
    return out;
}

size_t duty_count(const WorksheetView& view) {
    size_t n = 0;
    for (const WorksheetGroup& g : view.groups) n += g.duties.size();
    return n;
}

} // namespace

std::string worksheet_markdown(const ResponsibilityModel& model, const Worksheet& ws, const WorksheetWords& w) {
    WorksheetView view = compute_worksheet(model, ws);
    std::string out = "# " + md_text(w.title) + ": " + md_text(model.provider) + "\n\n";
    std::string services;
    for (const StackService& s : ws.services)
        if (const Service* service = model.find_service(s.id)) {
            std::string settings = chosen_settings(*service, s.settings);
            services += (services.empty() ? "" : "; ") + md_text(service->name) +
                        (settings.empty() ? "" : " (" + md_text(settings) + ")");
        }
    out += "- " + md_text(w.services) + ": " + services + "\n";
    if (!ws.parties.empty()) {
        std::string parties;
        for (const ThirdParty& p : ws.parties) {
            std::string duties;
            for (const CellRef& d : p.duties) {
                const Service* s = model.find_service(d.service);
                const Control* c = model.find_control(d.control);
                if (s && c) duties += (duties.empty() ? "" : ", ") + md_text(s->name) + ": " + md_text(c->label);
            }
            parties += (parties.empty() ? "" : "; ") + md_text(p.name) + (duties.empty() ? "" : " (" + duties + ")");
        }
        out += "- " + md_text(w.third_parties) + ": " + parties + "\n";
    }
    out += "- " + md_text(w.open_duties) + ": " + std::to_string(view.open_duties()) + " " + md_text(w.of) + " " +
           std::to_string(duty_count(view)) + "\n";
    if (view.groups.empty()) out += "\n" + md_text(w.no_duties) + "\n";

    for (const WorksheetGroup& g : view.groups) {
        out += "\n## " + md_text(g.control->label) + "\n\n";
        if (!g.split_differently.empty())
            out += md_text(w.split_differently) + ": " + md_text(split_text(model, g)) + "\n\n";
        out += "| " + md_text(w.service) + " | " + md_text(w.responsibility) + " | " + md_text(w.taken_by) + " | " +
               md_text(w.explanation) + " | " + md_text(w.provider_default) + " | " + md_text(w.source) + " | " +
               md_text(w.last_checked) + " | " + md_text(w.status) + " | " + md_text(w.owner) + " | " +
               md_text(w.evidence) + " |\n";
        out += "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
        for (const WorksheetDuty& d : g.duties) {
            std::string setting = setting_text(*d.service, d.variant);
            out += "| " + md_text(d.service->name) + (setting.empty() ? "" : " (" + md_text(setting) + ")") + " | " +
                   md_text(model.owner_label(*d.ownership)) + " | " + md_text(d.third_party) + " | " +
                   md_text(d.ownership->explanation) + " | " + md_text(default_text(*d.ownership, w)) + " | " +
                   md_link(d.ownership->source) + " | " + md_text(d.ownership->last_verified) + " | " +
                   md_text(status_text(d.mark.status, w)) + " | " + md_text(d.mark.owner) + " | " +
                   md_link(d.mark.evidence) + " |\n";
        }
    }

    out += "\n## " + md_text(w.provider_side) + "\n\n";
    for (const ProviderSide& side : view.provider_side) {
        std::string controls;
        for (const Control* c : side.controls) controls += (controls.empty() ? "" : ", ") + md_text(c->label);
        out += "- " + md_text(side.service->name) + " (" + std::to_string(side.controls.size()) + " " + md_text(w.of) +
               " " + std::to_string(model.controls.size()) + " " + md_text(w.controls) + ")" +
               (controls.empty() ? "" : ": " + controls) + "\n";
    }
    return out;
}

std::string worksheet_csv(const ResponsibilityModel& model, const Worksheet& ws, const WorksheetWords& w) {
    WorksheetView view = compute_worksheet(model, ws);
    std::string out;
    for (const std::string* column :
         {&w.control, &w.service, &w.setting, &w.responsibility, &w.taken_by, &w.explanation, &w.provider_default,
          &w.source, &w.last_checked, &w.status, &w.owner, &w.evidence, &w.split_differently})
        out += (out.empty() ? "" : ",") + csv_field(*column);
    out += "\r\n";
    for (const WorksheetGroup& g : view.groups) {
        std::string split = split_text(model, g);
        for (const WorksheetDuty& d : g.duties) {
            const Ownership& o = *d.ownership;
            std::string row;
            for (const std::string& field :
                 {g.control->label, d.service->name, setting_text(*d.service, d.variant), model.owner_label(o),
                  d.third_party, o.explanation, default_text(o, w), o.source, o.last_verified,
                  status_text(d.mark.status, w), d.mark.owner, d.mark.evidence, split})
                row += (row.empty() ? "" : ",") + csv_field(field);
            out += row + "\r\n";
        }
    }
    return out;
}

} // namespace srm
