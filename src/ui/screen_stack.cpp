// "Your stack": the team picks the services it runs in one cloud, with their settings, may name
// third parties, and reads every duty that is its own or shared, grouped by control, each with
// its explanation, the provider's default, the source and the date it was last checked; it marks
// each duty (done, planned, not applicable, with an owner and an evidence link). The provider's
// side is summed up below. The worksheet is shared by link or code, exported as Markdown or CSV,
// and "Train this team" starts a quiz on exactly these services. Embedded, it is read-only.
//
// [SECTION] Choosing the stack
// [SECTION] Sharing and training
// [SECTION] Duties
// [SECTION] Screen
#include "screens.h"
#include "diagram.h"
#include "i18n.h"
#include "theme.h"
#include "widgets.h"

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Choosing the stack
//-----------------------------------------------------------------------------

static void DrawCloudChoice(const App& app, Intents& out) {
    const std::vector<ResponsibilityModel>& models = app.catalog().models();
    if (models.size() < 2) return;
    std::vector<std::string> labels;
    int current = 0;
    for (size_t i = 0; i < models.size(); ++i) {
        labels.push_back(models[i].provider);
        if (&models[i] == app.stack().model) current = int(i);
    }
    int picked = Tabs("stack.cloud", labels, current);
    if (picked >= 0 && picked != current) out.push_back(intent::SetStackCloud(models[size_t(picked)].id));
}

static void DrawSettings(const Service& service, const StackService& picked, Intents& out) {
    for (const Setting& setting : service.settings) {
        auto chosen = picked.settings.find(setting.id);
        const std::string& option_id = chosen == picked.settings.end() ? setting.default_option : chosen->second;
        Paragraph("stack.setting." + service.id + "." + setting.id, F("{1}: {2}", {service.name, setting.label}),
                  Colors().text_muted);
        for (const SettingOption& option : setting.options) {
            if (&option != &setting.options.front()) SameLineIfRoom(option.label, true);
            if (Radio("stack.setting." + service.id + "." + setting.id + "." + option.id, option.label,
                      option.id == option_id))
                out.push_back(intent::SetStackSetting(service.id, setting.id, option.id));
        }
    }
}

static void DrawServices(const App& app, Intents& out) {
    const ResponsibilityModel& m = *app.stack().model;
    const Worksheet& ws = app.stack().worksheet;
    Heading("stack.services.title", T("Services you run"), 2);
    if (app.display().embed) {
        std::string names;
        for (const StackService& s : ws.services)
            if (const Service* service = m.find_service(s.id)) names += (names.empty() ? "" : ", ") + service->name;
        Paragraph("stack.services.list", names.empty() ? T("No service picked yet.") : names);
        return;
    }
    for (const Service& service : m.services) {
        bool on = ws.find_service(service.id) != nullptr;
        if (&service != &m.services.front()) SameLineIfRoom(service.name, true);
        if (Checkbox("stack.service." + service.id, service.name, &on))
            out.push_back(intent::ToggleStackService(service.id));
    }
    for (const StackService& picked : ws.services)
        if (const Service* service = m.find_service(picked.id)) DrawSettings(*service, picked, out);
}

static void DrawParties(const App& app, Intents& out) {
    const StackState& s = app.stack();
    if (app.display().embed && s.worksheet.parties.empty()) return;
    Heading("stack.parties.title", T("Third parties"), 2);
    for (size_t i = 0; i < s.worksheet.parties.size(); ++i) {
        const ThirdParty& party = s.worksheet.parties[i];
        Paragraph("stack.party." + std::to_string(i),
                  F("{1}: {2} duties", {party.name, std::to_string(party.duties.size())}));
        if (app.display().embed) continue;
        SameLineIfRoom(T("Remove"));
        if (Button("stack.party.remove." + std::to_string(i), T("Remove"), false, 0, F("Remove {1}", {party.name})))
            out.push_back(intent::RemoveParty(int(i)));
    }
    if (app.display().embed) return;
    std::string typed;
    if (TextBox("stack.party.name", T("A team or company that takes some of your duties"), T("e.g. Our platform team"),
                s.party_draft, typed))
        out.push_back(intent::SetPartyDraft(typed));
    SameLineIfRoom(T("Add"));
    if (Button("stack.party.add", T("Add"), false, 0, T("Add the third party"))) out.push_back(intent::AddParty{});
}

//-----------------------------------------------------------------------------
// [SECTION] Sharing and training
//-----------------------------------------------------------------------------

static void DrawSharing(const App& app, Intents& out) {
    BeginCard();
    Heading("stack.share.title", T("Share and keep"), 2);
    if (Button("stack.copy_link", T("Copy link"), false)) out.push_back(intent::CopyStackLink{});
    SameLineIfRoom(T("Copy code"));
    if (Button("stack.copy_code", T("Copy code"), false)) out.push_back(intent::CopyStackCode{});
    SameLineIfRoom(T("Download Markdown"));
    if (Button("stack.markdown", T("Download Markdown"), false)) out.push_back(intent::DownloadStackMarkdown{});
    SameLineIfRoom(T("Download CSV"));
    if (Button("stack.csv", T("Download CSV"), false)) out.push_back(intent::DownloadStackCsv{});
    if (!app.display().embed) {
        std::string typed;
        if (TextArea("stack.code", T("Stack code"), T("Paste a stack code (SRMS1|...)"), app.stack().code_draft, typed, 2))
            out.push_back(intent::SetStackCodeDraft(typed));
        SameLineIfRoom(T("Open code"));
        if (Button("stack.code.open", T("Open code"), false))
            out.push_back(intent::PasteStackCode(app.stack().code_draft));
    }
    EndCard();
    BeginCard();
    Heading("stack.train.title", T("Train this team"), 2);
    Paragraph("stack.train.text", T("A practice quiz drawn only from the questions about the services you picked."),
              Colors().text_muted);
    if (Button("stack.train", T("Train this team"))) out.push_back(intent::TrainTeam{});
    SameLineIfRoom(T("Copy quiz link"));
    if (Button("stack.train.link", T("Copy quiz link"), false)) out.push_back(intent::CopyTrainLink{});
    EndCard();
}

//-----------------------------------------------------------------------------
// [SECTION] Duties
//-----------------------------------------------------------------------------

static std::string ServiceLabel(const WorksheetDuty& d) {
    if (!d.variant) return d.service->name;
    const Setting* setting = d.service->find_setting(d.variant->setting);
    std::string option = d.variant->option;
    for (const SettingOption& so : setting ? setting->options : std::vector<SettingOption>{})
        if (so.id == d.variant->option) option = so.label;
    return F("{1} ({2}: {3})", {d.service->name, setting ? setting->label : d.variant->setting, option});
}

static void DrawMark(const App& app, const std::string& id, const CellRef& cell, const WorksheetDuty& d, Intents& out) {
    const DutyStatus statuses[] = {DutyStatus::open, DutyStatus::done, DutyStatus::planned, DutyStatus::not_applicable};
    const std::string names[] = {T("open"), T("done"), T("planned"), T("not applicable")};
    if (app.display().embed) {
        std::string line = F("Status: {1}", {names[int(d.mark.status)]});
        if (!d.mark.owner.empty()) line += " \xC2\xB7 " + F("Owner: {1}", {d.mark.owner});
        Paragraph(id + ".mark", line, Colors().text_muted);
        if (is_evidence_link(d.mark.evidence)) Link(id + ".evidence", T("Evidence"), d.mark.evidence);
        return;
    }
    for (int i = 0; i < 4; ++i) {
        if (i > 0) SameLineIfRoom(names[i], true);
        if (Radio(id + ".status." + duty_status_id(statuses[i]), names[i], d.mark.status == statuses[i]))
            out.push_back(intent::SetDutyStatus(cell, statuses[i]));
    }
    std::string typed;
    if (TextBox(id + ".owner", T("Owner"), T("Who answers for it"), d.mark.owner, typed))
        out.push_back(intent::SetDutyOwner(cell, typed));
    auto kept = app.stack().worksheet.marks.find(cell);
    const std::string& evidence = kept == app.stack().worksheet.marks.end() ? d.mark.evidence : kept->second.evidence;
    if (TextBox(id + ".evidence", T("Evidence link"), "https://...", evidence, typed))
        out.push_back(intent::SetDutyEvidence(cell, typed));
    const std::vector<ThirdParty>& parties = app.stack().worksheet.parties;
    if (parties.empty()) return;
    Paragraph(id + ".taken.title", T("Taken by"), Colors().text_muted);
    if (Radio(id + ".taken.team", T("Your team"), d.third_party.empty())) out.push_back(intent::HandDuty(cell, -1));
    for (size_t p = 0; p < parties.size(); ++p) {
        SameLineIfRoom(parties[p].name, true);
        if (Radio(id + ".taken." + std::to_string(p), parties[p].name, d.third_party == parties[p].name))
            out.push_back(intent::HandDuty(cell, int(p)));
    }
}

static void DrawDuty(const App& app, const ResponsibilityModel& m, const WorksheetGroup& g, const WorksheetDuty& d,
                     Intents& out) {
    const Palette& p = Colors();
    CellRef cell;
    cell.service = d.service->id;
    cell.control = g.control->id;
    std::string id = "stack.duty." + cell.service + "." + cell.control;
    BeginCard();
    Heading(id, F("{1}: {2}", {ServiceLabel(d), m.owner_label(*d.ownership)}), 3);
    if (!d.third_party.empty()) Paragraph(id + ".party", F("Taken by {1}.", {d.third_party}), p.text_muted);
    Paragraph(id + ".explanation", d.ownership->explanation);
    if (d.ownership->has_default) Paragraph(id + ".default", DefaultSentence(*d.ownership));
    Paragraph(id + ".checked", F("Last checked against the source on {1}.", {d.ownership->last_verified}),
              IsStale(app, *d.ownership) ? p.error_text : p.text_muted);
    Link(id + ".source", T("Source"), d.ownership->source);
    DrawMark(app, id, cell, d, out);
    EndCard();
}

static void DrawGroups(const App& app, const WorksheetView& view, Intents& out) {
    const ResponsibilityModel& m = *app.stack().model;
    if (view.groups.empty()) {
        Paragraph("stack.none", app.stack().worksheet.services.empty()
                                    ? T("Pick the services you run to see your duties.")
                                    : T("None of the selected services leaves a duty to you."));
        return;
    }
    size_t all = 0;
    for (const WorksheetGroup& g : view.groups) all += g.duties.size();
    Paragraph("stack.open",
              F("Open or planned duties: {1} of {2}", {std::to_string(view.open_duties()), std::to_string(all)}));
    for (const WorksheetGroup& g : view.groups) {
        Heading("stack.control." + g.control->id, g.control->label, 2);
        if (!g.split_differently.empty()) {
            std::string owners;
            for (const ServiceOwner& o : g.split_differently)
                owners += (owners.empty() ? "" : "; ") + F("{1}: {2}", {o.service->name, m.owner_label(*o.ownership)});
            Paragraph("stack.split." + g.control->id, F("Your services split this control differently: {1}.", {owners}),
                      Colors().accent);
        }
        for (const WorksheetDuty& d : g.duties) DrawDuty(app, m, g, d, out);
    }
}

static void DrawProviderSide(const WorksheetView& view) {
    if (view.provider_side.empty()) return;
    Heading("stack.provider.title", F("The provider's side ({1})", {view.model->provider}), 2);
    for (const ProviderSide& side : view.provider_side) {
        std::string controls;
        for (const Control* c : side.controls) controls += (controls.empty() ? "" : ", ") + c->label;
        Paragraph("stack.provider." + side.service->id,
                  F("{1} ({2} of {3} controls): {4}", {side.service->name, std::to_string(side.controls.size()),
                                                       std::to_string(view.model->controls.size()), controls}));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Screen
//-----------------------------------------------------------------------------

void DrawStackScreen(const App& app, Intents& out) {
    DrawTopBar(app, T("Your stack"), out);
    const StackState& s = app.stack();
    if (!s.model) {
        Paragraph("stack.no_model", T("No responsibility model could be loaded."), Colors().text_muted);
        return;
    }
    Paragraph("stack.intro",
              app.display().embed ? T("This team's worksheet, read-only.")
                                  : T("Pick the services you run, with their settings, and mark what is yours to do."),
              Colors().text_muted);
    if (!app.display().embed) DrawCloudChoice(app, out);
    DrawServices(app, out);
    DrawParties(app, out);
    DrawSharing(app, out);
    WorksheetView view = compute_worksheet(*s.model, s.worksheet);
    DrawGroups(app, view, out);
    DrawProviderSide(view);
}

} // namespace srm::ui
