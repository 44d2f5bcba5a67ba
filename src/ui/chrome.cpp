// Screen chrome shared by every screen: the top bar, the notices banner and the content-problems
// panel.
#include "screen_table.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

// A participant's "← Home" asks first: leaving by accident would lose the room. Whether the
// question is open lives in ImGui's storage, like any state of the drawing alone.
static void DrawHomeButton(const App& app, bool in_room, Intents& out) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    ImGuiID asking = ImGui::GetID("nav.home.asking");
    if (!in_room) storage->SetBool(asking, false);
    if (!storage->GetBool(asking)) {
        if (Button("nav.home", std::string("\xE2\x86\x90 ") + T("Home"), false)) {
            if (in_room) storage->SetBool(asking, true);
            else out.push_back(intent::GoHome{});
        }
        return;
    }
    Paragraph("nav.leave.question", F("Leave room {1}?", {app.workshop().code}));
    if (Button("nav.leave.stay", T("Stay in the room"))) storage->SetBool(asking, false);
    SameLineIfRoom(T("Leave the room"));
    if (Button("nav.leave.confirm", T("Leave the room"), false)) {
        storage->SetBool(asking, false);
        out.push_back(intent::GoHome{});
    }
}

void DrawTopBar(const App& app, const std::string& title, Intents& out) {
    const ScreenRow& row = screen_row(app.screen());
    if (row.top_bar_takes_focus) InitialFocusHere();
    const WorkshopState& w = app.workshop();
    bool in_room = app.screen() == Screen::quiz && w.participant_run && !w.code.empty();
    if (row.home_button) DrawHomeButton(app, in_room, out);
    if (in_room) { // who and where, so a participant knows they are still in the room
        std::string where = F("Room {1} \xC2\xB7 {2}", {w.code, w.nickname});
        SameLineIfWidth(ImGui::CalcTextSize(where.c_str()).x);
        ImGui::AlignTextToFramePadding();
        Paragraph("nav.room", where, Colors().text_muted);
    } else if (row.home_button && !app.display().embed) { // compact chrome inside a host page's iframe
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(Colors().text_muted), "SRM Trainer");
    }
    Heading("screen.title", title, app.display().embed ? 2 : 1);
}

void DrawNotices(const App& app, Intents& out) {
    if (app.notices().empty()) return;
    const Palette& p = Colors();
    BeginCard(p.highlight, p.provider_text);
    Heading("notices.title", T("Please note"), 3);
    for (size_t i = 0; i < app.notices().size(); ++i) Paragraph("notices.item." + std::to_string(i), app.notices()[i]);
    if (Button("notices.dismiss", T("Dismiss"), false)) out.push_back(intent::DismissNotices{});
    EndCard();
    ImGui::Spacing();
}

void DrawContentErrors(const App& app) {
    Diagnostics diags = app.catalog().diagnostics();
    if (diags.empty()) return;
    const Palette& p = Colors();
    int errors = app.catalog().error_count();
    BeginCard(p.error, p.error_text);
    std::string title = errors == 1 ? T("Content problems: 1 error. Everything else still works.")
                        : errors > 1
                            ? F("Content problems: {1} errors. Everything else still works.", {std::to_string(errors)})
                            : T("Content warnings");
    ImGui::PushStyleColor(ImGuiCol_Text, p.error_text);
    Heading("errors.title", title, 2);
    for (size_t i = 0; i < diags.size(); ++i) Paragraph("errors.item." + std::to_string(i), diags[i].format());
    ImGui::PopStyleColor();
    EndCard();
}

} // namespace srm::ui
