// Questions asked of a responsibility model: who owns a control for a service (under the
// service's settings), the customer's duties, what changes between two services, how much of the
// stack each party carries, where the line falls on the layered diagram, which cells are due a
// fresh check, and the matrix as CSV.
#pragma once
#include "model.h"
#include <map>
#include <string>
#include <vector>

namespace srm {

// Chosen options of one service's settings (setting id -> option id); missing ones use defaults.
using SettingChoice = std::map<std::string, std::string>;

// The ownership in force for (service, control): a matching variant, else the cell itself.
// nullptr when the model has no such cell.
const Ownership* owner_of(const ResponsibilityModel& model, const std::string& service_id,
                          const std::string& control_id, const SettingChoice& choice = {});

struct Duty {
    const Control* control;
    const Ownership* ownership;
};
// Controls the customer owns or shares for a service, in model order.
std::vector<Duty> customer_duties(const ResponsibilityModel& model, const std::string& service_id,
                                  const SettingChoice& choice = {});

struct Difference {
    const Control* control;
    const Ownership* a;
    const Ownership* b;
};
// Controls whose owner differs between two services, in model order.
std::vector<Difference> differences(const ResponsibilityModel& model, const std::string& service_a,
                                    const std::string& service_b, const SettingChoice& choice_a = {},
                                    const SettingChoice& choice_b = {});

// How the applicable controls of a service split between the parties. `provider_fraction` counts
// a shared control as half; it places the line between customer and provider in the explorer.
struct Split {
    int customer = 0, provider = 0, shared = 0, other_party = 0, not_applicable = 0;
    double provider_fraction = 0;
};
Split split_of(const ResponsibilityModel& model, const std::string& service_id, const SettingChoice& choice = {});

// Owner of a diagram layer for one service under chosen settings: the common owner of its
// applicable controls, "shared" when they differ, not_applicable when none applies.
Owner layer_owner(const ResponsibilityModel& model, const std::string& layer_id, const std::string& service_id,
                  const SettingChoice& choice);

// Where the responsibility line falls on the layered diagram for one service. The layers that
// apply to it (owner not not_applicable), in model order, top (customer side) down, with their
// owners. Let the last layer the customer owns alone be c_last (-1 if none) and the first the
// provider owns alone p_first (n if none). The line is clean when no layer is a third party's,
// c_last < p_first (no provider layer above a customer layer), at least one layer is owned alone,
// and there is a customer-or-shared and a provider-or-shared layer. A right line then has between
// lowest() = c_last + 1 and highest() = p_first layers above it: a shared layer between them may
// sit on either side, one above a customer layer is on the customer's side, one below a provider
// layer on the provider's.
struct LineBoundary {
    std::vector<const Layer*> layers;
    std::vector<Owner> owners; // one per layer
    int customer_last = -1;    // index of the last layer the customer owns alone, -1 if none
    int provider_first = 0;    // index of the first layer the provider owns alone, n if none
    bool clean = false;
    int lowest() const { return customer_last + 1; }
    int highest() const { return provider_first; }
};
LineBoundary line_boundary(const ResponsibilityModel& model, const std::string& service_id,
                           const SettingChoice& choice = {});
// The service the home page shows the line on: the model's first with a clean line, or nullptr.
const Service* line_excerpt_service(const ResponsibilityModel& model);

struct StaleEntry {
    std::string where; // "lambda/runtime-patching" or "lambda/runtime-patching[runtime-update-mode=manual]"
    const Ownership* ownership;
    int age_days;
};
// Cells and variants whose last_verified is more than `max_age_days` before `today`.
std::vector<StaleEntry> stale_cells(const ResponsibilityModel& model, const std::string& today, int max_age_days);

// Days from `from` to `to` (both YYYY-MM-DD, already validated); negative when `to` is earlier.
int days_between(const std::string& from, const std::string& to);

// The matrix as CSV (RFC 4180): service, control, owner, explanation, source, last_verified.
// Variants follow their cell, with the service written as "lambda[runtime-update-mode=manual]".
std::string export_matrix_csv(const ResponsibilityModel& model);

} // namespace srm
