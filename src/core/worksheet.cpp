// The worksheet value, its checks against the model and the computed view (see worksheet.h).
#include "worksheet.h"
#include <algorithm>
#include <set>

namespace srm {

const char* duty_status_id(DutyStatus status) {
    switch (status) {
    case DutyStatus::open: return "open";
    case DutyStatus::done: return "done";
    case DutyStatus::planned: return "planned";
    case DutyStatus::not_applicable: return "not-applicable";
    }
    return "open";
}

const StackService* Worksheet::find_service(const std::string& service_id) const {
    for (const StackService& s : services)
        if (s.id == service_id) return &s;
    return nullptr;
}

bool is_evidence_link(const std::string& url) {
    const std::string scheme = "https://";
    if (url.size() > kWorksheetMaxEvidence || url.rfind(scheme, 0) != 0 || url.size() == scheme.size()) return false;
    char first = url[scheme.size()];
    if (first == '/' || first == '.' || first == ':' || first == '@') return false;
    for (char c : url)
        if ((unsigned char)c <= 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`')
            return false;
    return true;
}

bool is_worksheet_name(const std::string& name) {
    if (name.empty() || name.size() > kWorksheetMaxName) return false;
    for (char c : name)
        if ((unsigned char)c < 0x20 || c == 0x7f) return false;
    return name.find_first_not_of(' ') != std::string::npos;
}

namespace {

std::string quoted(const std::string& text) {
    std::string out;
    for (char c : text) out += (unsigned char)c < 0x20 ? '?' : c;
    return "\"" + (out.size() > 40 ? out.substr(0, 40) + "..." : out) + "\"";
}

std::string option_list(const Setting& setting) {
    std::string out;
    for (size_t i = 0; i < setting.options.size(); ++i)
        out += (i == 0 ? "" : i + 1 == setting.options.size() ? " or " : ", ") + setting.options[i].id;
    return out;
}

std::string setting_list(const Service& service) {
    std::string out;
    for (const Setting& s : service.settings) out += (out.empty() ? "" : ", ") + s.id;
    return out;
}

bool is_duty(const Ownership* o) { return o && (o->owner == Owner::customer || o->owner == Owner::shared); }

void tidy_services(const ResponsibilityModel& model, Worksheet& ws, std::vector<std::string>& problems) {
    std::vector<StackService> kept;
    for (StackService& s : ws.services) {
        const Service* service = model.find_service(s.id);
        if (!service) { problems.push_back("services: the " + model.provider + " model has no service " + quoted(s.id) + "."); continue; }
        bool repeated = std::any_of(kept.begin(), kept.end(), [&](const StackService& k) { return k.id == s.id; });
        if (repeated) { problems.push_back("services: " + s.id + " is listed twice; it counts once."); continue; }
        if (kept.size() == kWorksheetMaxServices) {
            problems.push_back("services: a worksheet holds at most " + std::to_string(kWorksheetMaxServices) + " services; " + s.id + " and later ones were left out.");
            break;
        }
        SettingChoice choice;
        for (const auto& chosen : s.settings) {
            const std::string& setting_id = chosen.first;
            const std::string& option_id = chosen.second;   // a lambda below captures it: no structured binding (C++17)
            const Setting* setting = service->find_setting(setting_id);
            if (!setting) {
                problems.push_back("set: " + service->name + " has no setting " + quoted(setting_id) + "." +
                                   (service->settings.empty() ? "" : " Its settings: " + setting_list(*service) + "."));
                continue;
            }
            bool known = std::any_of(setting->options.begin(), setting->options.end(),
                                     [&](const SettingOption& o) { return o.id == option_id; });
            if (!known) {
                problems.push_back("set: " + s.id + "." + setting_id + " has no option " + quoted(option_id) + "; choose " + option_list(*setting) + ".");
                continue;
            }
            choice[setting_id] = option_id;
        }
        s.settings = std::move(choice);
        kept.push_back(std::move(s));
    }
    ws.services = std::move(kept);
}

void tidy_parties(const ResponsibilityModel& model, Worksheet& ws, std::vector<std::string>& problems) {
    std::vector<ThirdParty> kept;
    std::map<CellRef, std::string> taken;   // duty -> the party that takes it
    for (ThirdParty& p : ws.parties) {
        if (!is_worksheet_name(p.name)) {
            problems.push_back("parties: " + quoted(p.name) + " is not a usable name (1 to " + std::to_string(kWorksheetMaxName) + " bytes, no control characters).");
            continue;
        }
        if (kept.size() == kWorksheetMaxParties) {
            problems.push_back("parties: a worksheet names at most " + std::to_string(kWorksheetMaxParties) + " third parties; " + quoted(p.name) + " and later ones were left out.");
            break;
        }
        std::vector<CellRef> duties;
        for (const CellRef& d : p.duties) {
            const StackService* s = ws.find_service(d.service);
            std::string where = d.service + "/" + d.control;
            if (!s || !model.find_control(d.control)) {
                problems.push_back("parties: " + p.name + " takes " + quoted(where) + ", which is not a cell of a selected service.");
            } else if (!is_duty(owner_of(model, d.service, d.control, s->settings))) {
                problems.push_back("parties: " + p.name + " takes " + where + ", which is not the team's to hand over: " +
                                   model.provider + " owns it, or it does not apply.");
            } else if (!taken.emplace(d, p.name).second) {
                problems.push_back("parties: " + where + " is named twice, for " + taken[d] + " and " + p.name + "; " + taken[d] + " keeps it.");
            } else if (taken.size() > kWorksheetMaxPartyDuties) {
                problems.push_back("parties: third parties take at most " + std::to_string(kWorksheetMaxPartyDuties) + " duties in all; the rest were left out.");
                break;
            } else {
                duties.push_back(d);
            }
        }
        p.duties = std::move(duties);
        kept.push_back(std::move(p));
    }
    ws.parties = std::move(kept);
}

void tidy_marks(const ResponsibilityModel& model, Worksheet& ws, std::vector<std::string>& problems) {
    std::map<CellRef, DutyMark> kept;
    for (auto& [ref, mark] : ws.marks) {
        std::string where = ref.service + "/" + ref.control;
        if (!ws.find_service(ref.service) || !model.find_cell(ref.service, ref.control)) {
            problems.push_back("marks: " + quoted(where) + " is not a cell of a selected service; its mark was dropped.");
            continue;
        }
        if (!mark.owner.empty() && !is_worksheet_name(mark.owner)) {
            problems.push_back("marks: the owner of " + where + " is not a usable name; it was cleared.");
            mark.owner.clear();
        }
        if (!mark.evidence.empty() && !is_evidence_link(mark.evidence)) {
            problems.push_back("marks: the evidence of " + where + " is not an https link; it was cleared.");
            mark.evidence.clear();
        }
        if (mark.empty()) continue;
        if (kept.size() == kWorksheetMaxMarks) {
            problems.push_back("marks: a worksheet holds at most " + std::to_string(kWorksheetMaxMarks) + " marks; the rest were dropped.");
            break;
        }
        kept[ref] = mark;
    }
    ws.marks = std::move(kept);
}

} // namespace

std::vector<std::string> tidy_worksheet(const ResponsibilityModel& model, Worksheet& ws) {
    std::vector<std::string> problems;
    if (ws.cloud != model.id) problems.push_back("cloud: the worksheet is for " + quoted(ws.cloud) + ", read with the " + model.id + " model.");
    ws.cloud = model.id;
    tidy_services(model, ws, problems);
    tidy_parties(model, ws, problems);
    tidy_marks(model, ws, problems);
    return problems;
}

size_t WorksheetView::open_duties() const {
    size_t n = 0;
    for (const WorksheetGroup& g : groups)
        for (const WorksheetDuty& d : g.duties) n += d.mark.status == DutyStatus::open || d.mark.status == DutyStatus::planned;
    return n;
}

WorksheetView compute_worksheet(const ResponsibilityModel& model, const Worksheet& ws) {
    WorksheetView view;
    view.model = &model;
    std::vector<const StackService*> picked;
    std::vector<const Service*> services;
    for (const StackService& s : ws.services)
        if (const Service* service = model.find_service(s.id)) {
            picked.push_back(&s);
            services.push_back(service);
        }
    std::map<CellRef, std::string> party_of;
    for (const ThirdParty& p : ws.parties)
        for (const CellRef& d : p.duties) party_of.emplace(d, p.name);

    // Controls on which some pair of selected services disagrees about the owner.
    std::set<const Control*> split;
    for (size_t a = 0; a < picked.size(); ++a)
        for (size_t b = a + 1; b < picked.size(); ++b)
            for (const Difference& d : differences(model, picked[a]->id, picked[b]->id, picked[a]->settings, picked[b]->settings))
                if (d.a->owner != Owner::not_applicable && d.b->owner != Owner::not_applicable) split.insert(d.control);

    std::map<const Control*, WorksheetGroup> by_control;
    for (size_t i = 0; i < picked.size(); ++i) {
        for (const Duty& duty : customer_duties(model, picked[i]->id, picked[i]->settings)) {
            WorksheetDuty d;
            d.service = services[i];
            d.ownership = duty.ownership;
            if (duty.ownership != model.find_cell(picked[i]->id, duty.control->id)) d.variant = static_cast<const Variant*>(duty.ownership);
            CellRef ref;
            ref.service = picked[i]->id;
            ref.control = duty.control->id;
            if (auto p = party_of.find(ref); p != party_of.end()) d.third_party = p->second;
            if (auto m = ws.marks.find(ref); m != ws.marks.end()) d.mark = m->second;
            by_control[duty.control].duties.push_back(std::move(d));
        }
        ProviderSide side;
        side.service = services[i];
        for (const Control& c : model.controls) {
            const Ownership* o = owner_of(model, picked[i]->id, c.id, picked[i]->settings);
            if (o && o->owner == Owner::provider) side.controls.push_back(&c);
        }
        view.provider_side.push_back(std::move(side));
    }
    for (const Control& c : model.controls) {
        auto g = by_control.find(&c);
        if (g == by_control.end()) continue;
        g->second.control = &c;
        if (split.count(&c))
            for (size_t i = 0; i < picked.size(); ++i) {
                const Ownership* o = owner_of(model, picked[i]->id, c.id, picked[i]->settings);
                if (!o || o->owner == Owner::not_applicable) continue;
                ServiceOwner owner;
                owner.service = services[i];
                owner.ownership = o;
                g->second.split_differently.push_back(owner);
            }
        view.groups.push_back(std::move(g->second));
    }
    return view;
}

} // namespace srm
