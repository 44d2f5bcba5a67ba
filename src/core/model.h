// The responsibility model: who secures what, for each service of one cloud.
// A model file (assets/models/<cloud>.json) holds the parties, the layers of the provider's
// diagram, service categories, services, controls and one cell per (service, control) that names
// the owner with a one-sentence explanation, an https source and the date it was last checked.
// The file format is documented in docs/models.md.
#pragma once
#include "diagnostic.h"
#include <string>
#include <string_view>
#include <vector>

namespace srm {

// `party` is a third party the model declares, e.g. an organisation's own platform team; the
// cell then names it in owner_party.
enum class Owner { customer, provider, shared, not_applicable, party };
enum class ControlClass { inherited, shared, customer_specific };

const char* owner_id(Owner owner);                   // "customer", "provider", "shared", "not-applicable", "party"
bool parse_owner(const std::string& id, Owner& out); // the four fixed values only
const char* control_class_id(ControlClass cls);      // "inherited", "shared", "customer-specific"
bool parse_control_class(const std::string& id, ControlClass& out);

struct Party {
    std::string id;    // "customer", "provider", or an organisation's own, e.g. "platform-team"
    std::string label; // "Customer", "AWS"
    std::string band;  // the diagram's band title, e.g. "Responsibility for security 'in' the cloud"
};

struct Layer {
    std::string id;
    std::string label; // exact diagram label
    std::string party; // the side of the diagram the layer sits on
};

struct Category {
    std::string id;
    std::string label;
    std::string summary;
};

// A choice the customer makes that moves responsibility for some controls, e.g. Lambda's
// runtime update mode or the kind of EKS nodes.
struct SettingOption {
    std::string id;
    std::string label;
};

struct Setting {
    std::string id;
    std::string label;
    std::vector<SettingOption> options;
    std::string default_option; // the option the cell's own owner describes
};

struct Service {
    std::string id;
    std::string name;     // "Amazon RDS"
    std::string category; // category id
    std::vector<Setting> settings;

    const Setting* find_setting(const std::string& setting_id) const;
};

struct Control {
    std::string id;
    std::string label;
    ControlClass cls = ControlClass::shared;
    std::string layer; // layer id this control belongs to in the diagram
};

// What the provider does out of the box for a control, and since when, e.g. "Server-side
// encryption of new objects with SSE-S3", on, since 2023-01-05. The explorer and the matrix show it
// beside the owner, and quizzes can ask it ("on by default?"): defaults are where the line moved.
struct ProviderDefault {
    std::string what;   // a noun phrase, read as "On by default: <what>" or "Off until you turn it on: <what>"
    bool on = false;    // true: on out of the box; false: off until the customer turns it on
    std::string since;  // optional YYYY-MM-DD or YYYY-MM: when the default took effect
    std::string source; // optional https page stating the default; the cell's source otherwise
};

// Who owns a control, why, and where that is documented.
struct Ownership {
    Owner owner = Owner::customer;
    std::string owner_party; // set when owner == Owner::party
    std::string explanation;
    std::string source;
    std::string last_verified; // YYYY-MM-DD
    bool has_default = false;  // `provider_default` was given
    ProviderDefault provider_default;

    const std::string& default_source() const {
        return provider_default.source.empty() ? source : provider_default.source;
    }
};

// Ownership under one option of a service setting, overriding the cell's default.
struct Variant : Ownership {
    std::string setting;
    std::string option;
};

struct Cell : Ownership {
    std::string service;
    std::string control;
    std::vector<Variant> variants;
};

struct ResponsibilityModel {
    int schema_version = 0;
    std::string id;       // "aws"
    std::string provider; // "AWS"
    std::string title;
    std::string summary;
    std::string source;  // the provider's own page for the model
    std::string edition; // which version of the provider's model this file encodes
    std::string shared_label = "Shared", not_applicable_label = "Not applicable"; // a translation may change them
    std::vector<Party> parties;
    std::vector<Layer> layers;
    std::vector<Category> categories;
    std::vector<Service> services;
    std::vector<Control> controls;
    std::vector<Cell> cells;

    const Party* find_party(const std::string& party_id) const;
    const Service* find_service(const std::string& service_id) const;
    const Control* find_control(const std::string& control_id) const;
    const Category* find_category(const std::string& category_id) const;
    const Cell* find_cell(const std::string& service_id, const std::string& control_id) const;
    // Owner of a diagram layer for one service (default settings): the common owner of its
    // controls, "shared" when they differ, not_applicable when none applies.
    Owner layer_owner(const std::string& layer_id, const std::string& service_id) const;
    // Display label of an owner: the party's label for customer, provider and third parties.
    std::string owner_label(const Ownership& ownership) const;
};

constexpr int kModelSchemaVersion = 1;
// A model lists at most this many services and controls (a provider's diagram has about 20 of each).
constexpr size_t kMaxModelServices = 500;
constexpr size_t kMaxModelControls = 200;

// Parses and validates a model document. `today` (YYYY-MM-DD) bounds last_verified dates.
// Returns true when the model is usable (no errors); diagnostics are appended either way.
bool load_model(std::string_view text, const std::string& file, const std::string& today, ResponsibilityModel& out,
                Diagnostics& diags);

} // namespace srm
