// Queries on the responsibility model (see model_queries.h).
#include "model_queries.h"
#include "text_codes.h"
#include <cstdlib>

namespace srm {

const Ownership* owner_of(const ResponsibilityModel& model, const std::string& service_id,
                          const std::string& control_id, const SettingChoice& choice) {
    const Cell* cell = model.find_cell(service_id, control_id);
    if (!cell) return nullptr;
    for (const Variant& v : cell->variants) {
        auto chosen = choice.find(v.setting);
        if (chosen != choice.end() && chosen->second == v.option) return &v;
    }
    return cell;
}

std::vector<Duty> customer_duties(const ResponsibilityModel& model, const std::string& service_id,
                                  const SettingChoice& choice) {
    std::vector<Duty> out;
    for (const Control& c : model.controls) {
        const Ownership* o = owner_of(model, service_id, c.id, choice);
        if (o && (o->owner == Owner::customer || o->owner == Owner::shared)) out.push_back({&c, o});
    }
    return out;
}

std::vector<Difference> differences(const ResponsibilityModel& model, const std::string& service_a,
                                    const std::string& service_b, const SettingChoice& choice_a,
                                    const SettingChoice& choice_b) {
    std::vector<Difference> out;
    for (const Control& c : model.controls) {
        const Ownership* a = owner_of(model, service_a, c.id, choice_a);
        const Ownership* b = owner_of(model, service_b, c.id, choice_b);
        if (!a || !b) continue;
        if (a->owner != b->owner || a->owner_party != b->owner_party) out.push_back({&c, a, b});
    }
    return out;
}

Split split_of(const ResponsibilityModel& model, const std::string& service_id, const SettingChoice& choice) {
    Split s;
    for (const Control& c : model.controls) {
        const Ownership* o = owner_of(model, service_id, c.id, choice);
        if (!o) continue;
        switch (o->owner) {
        case Owner::customer: ++s.customer; break;
        case Owner::provider: ++s.provider; break;
        case Owner::shared: ++s.shared; break;
        case Owner::party: ++s.other_party; break;
        case Owner::not_applicable: ++s.not_applicable; break;
        }
    }
    int applicable = s.customer + s.provider + s.shared + s.other_party;
    s.provider_fraction = applicable ? (s.provider + 0.5 * s.shared) / applicable : 0;
    return s;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static long day_number(const std::string& date) {
    if (date.size() != 10) return 0;
    return days_from_civil(std::atoi(date.substr(0, 4).c_str()), std::atoi(date.substr(5, 2).c_str()),
                           std::atoi(date.substr(8, 2).c_str()));
}

int days_between(const std::string& from, const std::string& to) { return int(day_number(to) - day_number(from)); }

Owner layer_owner(const ResponsibilityModel& model, const std::string& layer_id, const std::string& service_id,
                  const SettingChoice& choice) {
    bool any = false;
    Owner common = Owner::not_applicable;
    for (const Control& control : model.controls) {
        if (control.layer != layer_id) continue;
        const Ownership* o = owner_of(model, service_id, control.id, choice);
        if (!o || o->owner == Owner::not_applicable) continue;
        if (!any) {
            common = o->owner;
            any = true;
        } else if (common != o->owner) return Owner::shared;
    }
    return common;
}

LineBoundary line_boundary(const ResponsibilityModel& model, const std::string& service_id, const SettingChoice& choice) {
    LineBoundary line;
    bool third_party = false, alone = false, customer_side = false, provider_side = false;
    for (const Layer& layer : model.layers) {
        Owner owner = layer_owner(model, layer.id, service_id, choice);
        if (owner == Owner::not_applicable) continue;
        line.layers.push_back(&layer);
        line.owners.push_back(owner);
        third_party = third_party || (owner != Owner::customer && owner != Owner::shared && owner != Owner::provider);
        alone = alone || owner == Owner::customer || owner == Owner::provider;
        customer_side = customer_side || owner == Owner::customer || owner == Owner::shared;
        provider_side = provider_side || owner == Owner::provider || owner == Owner::shared;
    }
    int n = int(line.owners.size());
    line.provider_first = n;
    for (int i = 0; i < n; ++i) {
        if (line.owners[i] == Owner::customer) line.customer_last = i;
        if (line.owners[i] == Owner::provider && line.provider_first == n) line.provider_first = i;
    }
    line.clean = !third_party && alone && customer_side && provider_side && line.customer_last < line.provider_first;
    return line;
}

std::vector<StaleEntry> stale_cells(const ResponsibilityModel& model, const std::string& today, int max_age_days) {
    std::vector<StaleEntry> out;
    for (const Cell& cell : model.cells) {
        std::string where = cell.service + "/" + cell.control;
        int age = days_between(cell.last_verified, today);
        if (age > max_age_days) out.push_back({where, &cell, age});
        for (const Variant& v : cell.variants) {
            int vage = days_between(v.last_verified, today);
            if (vage > max_age_days) out.push_back({where + "[" + v.setting + "=" + v.option + "]", &v, vage});
        }
    }
    return out;
}

static std::string owner_text(const Ownership& o) {
    return o.owner == Owner::party ? o.owner_party : owner_id(o.owner);
}

std::string export_matrix_csv(const ResponsibilityModel& model) {
    std::string out = "service,control,owner,explanation,source,last_verified\r\n";
    auto row = [&](const std::string& service, const std::string& control, const Ownership& o) {
        out += csv_field(service) + "," + csv_field(control) + "," + csv_field(owner_text(o)) + "," +
               csv_field(o.explanation) + "," + csv_field(o.source) + "," + csv_field(o.last_verified) + "\r\n";
    };
    for (const Service& s : model.services) {
        for (const Control& c : model.controls) {
            const Cell* cell = model.find_cell(s.id, c.id);
            if (!cell) continue;
            row(s.id, c.id, *cell);
            for (const Variant& v : cell->variants) row(s.id + "[" + v.setting + "=" + v.option + "]", c.id, v);
        }
    }
    return out;
}

const Service* line_excerpt_service(const ResponsibilityModel& model) {
    for (const Service& service : model.services)
        if (line_boundary(model, service.id).clean) return &service;
    return nullptr;
}

} // namespace srm
