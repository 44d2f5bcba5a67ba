// The worksheet as Markdown (for a wiki page or a pull request) and as CSV (for a spreadsheet),
// both with the team's marks. Markdown has one table per control, sources and evidence as links,
// and the provider's side summed up at the end; CSV has one row per duty (RFC 4180, every field
// quoted and formula-neutralised by csv_field).
//
// Words: the only English the exports add to the model's own text is in WorksheetWords, the
// column names and fixed labels in one table. Its defaults are English; the UI passes its own
// translation when it exports in another language.
#pragma once
#include "worksheet.h"
#include <string>

namespace srm {

struct WorksheetWords {
    std::string title = "Your stack";
    std::string services = "Services";
    std::string third_parties = "Third parties";
    std::string open_duties = "Open or planned duties";
    std::string of = "of";
    std::string no_duties = "None of the selected services leaves a duty to you.";
    std::string control = "Control";
    std::string service = "Service";
    std::string setting = "Setting";
    std::string responsibility = "Responsibility";
    std::string taken_by = "Taken by";
    std::string explanation = "Explanation";
    std::string provider_default = "Provider default";
    std::string source = "Source";
    std::string last_checked = "Last checked";
    std::string status = "Status";
    std::string owner = "Owner";
    std::string evidence = "Evidence";
    std::string split_differently = "Split differently";
    std::string provider_side = "The provider's side";
    std::string controls = "controls";
    std::string default_on = "On by default";
    std::string default_off = "Off until you turn it on";
    std::string since = "since";
    std::string status_open = "open";
    std::string status_done = "done";
    std::string status_planned = "planned";
    std::string status_not_applicable = "not applicable";
};

// `worksheet` is expected tidied against `model` (tidy_worksheet).
std::string worksheet_markdown(const ResponsibilityModel& model, const Worksheet& worksheet,
                               const WorksheetWords& words = {});
// Columns: control, service, setting, responsibility, taken by, explanation, provider default,
// source, last checked, status, owner, evidence, split differently.
std::string worksheet_csv(const ResponsibilityModel& model, const Worksheet& worksheet, const WorksheetWords& words = {});

} // namespace srm
