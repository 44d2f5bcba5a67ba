// "Your stack": a team's own responsibility worksheet. The team picks the services it runs in one
// cloud, with their settings, may name third parties that take some of its duties (for example
// "our platform team" patches the guest OS on EC2), and marks each duty as done, planned or not
// applicable, with an owner and an evidence link. From the model the worksheet then lists, per
// control, every duty that is the team's or shared, and sums up the provider's side.
// The link and code forms are in worksheet_codec.h, the Markdown and CSV exports in
// worksheet_export.h, the team's quiz in worksheet_training.h.
#pragma once
#include "model_queries.h"
#include "problem.h"
#include <map>
#include <string>
#include <vector>

namespace srm {

enum class DutyStatus { open, done, planned, not_applicable };
const char* duty_status_id(DutyStatus status); // "open", "done", "planned", "not-applicable"

// One (service, control) of the selection.
struct CellRef {
    std::string service;
    std::string control;
    bool operator<(const CellRef& other) const {
        return service != other.service ? service < other.service : control < other.control;
    }
    bool operator==(const CellRef& other) const { return service == other.service && control == other.control; }
};

struct DutyMark {
    DutyStatus status = DutyStatus::open;
    std::string owner;    // who in the team answers for it, free text
    std::string evidence; // an https link to the proof (a runbook, a ticket, a dashboard)
    bool empty() const { return status == DutyStatus::open && owner.empty() && evidence.empty(); }
};

struct StackService {
    std::string id;
    SettingChoice settings; // setting id -> option id; a setting not chosen keeps the model's default
};

// A third party the team hands some of its duties to.
struct ThirdParty {
    std::string name;            // "Our platform team"
    std::vector<CellRef> duties; // customer or shared duties of selected services
};

struct Worksheet {
    std::string cloud;                  // model id
    std::vector<StackService> services; // in the order the team picked them
    std::vector<ThirdParty> parties;
    std::map<CellRef, DutyMark> marks; // kept for any cell of a selected service, shown on duties

    const StackService* find_service(const std::string& service_id) const;
};

// Bounds on what a worksheet holds, whatever it was read from.
constexpr size_t kWorksheetMaxServices = 60;
constexpr size_t kWorksheetMaxParties = 20;
constexpr size_t kWorksheetMaxPartyDuties = 200; // over all parties
constexpr size_t kWorksheetMaxMarks = 1000;
constexpr size_t kWorksheetMaxName = 60;      // bytes of a party or owner name
constexpr size_t kWorksheetMaxEvidence = 300; // bytes of an evidence link

// True for an absolute https link with a host and no spaces, control characters, quotes, angle
// brackets or backslashes, at most kWorksheetMaxEvidence bytes.
bool is_evidence_link(const std::string& url);
// True for a party or owner name: 1..kWorksheetMaxName bytes, no control characters.
bool is_worksheet_name(const std::string& name);

// Checks a worksheet against its model and drops what does not fit, one problem (problem.h) for each:
// unknown or repeated services, unknown settings or options, third-party duties that are not the
// team's under the chosen settings, marks on cells outside the selection, bad names and links,
// and anything over the bounds above. `out` keeps everything else.
std::vector<Problem> tidy_worksheet(const ResponsibilityModel& model, Worksheet& worksheet);

// One service's part in a control the team owns or shares.
struct WorksheetDuty {
    const Service* service = nullptr;
    const Ownership* ownership = nullptr; // the cell, or the variant the settings select
    const Variant* variant = nullptr;     // set when a setting moved the line
    std::string third_party;              // the named party that takes it, if any
    DutyMark mark;
};

// Who owns the control for one selected service (for the "split differently" note).
struct ServiceOwner {
    const Service* service = nullptr;
    const Ownership* ownership = nullptr;
};

struct WorksheetGroup {
    const Control* control = nullptr;
    std::vector<WorksheetDuty> duties; // in the order the services were picked
    // Set when two selected services give this control different owners: every selected
    // service's owner, the provider's included; empty otherwise. Not-applicable cells take no part.
    std::vector<ServiceOwner> split_differently;
};

// What the provider owns outright for one selected service.
struct ProviderSide {
    const Service* service = nullptr;
    std::vector<const Control*> controls; // in model order
};

struct WorksheetView {
    const ResponsibilityModel* model = nullptr;
    std::vector<WorksheetGroup> groups;      // controls in model order, only those with a duty
    std::vector<ProviderSide> provider_side; // per selected service
    size_t open_duties() const;              // duties not yet marked done or not applicable
};

// The worksheet as the team reads it. Expects a tidied worksheet (unknown ids are skipped).
WorksheetView compute_worksheet(const ResponsibilityModel& model, const Worksheet& worksheet);

} // namespace srm
