// The presenter view (mode=present): drawn with larger type for a projector (App::text_scale),
// one question at a time with the facilitator's controls: reveal the answer, show the
// explanation, previous and next, and a timer with pause and "+30 s" that can be turned off.
// A presentation clicker's Page Up / Page Down move between questions.
//
// [SECTION] Controls and timer
// [SECTION] Screen
#include "answers/answer_drawer.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>
#include <cstdio>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Controls and timer
//-----------------------------------------------------------------------------

static void DrawTimer(const App& app, Intents& out) {
    const PresenterTimer& t = app.workshop().timer;
    bool enabled = t.enabled;
    if (Checkbox("present.timer.enabled", T("Timer"), &enabled)) out.push_back(intent::TimerEnable(enabled));
    if (!t.enabled) return;
    double left = t.remaining(app.now());
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    Paragraph("present.timer",
              left > 0 ? (t.running ? F("{1} left", {Clock(left)}) : F("{1} (paused)", {Clock(left)})) : T("Time is up"),
              left > 10 ? Colors().text : Colors().error_text);
    SameLineIfRoom(T("Pause"));
    if (Button("present.timer.toggle", t.running ? T("Pause") : T("Start timer"), false))
        out.push_back(intent::TimerToggle{});
    SameLineIfRoom(T("+30 s"));
    if (Button("present.timer.extend", T("+30 s"), false, 0, T("Add 30 seconds"))) out.push_back(intent::TimerExtend{});
    SameLineIfRoom(T("Reset"));
    if (Button("present.timer.reset", T("Reset"), false, 0, T("Reset the timer"))) out.push_back(intent::TimerReset{});
}

static void DrawControls(const App& app, size_t count, Intents& out) {
    const WorkshopState& w = app.workshop();
    bool question = w.position >= 0 && size_t(w.position) < count;
    if (question) {
        InitialFocusHere(); // each new question starts on "Reveal answer"
        if (Button("present.reveal", w.revealed ? T("Hide answer") : T("Reveal answer")))
            out.push_back(intent::PresentReveal{});
        SameLineIfRoom(T("Hide explanation"));
        if (Button("present.explain", w.explained ? T("Hide explanation") : T("Show explanation"), false))
            out.push_back(intent::PresentExplain{});
        SameLineIfRoom(T("Previous"));
    }
    ImGui::BeginDisabled(w.position < 0);
    if (Button("present.previous", T("Previous"), false)) out.push_back(intent::PresentGo::previous());
    ImGui::EndDisabled();
    SameLineIfRoom(T("Next question"));
    ImGui::BeginDisabled(w.position >= int(count));
    if (w.position < 0) InitialFocusHere();
    std::string next = w.position < 0                   ? T("Start: question 1")
                       : size_t(w.position) + 1 < count ? T("Next question")
                                                        : T("Finish");
    if (Button("present.next", next, !question || w.revealed)) out.push_back(intent::PresentGo::next());
    ImGui::EndDisabled();
    if (question) DrawTimer(app, out);
    // A presentation clicker sends Page Down / Page Up.
    if (!ImGui::IsAnyItemActive()) {
        if (ImGui::IsKeyPressed(ImGuiKey_PageDown, false) && w.position < int(count))
            out.push_back(intent::PresentGo::next());
        if (ImGui::IsKeyPressed(ImGuiKey_PageUp, false) && w.position >= 0)
            out.push_back(intent::PresentGo::previous());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Screen
//-----------------------------------------------------------------------------

static void DrawPresentedQuestion(const App& app, const Presented& presented, size_t position, size_t count) {
    const WorkshopState& w = app.workshop();
    const Question& q = *presented.question;
    ProgressBar("present.progress", float(position + 1) / float(count),
                F("Question {1} of {2}", {std::to_string(position + 1), std::to_string(count)}));
    Heading("present.prompt", q.prompt, 1);
    // Before the reveal only the answers show; after it, each line says in words whether it is right.
    PresentedView view(q, presented.order, presented.part_orders, w.revealed, "present");
    if (w.summary && w.summary->room == w.code)
        for (const RoomParticipant& p : w.summary->participants)
            if (position < p.answers.size() && p.answers[position].answered)
                view.room_answers.push_back(&p.answers[position].response);
    answer_drawer(q.type).present(view);
    if (w.explained) {
        BeginCard();
        Heading("present.explanation.title", T("Why"), 2);
        Paragraph("present.explanation", q.explanation);
        if (!q.sources.empty()) Link("present.source", T("Learn more"), q.sources[0]);
        EndCard();
    }
}

void DrawPresentScreen(const App& app, Intents& out) {
    const WorkshopState& w = app.workshop();
    const Quiz* quiz = w.has_room ? app.catalog().find_quiz(w.room.quiz_id) : nullptr;
    if (!quiz || !w.presented) return;
    size_t count = w.presented->size();
    if (Button("present.back", T("\xE2\x86\x90 Workshop"), false, 0, T("Back to the workshop set-up")))
        out.push_back(intent::OpenWorkshop{});
    std::string room = F("Room {1}", {w.code}); // kept in view on every question, for latecomers to join
    SameLineIfWidth(ImGui::CalcTextSize(room.c_str()).x);
    ImGui::AlignTextToFramePadding();
    Paragraph("present.room", room, Colors().text_muted);
    if (w.position < 0) {
        Heading("screen.title", quiz->title, 1);
        Paragraph("present.join", F("Scan the code or open the link, choose a nickname, and wait for question 1. "
                                    "{1} questions; speed never counts.",
                                    {std::to_string(count)}));
        DrawJoinDetails(app, out, 8);
    } else if (size_t(w.position) < count) {
        DrawPresentedQuestion(app, w.presented->presented(size_t(w.position)), size_t(w.position), count);
    } else {
        Heading("screen.title", T("That was the last question"), 1);
        Paragraph("present.end", T("Ask everyone to copy their results code from the end of their quiz and send it to you. "
                                   "The room summary adds the codes up."));
        InitialFocusHere();
        if (Button("present.summary", T("Open the room summary"))) out.push_back(intent::OpenRoomSummary{});
    }
    ImGui::Spacing();
    DrawControls(app, count, out);
}

} // namespace srm::ui
