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
    }
    return "";
}

bool parse_owner(const std::string& id, Owner& out) {
    for (Owner o : {Owner::customer, Owner::provider, Owner::shared, Owner::not_applicable})
        if (id == owner_id(o)) { out = o; return true; }
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
        if (id == control_class_id(c)) { out = c; return true; }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Queries
//-----------------------------------------------------------------------------

template <typename T>
static const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

const Party* ResponsibilityModel::find_party(const std::string& id) const { return find_by_id(parties, id); }
const Service* ResponsibilityModel::find_service(const std::string& id) const { return find_by_id(services, id); }
const Control* ResponsibilityModel::find_control(const std::string& id) const { return find_by_id(controls, id); }
const Category* ResponsibilityModel::find_category(const std::string& id) const { return find_by_id(categories, id); }

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
        if (!any) { common = cell->owner; any = true; }
        else if (common != cell->owner) return Owner::shared;
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
        if (!item.is_object()) {
            check.error(item_ptr, "wrong-type", std::string("expected an object, found ") + json_type_name(item));
            continue;
        }
        T value;
        value.id = check.string(item, item_ptr, "id");
        if (!value.id.empty() && check.identifier(value.id, pointer_append(item_ptr, "id")) &&
            !seen.insert(value.id).second)
            check.error(pointer_append(item_ptr, "id"), "duplicate-id", "duplicate id \"" + value.id + "\" in " + key);
        read(item, item_ptr, value);
        out.push_back(std::move(value));
    }
}

} // namespace

bool load_model(std::string_view text, const std::string& file, const std::string& today,
                ResponsibilityModel& m, Diagnostics& diags) {
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, doc.locator, diags);
    const json& root = doc.value;
    if (!root.is_object()) {
        check.error("", "wrong-type", std::string("a model file holds an object, found ") + json_type_name(root));
        return false;
    }
    double version = check.number(root, "", "schema_version", 0);
    if (root.contains("schema_version") && version != kModelSchemaVersion) {
        check.error("/schema_version", "unknown-schema-version",
                    "schema_version " + root["schema_version"].dump() + " is not supported (this build reads " +
                        std::to_string(kModelSchemaVersion) + ")");
        return false;
    }
    m.schema_version = int(version);
    m.id = check.string(root, "", "id");
    if (!m.id.empty()) check.identifier(m.id, "/id");
    m.provider = check.string(root, "", "provider");
    m.title = check.string(root, "", "title");
    m.summary = check.string(root, "", "summary");
    m.source = check.string(root, "", "source");
    if (!m.source.empty()) check.https_url(m.source, "/source");

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
    std::set<std::pair<std::string, std::string>> seen;
    for (size_t i = 0; cells && i < cells->size(); ++i) {
        const json& j = (*cells)[i];
        std::string p = pointer_append("/cells", i);
        if (!j.is_object()) {
            check.error(p, "wrong-type", std::string("expected an object, found ") + json_type_name(j));
            continue;
        }
        Cell c;
        c.service = check.string(j, p, "service");
        c.control = check.string(j, p, "control");
        if (!c.service.empty() && !m.find_service(c.service))
            check.error(pointer_append(p, "service"), "unknown-id", "unknown service \"" + c.service + "\"");
        if (!c.control.empty() && !m.find_control(c.control))
            check.error(pointer_append(p, "control"), "unknown-id", "unknown control \"" + c.control + "\"");
        if (!seen.insert({c.service, c.control}).second)
            check.error(p, "duplicate-cell", "a second cell for service \"" + c.service + "\" and control \"" + c.control + "\"");
        std::string owner = check.string(j, p, "owner");
        if (!owner.empty() && !parse_owner(owner, c.owner))
            check.error(pointer_append(p, "owner"), "bad-value",
                        "owner must be customer, provider, shared or not-applicable, found \"" + owner + "\"");
        c.explanation = check.string(j, p, "explanation");
        c.source = check.string(j, p, "source");
        if (!c.source.empty()) check.https_url(c.source, pointer_append(p, "source"));
        c.last_verified = check.string(j, p, "last_verified");
        if (!c.last_verified.empty()) check.date(c.last_verified, pointer_append(p, "last_verified"), today);
        m.cells.push_back(std::move(c));
    }
    if (cells) {
        for (const Service& s : m.services)
            for (const Control& c : m.controls)
                if (!seen.count({s.id, c.id}))
                    check.error("/cells", "missing-cell", "no cell for service \"" + s.id + "\" and control \"" + c.id + "\"");
    }
    return check.error_count() == 0;
}

} // namespace srm
