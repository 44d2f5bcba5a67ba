// Workshop screens around the quiz: the facilitator's set-up (quiz, questions, timer, the room
// code with its join link and QR code, team mode), the participant's join page (a nickname, then
// the room's quiz), and the home screen's "join a workshop" card.
//
// [SECTION] Join details (code, link, QR)
// [SECTION] Facilitator set-up
// [SECTION] Participant
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Join details (code, link, QR)
//-----------------------------------------------------------------------------

void DrawJoinDetails(const App& app, Intents& out, float module_px) {
    const WorkshopState& w = app.workshop();
    const Palette& p = Colors();
    Paragraph("room.code.label", T("Room code"), p.text_muted);
    ImGui::PushFont(UiFonts().heading);
    Paragraph("room.code", w.code);
    ImGui::PopFont();
    Paragraph("room.link", F("Join at {1}", {app.join_link()}));
    if (Button("room.copy-link", T("Copy join link"), false)) out.push_back(intent::CopyJoinLink{});
    if (w.qr_size > 0 && w.qr_text == app.join_link())
        QrCode("room.qr", F("QR code of the join link {1}", {app.join_link()}), w.qr_modules, w.qr_size,
               module_px * app.display().scale);
}

//-----------------------------------------------------------------------------
// [SECTION] Facilitator set-up
//-----------------------------------------------------------------------------

static void DrawRoomSettings(const App& app, const Quiz& quiz, Intents& out) {
    const WorkshopState& w = app.workshop();
    Heading("workshop.quiz.title", T("Quiz"), 2);
    for (const Quiz& q : app.catalog().quizzes())
        if (Radio("workshop.quiz." + q.id, F("{1} ({2} questions)", {q.title, std::to_string(q.questions.size())}),
                  q.id == w.room.quiz_id))
            out.push_back(intent::SetRoomQuiz(q.id));
    Heading("workshop.count.title", T("Questions"), 2);
    std::vector<size_t> counts;
    for (size_t c : {size_t(5), size_t(10), size_t(15), size_t(20)})
        if (c < quiz.questions.size()) counts.push_back(c);
    if (quiz.questions.size() <= kRoomMaxQuestions) counts.push_back(0);
    std::vector<std::string> labels;
    int current = -1;
    for (size_t i = 0; i < counts.size(); ++i) {
        labels.push_back(counts[i] ? std::to_string(counts[i]) : F("All {1}", {std::to_string(quiz.questions.size())}));
        if (counts[i] == w.room.count) current = int(i);
    }
    int picked = Tabs("workshop.count", labels, current);
    if (picked >= 0) out.push_back(intent::SetRoomCount(int(counts[size_t(picked)])));
    Heading("workshop.timer.title", T("Presenter's timer per question"), 2);
    std::vector<std::string> timers;
    std::vector<int> seconds = {0, 30, 60, 90, 120};
    int timer = -1;
    for (size_t i = 0; i < seconds.size(); ++i) {
        timers.push_back(seconds[i] ? F("{1} s", {std::to_string(seconds[i])}) : T("Off"));
        if (seconds[i] == w.room.timer_seconds) timer = int(i);
    }
    picked = Tabs("workshop.timer", timers, timer);
    if (picked >= 0) out.push_back(intent::SetRoomTimer(seconds[size_t(picked)]));
    Paragraph("workshop.timer.note",
              T("The timer only shows the room how long is left. Answers are never scored on speed."),
              Colors().text_muted);
}

static void DrawTeamSetup(const App& app, Intents& out) {
    const WorkshopState& w = app.workshop();
    BeginCard();
    Heading("workshop.teams.title", T("Team mode: one device, teams take turns"), 2);
    Paragraph("workshop.teams.what",
              T("For rooms without phones. Each question goes to the next team in turn; the screen keeps "
                "each team's score."),
              Colors().text_muted);
    for (size_t i = 0; i < w.teams.size(); ++i) {
        std::string id = "workshop.team." + std::to_string(i);
        std::string name;
        ImGui::PushItemWidth(std::min(ImGui::CalcItemWidth(), 320 * app.display().scale));
        if (TextBox(id, F("Name of team {1}", {std::to_string(i + 1)}), w.team_name(i), w.teams[i], name))
            out.push_back(intent::SetTeamName(int(i), name));
        ImGui::PopItemWidth();
        if (w.teams.size() > 2) {
            ImGui::SameLine();
            if (Button(id + ".remove", T("Remove"), false, 0, F("Remove {1}", {w.team_name(i)})))
                out.push_back(intent::RemoveTeam(int(i)));
        }
    }
    if (w.teams.size() < 6 && Button("workshop.teams.add", T("Add a team"), false)) out.push_back(intent::AddTeam{});
    SameLineIfRoom(T("Start team game"));
    if (Button("workshop.teams.start", T("Start team game"))) out.push_back(intent::StartTeamRun{});
    EndCard();
}

void DrawWorkshopScreen(const App& app, Intents& out) {
    const WorkshopState& w = app.workshop();
    DrawTopBar(app, T("Run a workshop"), out);
    const Quiz* quiz = w.has_room ? app.catalog().find_quiz(w.room.quiz_id) : nullptr;
    if (!quiz) {
        Paragraph("workshop.none", T("No quiz could be loaded, so there is nothing to run."), Colors().text_muted);
        return;
    }
    Paragraph("workshop.intro",
              T("Everyone who opens the join link gets the same questions in the same order. No server and no accounts: "
                "at the end each participant copies a results code to you, and the room summary adds them up."),
              Colors().text_muted);
    DrawRoomSettings(app, *quiz, out);
    ImGui::Spacing();
    BeginCard(Colors().accent_soft, Colors().accent);
    Heading("workshop.room.title", T("Your room"), 2);
    DrawJoinDetails(app, out, 4);
    if (Button("workshop.present", T("Present"))) out.push_back(intent::OpenPresent{});
    SameLineIfRoom(T("Room summary"));
    if (Button("workshop.summary", T("Room summary"), false)) out.push_back(intent::OpenRoomSummary{});
    SameLineIfRoom(T("New room code"));
    if (Button("workshop.new", T("New room code"), false, 0, T("New room code (another draw of questions)")))
        out.push_back(intent::NewRoom{});
    EndCard();
    ImGui::Spacing();
    DrawTeamSetup(app, out);
}

//-----------------------------------------------------------------------------
// [SECTION] Participant
//-----------------------------------------------------------------------------

void DrawJoinScreen(const App& app, Intents& out) {
    const WorkshopState& w = app.workshop();
    const Palette& p = Colors();
    const Quiz* quiz = w.has_room ? app.catalog().find_quiz(w.room.quiz_id) : nullptr;
    DrawTopBar(app, T("Join a workshop"), out);
    if (!quiz) return;
    size_t count = w.presented ? w.presented->size() : quiz->questions.size();
    Heading("join.quiz", quiz->title, 2);
    Paragraph("join.what",
              F("Room {1} \xC2\xB7 {2} questions. You answer on this device and see feedback as you go. "
                "At the end you get a results code to send to your facilitator.",
                {w.code, std::to_string(count)}),
              p.text_muted);
    std::string nickname;
    if (TextBox("join.nickname", T("Your nickname for this room"), T("Nickname (not your full name)"), w.nickname_draft,
                nickname))
        out.push_back(intent::SetNicknameDraft(nickname));
    Paragraph("join.privacy", T("The results code holds only this nickname, your answers and your score."), p.text_muted);
    if (w.problem) Paragraph("join.problem", Translate(*w.problem), p.error_text);
    if (Button("join.start", T("Start the quiz"))) out.push_back(intent::StartRoomRun{});
}

void DrawJoinRoomCard(const App& app, Intents& out) {
    const WorkshopState& w = app.workshop();
    BeginCard();
    Heading("home.workshop.title", T("Workshops"), 2);
    std::string draft;
    ImGui::PushItemWidth(std::min(ImGui::CalcItemWidth(), 300 * app.display().scale));
    if (TextBox("home.join.code", T("Room code"), T("Room code, e.g. 7KQ2M-X4D9A"), w.join_draft, draft))
        out.push_back(intent::SetJoinDraft(draft));
    ImGui::PopItemWidth();
    SameLineIfRoom(T("Join"));
    ImGui::BeginDisabled(w.join_draft.empty());
    if (Button("home.join", T("Join"), true, 0, T("Join the room"))) out.push_back(intent::JoinRoom(w.join_draft));
    ImGui::EndDisabled();
    if (w.problem) Paragraph("home.join.problem", Translate(*w.problem), Colors().error_text);
    if (Button("home.workshop", T("Run a workshop"), false, 0, T("Run a workshop as facilitator")))
        out.push_back(intent::OpenWorkshop{});
    EndCard();
}

} // namespace srm::ui
