// The "Your stack" screen's intents (applied in app_stack.cpp): picking the cloud, the services
// and their settings, naming third parties and handing them duties, marking each duty, and
// sharing, exporting and training on the worksheet.
#pragma once
#include "worksheet.h"
#include <string>
#include <variant>

namespace srm::ui::intent {

// Opens the screen on a cloud ("" keeps the worksheet already open, else the first model).
struct OpenStack {
    explicit OpenStack(std::string cloud) : cloud(std::move(cloud)) {}
    std::string cloud;
};
// Another cloud: the selection starts empty.
struct SetStackCloud {
    explicit SetStackCloud(std::string cloud) : cloud(std::move(cloud)) {}
    std::string cloud;
};
// Adds a service to the selection, or removes it.
struct ToggleStackService {
    explicit ToggleStackService(std::string service_id) : service_id(std::move(service_id)) {}
    std::string service_id;
};
struct SetStackSetting {
    SetStackSetting(std::string service_id, std::string setting_id, std::string option_id)
        : service_id(std::move(service_id)), setting_id(std::move(setting_id)), option_id(std::move(option_id)) {}
    std::string service_id, setting_id, option_id;
};
// A duty's mark: its status, who answers for it, the evidence link.
struct SetDutyStatus {
    SetDutyStatus(CellRef cell, DutyStatus status) : cell(std::move(cell)), status(status) {}
    CellRef cell;
    DutyStatus status;
};
struct SetDutyOwner {
    SetDutyOwner(CellRef cell, std::string owner) : cell(std::move(cell)), owner(std::move(owner)) {}
    CellRef cell;
    std::string owner;
};
struct SetDutyEvidence {
    SetDutyEvidence(CellRef cell, std::string evidence) : cell(std::move(cell)), evidence(std::move(evidence)) {}
    CellRef cell;
    std::string evidence;
};
// Third parties: the name being typed, adding it, removing one, and who takes a duty (-1 the team).
struct SetPartyDraft {
    explicit SetPartyDraft(std::string text) : text(std::move(text)) {}
    std::string text;
};
struct AddParty {};
struct RemoveParty {
    explicit RemoveParty(int party) : party(party) {}
    int party;
};
struct HandDuty {
    HandDuty(CellRef cell, int party) : cell(std::move(cell)), party(party) {}
    CellRef cell;
    int party;
};
// Sharing and keeping: the link, the code (copied, typed, pasted back), the exports.
struct CopyStackLink {};
struct CopyStackCode {};
struct SetStackCodeDraft {
    explicit SetStackCodeDraft(std::string text) : text(std::move(text)) {}
    std::string text;
};
struct PasteStackCode {
    explicit PasteStackCode(std::string code) : code(std::move(code)) {}
    std::string code;
};
struct DownloadStackMarkdown {};
struct DownloadStackCsv {};
// "Train this team": a practice run of the questions that fit the selection, and its link.
struct TrainTeam {};
struct CopyTrainLink {};

} // namespace srm::ui::intent

namespace srm::ui {
using StackIntent =
    std::variant<intent::OpenStack, intent::SetStackCloud, intent::ToggleStackService, intent::SetStackSetting,
                 intent::SetDutyStatus, intent::SetDutyOwner, intent::SetDutyEvidence, intent::SetPartyDraft,
                 intent::AddParty, intent::RemoveParty, intent::HandDuty, intent::CopyStackLink, intent::CopyStackCode,
                 intent::SetStackCodeDraft, intent::PasteStackCode, intent::DownloadStackMarkdown,
                 intent::DownloadStackCsv, intent::TrainTeam, intent::CopyTrainLink>;
} // namespace srm::ui
