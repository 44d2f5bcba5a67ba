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

void tidy_services(const ResponsibilityModel& model, Worksheet& ws, std::vector<Problem>& problems) {
    std::vector<StackService> kept;
    for (StackService& s : ws.services) {
        const Service* service = model.find_service(s.id);
        if (!service) {
            problems.push_back({ProblemId::worksheet_unknown_service, {model.provider, quoted(s.id)}});
            continue;
        }
        bool repeated = std::any_of(kept.begin(), kept.end(), [&](const StackService& k) { return k.id == s.id; });
        if (repeated) {
            problems.push_back({ProblemId::worksheet_service_repeated, {s.id}});
            continue;
        }
        if (kept.size() == kWorksheetMaxServices) {
            problems.push_back({ProblemId::worksheet_too_many_services, {std::to_string(kWorksheetMaxServices), s.id}});
            break;
        }
        SettingChoice choice;
        for (const auto& chosen : s.settings) {
            const std::string& setting_id = chosen.first;
            const std::string& option_id = chosen.second; // a lambda below captures it: no structured binding (C++17)
            const Setting* setting = service->find_setting(setting_id);
            if (!setting) {
                if (service->settings.empty())
                    problems.push_back({ProblemId::worksheet_unknown_setting, {service->name, quoted(setting_id)}});
                else
                    problems.push_back({ProblemId::worksheet_unknown_setting_listed,
                                        {service->name, quoted(setting_id), setting_list(*service)}});
                continue;
            }
            bool known = std::any_of(setting->options.begin(), setting->options.end(),
                                     [&](const SettingOption& o) { return o.id == option_id; });
            if (!known) {
                problems.push_back({ProblemId::worksheet_unknown_option,
                                    {s.id + "." + setting_id, quoted(option_id), option_list(*setting)}});
                continue;
            }
            choice[setting_id] = option_id;
        }
        s.settings = std::move(choice);
        kept.push_back(std::move(s));
    }
    ws.services = std::move(kept);
}

void tidy_parties(const ResponsibilityModel& model, Worksheet& ws, std::vector<Problem>& problems) {
    std::vector<ThirdParty> kept;
    std::map<CellRef, std::string> taken; // duty -> the party that takes it
    for (ThirdParty& p : ws.parties) {
        if (!is_worksheet_name(p.name)) {
            problems.push_back({ProblemId::worksheet_party_name, {quoted(p.name), std::to_string(kWorksheetMaxName)}});
            continue;
        }
        if (kept.size() == kWorksheetMaxParties) {
            problems.push_back(
                {ProblemId::worksheet_too_many_parties, {std::to_string(kWorksheetMaxParties), quoted(p.name)}});
            break;
        }
        std::vector<CellRef> duties;
        for (const CellRef& d : p.duties) {
            const StackService* s = ws.find_service(d.service);
            std::string where = d.service + "/" + d.control;
            if (!s || !model.find_control(d.control)) {
                problems.push_back({ProblemId::worksheet_party_cell_unknown, {p.name, quoted(where)}});
            } else if (!is_duty(owner_of(model, d.service, d.control, s->settings))) {
                problems.push_back({ProblemId::worksheet_party_not_duty, {p.name, where, model.provider}});
            } else if (!taken.emplace(d, p.name).second) {
                problems.push_back({ProblemId::worksheet_party_duty_twice, {where, taken[d], p.name}});
            } else if (taken.size() > kWorksheetMaxPartyDuties) {
                problems.push_back(
                    {ProblemId::worksheet_too_many_party_duties, {std::to_string(kWorksheetMaxPartyDuties)}});
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

void tidy_marks(const ResponsibilityModel& model, Worksheet& ws, std::vector<Problem>& problems) {
    std::map<CellRef, DutyMark> kept;
    for (auto& [ref, mark] : ws.marks) {
        std::string where = ref.service + "/" + ref.control;
        if (!ws.find_service(ref.service) || !model.find_cell(ref.service, ref.control)) {
            problems.push_back({ProblemId::worksheet_mark_cell_unknown, {quoted(where)}});
            continue;
        }
        if (!mark.owner.empty() && !is_worksheet_name(mark.owner)) {
            problems.push_back({ProblemId::worksheet_mark_owner, {where}});
            mark.owner.clear();
        }
        if (!mark.evidence.empty() && !is_evidence_link(mark.evidence)) {
            problems.push_back({ProblemId::worksheet_mark_evidence, {where}});
            mark.evidence.clear();
        }
        if (mark.empty()) continue;
        if (kept.size() == kWorksheetMaxMarks) {
            problems.push_back({ProblemId::worksheet_too_many_marks, {std::to_string(kWorksheetMaxMarks)}});
            break;
        }
        kept[ref] = mark;
    }
    ws.marks = std::move(kept);
}

} // namespace

std::vector<Problem> tidy_worksheet(const ResponsibilityModel& model, Worksheet& ws) {
    std::vector<Problem> problems;
    if (ws.cloud != model.id) problems.push_back({ProblemId::worksheet_other_cloud, {quoted(ws.cloud), model.id}});
    ws.cloud = model.id;
    tidy_services(model, ws, problems);
    tidy_parties(model, ws, problems);
    tidy_marks(model, ws, problems);
    return problems;
}

size_t WorksheetView::open_duties() const {
    size_t n = 0;
    for (const WorksheetGroup& g : groups)
        for (const WorksheetDuty& d : g.duties)
            n += d.mark.status == DutyStatus::open || d.mark.status == DutyStatus::planned;
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
            for (const Difference& d :
                 differences(model, picked[a]->id, picked[b]->id, picked[a]->settings, picked[b]->settings))
                if (d.a->owner != Owner::not_applicable && d.b->owner != Owner::not_applicable) split.insert(d.control);

    std::map<const Control*, WorksheetGroup> by_control;
    for (size_t i = 0; i < picked.size(); ++i) {
        for (const Duty& duty : customer_duties(model, picked[i]->id, picked[i]->settings)) {
            WorksheetDuty d;
            d.service = services[i];
            d.ownership = duty.ownership;
            if (duty.ownership != model.find_cell(picked[i]->id, duty.control->id))
                d.variant = static_cast<const Variant*>(duty.ownership);
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
