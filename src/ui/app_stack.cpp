// The "Your stack" intents (see intents_stack.h): the team's worksheet is edited here, tidied
// against its model after every change and saved as a worksheet code (never in embed mode, where
// the worksheet is read-only); its link, code, exports and "train this team" start here too.
#include "app.h"
#include "i18n.h"
#include "worksheet_codec.h"
#include "worksheet_export.h"
#include "worksheet_training.h"
#include <algorithm>

namespace srm::ui {

// The export words in the interface's language.
static WorksheetWords ExportWords() {
    WorksheetWords w;
    w.title = T("Your stack");
    w.services = T("Services");
    w.third_parties = T("Third parties");
    w.open_duties = T("Open or planned duties");
    w.of = T("of");
    w.no_duties = T("None of the selected services leaves a duty to you.");
    w.control = T("Control");
    w.service = T("Service");
    w.setting = T("Setting");
    w.responsibility = T("Responsibility");
    w.taken_by = T("Taken by");
    w.explanation = T("Explanation");
    w.provider_default = T("Provider default");
    w.source = T("Source");
    w.last_checked = T("Last checked");
    w.status = T("Status");
    w.owner = T("Owner");
    w.evidence = T("Evidence");
    w.split_differently = T("Split differently");
    w.provider_side = T("The provider's side");
    w.controls = T("controls");
    w.default_on = T("On by default");
    w.default_off = T("Off until you turn it on");
    w.since = T("since");
    w.status_open = T("open");
    w.status_done = T("done");
    w.status_planned = T("planned");
    w.status_not_applicable = T("not applicable");
    return w;
}

// The link that opens this worksheet (with `mode`, e.g. "train", when given).
static std::string StackLink(const std::string& page, const Worksheet& ws, const std::string& mode) {
    DeepLink link;
    link.view = "stack";
    link.cloud = ws.cloud;
    link.mode = mode;
    link.stack = worksheet_params(ws);
    return page + format_deep_link(link);
}

// Removes a service's marks and handed-over duties along with it.
static void RemoveService(Worksheet& ws, const std::string& service_id) {
    ws.services.erase(std::remove_if(ws.services.begin(), ws.services.end(),
                                     [&](const StackService& s) { return s.id == service_id; }),
                      ws.services.end());
    for (auto it = ws.marks.begin(); it != ws.marks.end();)
        it = it->first.service == service_id ? ws.marks.erase(it) : std::next(it);
    for (ThirdParty& p : ws.parties)
        p.duties.erase(
            std::remove_if(p.duties.begin(), p.duties.end(), [&](const CellRef& c) { return c.service == service_id; }),
            p.duties.end());
}

void App::OpenStack(const ResponsibilityModel& model, Worksheet worksheet, const std::vector<Problem>& problems) {
    for (const Problem& p : problems) notices_.push_back(Translate(p));
    stack_.model = &model;
    screen_ = Screen::stack;
    ChangeStack(std::move(worksheet));
}

void App::ChangeStack(Worksheet worksheet) {
    if (!stack_.model) return;
    for (const Problem& p : tidy_worksheet(*stack_.model, worksheet)) notices_.push_back(Translate(p));
    stack_.worksheet = std::move(worksheet);
    if (!display_.embed)
        requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_stack, worksheet_code(stack_.worksheet)));
}

void App::LoadStack(const std::string& saved) {
    if (saved.empty()) return;
    Worksheet ws;
    std::vector<Problem> problems;
    if (!worksheet_from_code(saved, catalog_.models(), ws, problems)) {
        notices_.push_back(F("Your saved stack could not be read: {1}", {problems.empty() ? "" : Translate(problems[0])}));
        return;
    }
    stack_.model = catalog_.find_model(ws.cloud);
    if (!stack_.model) return;
    for (const Problem& p : tidy_worksheet(*stack_.model, ws)) problems.push_back(p);
    for (const Problem& p : problems) notices_.push_back(Translate(p));
    stack_.worksheet = std::move(ws);
}

void App::StartTeamTraining() {
    std::vector<TeamQuiz> fits = team_training(catalog_, stack_.worksheet);
    auto best = std::max_element(fits.begin(), fits.end(), [](const TeamQuiz& a, const TeamQuiz& b) {
        return a.question_ids.size() < b.question_ids.size();
    });
    if (best == fits.end()) {
        notices_.push_back(T("No quiz has questions about the services you picked yet."));
        return;
    }
    SessionConfig config;
    config.seed = quiz_.next_seed++;
    config.only_questions = best->question_ids;
    StartQuiz(*best->quiz, config);
}

void App::ApplyArea(const StackIntent& intent) {
    StackState& s = stack_;
    Worksheet ws = s.worksheet; // the edited copy; ChangeStack keeps it
    auto editable = [&] { return s.model && !display_.embed; };
    auto mark = [&](const CellRef& cell) -> DutyMark& { return ws.marks[cell]; };
    std::visit(
        Overloaded{
            [&](const intent::OpenStack& i) {
                const ResponsibilityModel* m = i.cloud.empty() ? s.model : catalog_.find_model(i.cloud);
                if (!m && !catalog_.models().empty()) m = &catalog_.models()[0];
                if (!m) return;
                Worksheet keep;
                if (s.model == m) keep = s.worksheet;
                keep.cloud = m->id;
                OpenStack(*m, keep, {});
            },
            [&](const intent::SetStackCloud& i) {
                const ResponsibilityModel* m = catalog_.find_model(i.cloud);
                if (!m || m == s.model || display_.embed) return;
                Worksheet fresh;
                fresh.cloud = m->id;
                s.model = m;
                ChangeStack(fresh);
            },
            [&](const intent::ToggleStackService& i) {
                if (!editable()) return;
                if (ws.find_service(i.service_id)) RemoveService(ws, i.service_id);
                else {
                    StackService added;
                    added.id = i.service_id;
                    ws.services.push_back(added);
                }
                ChangeStack(ws);
            },
            [&](const intent::SetStackSetting& i) {
                if (!editable()) return;
                for (StackService& service : ws.services)
                    if (service.id == i.service_id) service.settings[i.setting_id] = i.option_id;
                ChangeStack(ws);
            },
            [&](const intent::SetDutyStatus& i) {
                if (!editable()) return;
                mark(i.cell).status = i.status;
                ChangeStack(ws);
            },
            [&](const intent::SetDutyOwner& i) {
                if (!editable()) return;
                mark(i.cell).owner = i.owner.substr(0, kWorksheetMaxName);
                ChangeStack(ws);
            },
            [&](const intent::SetDutyEvidence& i) {
                if (!editable()) return;
                // Kept as typed while it is being written; only a link that checks out is shown as one.
                mark(i.cell).evidence = i.evidence.substr(0, kWorksheetMaxEvidence);
                s.worksheet = ws;
                if (is_evidence_link(i.evidence) || i.evidence.empty()) ChangeStack(ws);
            },
            [&](const intent::SetPartyDraft& i) { s.party_draft = i.text.substr(0, kWorksheetMaxName); },
            [&](const intent::AddParty&) {
                if (!editable() || !is_worksheet_name(s.party_draft)) return;
                ThirdParty party;
                party.name = s.party_draft;
                ws.parties.push_back(party);
                s.party_draft.clear();
                ChangeStack(ws);
            },
            [&](const intent::RemoveParty& i) {
                if (!editable() || i.party < 0 || size_t(i.party) >= ws.parties.size()) return;
                ws.parties.erase(ws.parties.begin() + i.party);
                ChangeStack(ws);
            },
            [&](const intent::HandDuty& i) {
                if (!editable()) return;
                for (ThirdParty& p : ws.parties)
                    p.duties.erase(std::remove(p.duties.begin(), p.duties.end(), i.cell), p.duties.end());
                if (i.party >= 0 && size_t(i.party) < ws.parties.size())
                    ws.parties[size_t(i.party)].duties.push_back(i.cell);
                ChangeStack(ws);
            },
            [&](const intent::CopyStackLink&) {
                if (s.model)
                    CopyWithNotice(StackLink(page_address_, ws, ""), T("The link to your stack is on the clipboard."));
            },
            [&](const intent::CopyStackCode&) {
                if (s.model) CopyWithNotice(worksheet_code(ws), T("Your stack's code is on the clipboard."));
            },
            [&](const intent::SetStackCodeDraft& i) { s.code_draft = i.text.substr(0, kWorksheetCodeLimit + 1); },
            [&](const intent::PasteStackCode& i) {
                if (display_.embed) return;
                Worksheet read;
                std::vector<Problem> problems;
                if (!worksheet_from_code(i.code, catalog_.models(), read, problems)) {
                    notices_.push_back(
                        F("This stack code was not used: {1}", {problems.empty() ? "" : Translate(problems[0])}));
                    return;
                }
                const ResponsibilityModel* m = catalog_.find_model(read.cloud);
                if (!m) return;
                s.code_draft.clear();
                OpenStack(*m, read, problems);
                notices_.push_back(T("The pasted stack is open."));
            },
            [&](const intent::DownloadStackMarkdown&) {
                if (s.model)
                    requests_.push_back(PlatformRequest::download_file("stack-" + ws.cloud + ".md",
                                                                       worksheet_markdown(*s.model, ws, ExportWords())));
            },
            [&](const intent::DownloadStackCsv&) {
                if (s.model)
                    requests_.push_back(PlatformRequest::download_file("stack-" + ws.cloud + ".csv",
                                                                       worksheet_csv(*s.model, ws, ExportWords())));
            },
            [&](const intent::TrainTeam&) { StartTeamTraining(); },
            [&](const intent::CopyTrainLink&) {
                if (s.model)
                    CopyWithNotice(StackLink(page_address_, ws, "train"),
                                   T("The link to this team's quiz is on the clipboard."));
            },
        },
        intent);
}

} // namespace srm::ui
