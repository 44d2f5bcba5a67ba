// Loading, validation and queries of the responsibility model (see model.h).
//
// [SECTION] Enumerations
// [SECTION] Queries
// [SECTION] Loading and validation
#include "model.h"
#include "json_checker.h"
#include <set>
#include <utility>

namespace srm {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Enumerations
//-----------------------------------------------------------------------------

const char* owner_id(Owner owner) {
    switch (owner) {
    case Owner::customer: return "customer";
    case Owner::provider: return "provider";
    case Owner::shared: return "shared";
    case Owner::not_applicable: return "not-applicable";
    case Owner::party: return "party";
    }
    return "";
}

bool parse_owner(const std::string& id, Owner& out) {
    for (Owner o : {Owner::customer, Owner::provider, Owner::shared, Owner::not_applicable})
        if (id == owner_id(o)) {
            out = o;
            return true;
        }
    return false;
}

const char* control_class_id(ControlClass cls) {
    switch (cls) {
    case ControlClass::inherited: return "inherited";
    case ControlClass::shared: return "shared";
    case ControlClass::customer_specific: return "customer-specific";
    }
    return "";
}

bool parse_control_class(const std::string& id, ControlClass& out) {
    for (ControlClass c : {ControlClass::inherited, ControlClass::shared, ControlClass::customer_specific})
        if (id == control_class_id(c)) {
            out = c;
            return true;
        }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Queries
//-----------------------------------------------------------------------------

template <typename T> static const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

const Setting* Service::find_setting(const std::string& setting_id) const { return find_by_id(settings, setting_id); }

std::string ResponsibilityModel::owner_label(const Ownership& o) const {
    switch (o.owner) {
    case Owner::customer: return find_party("customer") ? find_party("customer")->label : "Customer";
    case Owner::provider: return find_party("provider") ? find_party("provider")->label : provider;
    case Owner::shared: return shared_label;
    case Owner::not_applicable: return not_applicable_label;
    case Owner::party: return find_party(o.owner_party) ? find_party(o.owner_party)->label : o.owner_party;
    }
    return "";
}

const Party* ResponsibilityModel::find_party(const std::string& party_id) const {
    return find_by_id(parties, party_id);
}
const Service* ResponsibilityModel::find_service(const std::string& service_id) const {
    return find_by_id(services, service_id);
}
const Control* ResponsibilityModel::find_control(const std::string& control_id) const {
    return find_by_id(controls, control_id);
}
const Category* ResponsibilityModel::find_category(const std::string& category_id) const {
    return find_by_id(categories, category_id);
}

const Cell* ResponsibilityModel::find_cell(const std::string& service_id, const std::string& control_id) const {
    for (const Cell& c : cells)
        if (c.service == service_id && c.control == control_id) return &c;
    return nullptr;
}

Owner ResponsibilityModel::layer_owner(const std::string& layer_id, const std::string& service_id) const {
    bool any = false;
    Owner common = Owner::not_applicable;
    for (const Control& control : controls) {
        if (control.layer != layer_id) continue;
        const Cell* cell = find_cell(service_id, control.id);
        if (!cell || cell->owner == Owner::not_applicable) continue;
        if (!any) {
            common = cell->owner;
            any = true;
        } else if (common != cell->owner) return Owner::shared;
    }
    return common;
}

//-----------------------------------------------------------------------------
// [SECTION] Loading and validation
//-----------------------------------------------------------------------------

namespace {

// Reads an array of objects at `key`, checking each entry's "id" for shape and uniqueness.
template <typename T, typename ReadFn>
void read_list(JsonChecker& check, const json& doc, const char* key, std::vector<T>& out, ReadFn read) {
    const json* arr = check.array(doc, "", key);
    if (!arr) return;
    std::string ptr = pointer_append("", key);
    if (arr->empty()) check.error(ptr, "empty-list", std::string("\"") + key + "\" must not be empty");
    std::set<std::string> seen;
    for (size_t i = 0; i < arr->size(); ++i) {
        const json& item = (*arr)[i];
        std::string item_ptr = pointer_append(ptr, i);
        if (!check.object_at(item, item_ptr)) continue;
        T value;
        value.id = check.string(item, item_ptr, "id");
        if (!value.id.empty() && check.identifier(value.id, pointer_append(item_ptr, "id")) && !seen.insert(value.id).second)
            check.error(pointer_append(item_ptr, "id"), "duplicate-id", "duplicate id \"" + value.id + "\" in " + key);
        read(item, item_ptr, value);
        out.push_back(std::move(value));
    }
}

void read_settings(JsonChecker& check, const json& service, const std::string& pointer, std::vector<Setting>& out) {
    const json* arr = check.array(service, pointer, "settings");
    std::string ptr = pointer_append(pointer, "settings");
    for (size_t i = 0; arr && i < arr->size(); ++i) {
        const json& j = (*arr)[i];
        std::string p = pointer_append(ptr, i);
        if (!check.object_at(j, p)) continue;
        Setting s;
        s.id = check.string(j, p, "id");
        if (!s.id.empty()) check.identifier(s.id, pointer_append(p, "id"));
        s.label = check.string(j, p, "label");
        const json* options = check.array(j, p, "options");
        std::set<std::string> seen;
        for (size_t k = 0; options && k < options->size(); ++k) {
            std::string op = pointer_append(pointer_append(p, "options"), k);
            if (!check.object_at((*options)[k], op)) continue;
            SettingOption o{check.string((*options)[k], op, "id"), check.string((*options)[k], op, "label")};
            if (!o.id.empty() && !seen.insert(o.id).second)
                check.error(pointer_append(op, "id"), "duplicate-id", "duplicate option \"" + o.id + "\"");
            s.options.push_back(std::move(o));
        }
        if (options && s.options.size() < 2)
            check.error(pointer_append(p, "options"), "bad-value", "a setting offers at least two options");
        s.default_option = check.string(j, p, "default");
        if (!s.default_option.empty() && !seen.count(s.default_option))
            check.error(pointer_append(p, "default"), "unknown-id",
                        "default \"" + s.default_option + "\" is not one of the options");
        out.push_back(std::move(s));
    }
}

// Reads owner, explanation, source and last_verified of a cell or a variant.
void read_ownership(JsonChecker& check, const json& j, const std::string& p, const ResponsibilityModel& m,
                    const std::string& today, Ownership& out) {
    std::string owner = check.string(j, p, "owner");
    if (!owner.empty() && !parse_owner(owner, out.owner)) {
        const Party* party = m.find_party(owner);
        if (party && owner != "customer" && owner != "provider") {
            out.owner = Owner::party;
            out.owner_party = owner;
        } else {
            check.error(pointer_append(p, "owner"), "bad-value",
                        "owner must be customer, provider, shared, not-applicable or a declared party, found \"" +
                            owner + "\"");
        }
    }
    out.explanation = check.string(j, p, "explanation");
    out.source = check.string(j, p, "source");
    if (!out.source.empty()) check.https_url(out.source, pointer_append(p, "source"));
    out.last_verified = check.string(j, p, "last_verified");
    if (!out.last_verified.empty()) check.date(out.last_verified, pointer_append(p, "last_verified"), today);
    if (const json* d = check.object(j, p, "default", false)) {
        std::string dp = pointer_append(p, "default");
        ProviderDefault& pd = out.provider_default;
        pd.what = check.string(*d, dp, "what");
        pd.on = check.boolean(*d, dp, "on", false);
        pd.since = check.string(*d, dp, "since", false);
        if (!pd.since.empty()) check.date(pd.since, pointer_append(dp, "since"), today, true);
        pd.source = check.string(*d, dp, "source", false);
        if (!pd.source.empty()) check.https_url(pd.source, pointer_append(dp, "source"));
        out.has_default = true;
    }
}

void read_variants(JsonChecker& check, const json& j, const std::string& p, const ResponsibilityModel& m,
                   const std::string& today, Cell& cell) {
    const json* arr = check.array(j, p, "variants");
    const Service* service = m.find_service(cell.service);
    std::string ptr = pointer_append(p, "variants");
    for (size_t i = 0; arr && i < arr->size(); ++i) {
        const json& v = (*arr)[i];
        std::string vp = pointer_append(ptr, i);
        if (!check.object_at(v, vp)) continue;
        Variant variant;
        variant.setting = check.string(v, vp, "setting");
        variant.option = check.string(v, vp, "option");
        const Setting* setting = service ? service->find_setting(variant.setting) : nullptr;
        if (service && !variant.setting.empty() && !setting)
            check.error(pointer_append(vp, "setting"), "unknown-id",
                        "service \"" + cell.service + "\" has no setting \"" + variant.setting + "\"");
        bool option_known = false;
        for (const SettingOption& o : setting ? setting->options : std::vector<SettingOption>{})
            option_known = option_known || o.id == variant.option;
        if (setting && !variant.option.empty() && !option_known)
            check.error(pointer_append(vp, "option"), "unknown-id",
                        "setting \"" + variant.setting + "\" has no option \"" + variant.option + "\"");
        read_ownership(check, v, vp, m, today, variant);
        cell.variants.push_back(std::move(variant));
    }
}

} // namespace

bool load_model(std::string_view text, const std::string& file, const std::string& today, ResponsibilityModel& m,
                Diagnostics& diags) {
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, text, diags);
    const json& root = doc.value;
    if (!check.document_root(root, "model", kModelSchemaVersion)) return false;
    m.schema_version = kModelSchemaVersion;
    m.id = check.string(root, "", "id");
    if (!m.id.empty()) check.identifier(m.id, "/id");
    m.provider = check.string(root, "", "provider");
    m.title = check.string(root, "", "title");
    m.summary = check.string(root, "", "summary");
    m.source = check.string(root, "", "source");
    if (!m.source.empty()) check.https_url(m.source, "/source");
    m.edition = check.string(root, "", "edition", false);

    read_list(check, root, "parties", m.parties, [&](const json& j, const std::string& p, Party& v) {
        v.label = check.string(j, p, "label");
        v.band = check.string(j, p, "band");
    });
    read_list(check, root, "layers", m.layers, [&](const json& j, const std::string& p, Layer& v) {
        v.label = check.string(j, p, "label");
        v.party = check.string(j, p, "party");
        if (!v.party.empty() && !m.find_party(v.party))
            check.error(pointer_append(p, "party"), "unknown-id", "unknown party \"" + v.party + "\"");
    });
    read_list(check, root, "categories", m.categories, [&](const json& j, const std::string& p, Category& v) {
        v.label = check.string(j, p, "label");
        v.summary = check.string(j, p, "summary");
    });
    read_list(check, root, "services", m.services, [&](const json& j, const std::string& p, Service& v) {
        v.name = check.string(j, p, "name");
        v.category = check.string(j, p, "category");
        if (!v.category.empty() && !m.find_category(v.category))
            check.error(pointer_append(p, "category"), "unknown-id", "unknown category \"" + v.category + "\"");
        if (j.contains("settings")) read_settings(check, j, p, v.settings);
    });
    read_list(check, root, "controls", m.controls, [&](const json& j, const std::string& p, Control& v) {
        v.label = check.string(j, p, "label");
        std::string cls = check.string(j, p, "class");
        if (!cls.empty() && !parse_control_class(cls, v.cls))
            check.error(pointer_append(p, "class"), "bad-value",
                        "class must be inherited, shared or customer-specific, found \"" + cls + "\"");
        v.layer = check.string(j, p, "layer");
        if (!v.layer.empty() && !find_by_id(m.layers, v.layer))
            check.error(pointer_append(p, "layer"), "unknown-id", "unknown layer \"" + v.layer + "\"");
    });

    const json* cells = check.array(root, "", "cells");
    if (cells && cells->size() > kMaxModelServices * kMaxModelControls) {
        check.error("/cells", "too-many", "a model has at most one cell per service and control");
        return false;
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (size_t i = 0; cells && i < cells->size(); ++i) {
        const json& j = (*cells)[i];
        std::string p = pointer_append("/cells", i);
        if (!check.object_at(j, p)) continue;
        Cell c;
        c.service = check.string(j, p, "service");
        c.control = check.string(j, p, "control");
        if (!c.service.empty() && !m.find_service(c.service))
            check.error(pointer_append(p, "service"), "unknown-id", "unknown service \"" + c.service + "\"");
        if (!c.control.empty() && !m.find_control(c.control))
            check.error(pointer_append(p, "control"), "unknown-id", "unknown control \"" + c.control + "\"");
        if (!seen.insert({c.service, c.control}).second)
            check.error(p, "duplicate-cell",
                        "a second cell for service \"" + c.service + "\" and control \"" + c.control + "\"");
        read_ownership(check, j, p, m, today, c);
        if (j.contains("variants")) read_variants(check, j, p, m, today, c);
        m.cells.push_back(std::move(c));
    }
    if (m.services.size() > kMaxModelServices || m.controls.size() > kMaxModelControls) {
        check.error(m.services.size() > kMaxModelServices ? "/services" : "/controls", "too-many",
                    "a model has at most " + std::to_string(kMaxModelServices) + " services and " +
                        std::to_string(kMaxModelControls) + " controls");
    } else if (cells) {
        for (const Service& s : m.services)
            for (const Control& c : m.controls)
                if (!seen.count({s.id, c.id}))
                    check.error("/cells", "missing-cell",
                                "no cell for service \"" + s.id + "\" and control \"" + c.id + "\"");
    }
    return check.error_count() == 0;
}

} // namespace srm
