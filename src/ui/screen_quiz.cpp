// The quiz screen: one question at a time (each type drawn by its answer drawer, answers/),
// feedback in words and marks (never colour alone) with the explanation and "learn more" links, a progress indicator,
// an optional time limit with "add 5 minutes", and the results: score, pass or fail, a per-concept bar chart naming
// misconceptions, a review that teaches (each question's score, the learner's answer, the right one, the explanation,
// and for a question on a model cell the way to it on the diagram) and "retry wrong answers".
//
// [SECTION] Question page
// [SECTION] Results
#include "answers/answer_drawer.h"
#include "quiz_navigator.h"
#include "question_types/question_type.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>
#include <cstdio>

namespace srm::ui {

static const char* const kCheck = "\xE2\x9C\x93 ";
static const char* const kCross = "\xE2\x9C\x97 ";

//-----------------------------------------------------------------------------
// [SECTION] Question page
//-----------------------------------------------------------------------------

static void DrawTimer(const App& app, const QuizSession& session, Intents& out) {
    if (!session.timed()) return;
    double left = session.time_left(app.now());
    ImGui::AlignTextToFramePadding();
    Paragraph("quiz.timer", left > 0 ? F("Time left: {1}", {Clock(left)}) : T("Time is up."),
              left < 60 ? Colors().error_text : Colors().text_muted);
    SameLineIfRoom(T("Add 5 minutes"));
    if (Button("quiz.extend", T("Add 5 minutes"), false)) out.push_back(intent::ExtendTime{});
}

// An exam question already answered, reached again from the navigator: the answer in words with
// no verdict (that waits for the end), the way on, and the navigator.
static void DrawSavedExamAnswer(const QuizSession& session, Intents& out) {
    const Question& q = *session.current().question;
    std::string answer = answer_drawer(q.type).answer_text(q, session.record(session.current_index()).response);
    Paragraph("quiz.saved", F("Your answer is saved: {1}", {answer}));
    ImGui::Spacing();
    InitialFocusHere();
    bool more = session.following() < session.size();
    if (Button("quiz.next", more ? T("Next question") : T("Finish and see results")))
        out.push_back(intent::NextQuestion{});
    ImGui::Spacing();
    DrawQuizNavigator(session, out);
}

static void DrawQuestion(const App& app, Intents& out) {
    const QuizSession& session = *app.quiz().session;
    const Presented& presented = session.current();
    const Question& q = *presented.question;
    size_t n = session.size(), k = session.current_index();
    ProgressBar("quiz.progress", float(k) / float(n), F("Question {1} of {2}", {std::to_string(k + 1), std::to_string(n)}));
    const WorkshopState& w = app.workshop();
    if (w.team_run) {
        ImGui::PushStyleColor(ImGuiCol_Text, Colors().provider_text);
        Heading("quiz.team", F("{1}, your turn", {w.team_name(k % w.teams.size())}), 2);
        ImGui::PopStyleColor();
    }
    DrawTimer(app, session, out);
    if (session.timed() && session.time_left(app.now()) <= 0) {
        Paragraph("quiz.timeup",
                  T("The time limit has passed. Add time to go on, or finish now: answers so far count, speed never does."));
        if (Button("quiz.finish", T("Finish and see results"))) out.push_back(intent::FinishQuiz{});
        return;
    }
    Heading("quiz.prompt", q.prompt, 2);
    bool answered = session.current_answered();
    const Response& response = answered ? session.record(k).response : app.quiz().response;
    if (!answered) InitialFocusHere(false);
    const AnswerDrawer& drawer = answer_drawer(q.type);
    if (answered && !session.shows_feedback_now()) {
        DrawSavedExamAnswer(session, out);
        return;
    }
    size_t first_answer_node = NodesRecorded();
    drawer.draw(AnswerView(q, presented.order, presented.part_orders, response, answered, "quiz", -1), out);
    bool answers_focused = FocusedSince(first_answer_node);
    ImGui::Spacing();
    if (!answered) {
        bool ready = response_complete(q, response);
        ImGui::BeginDisabled(!ready);
        const char* submit = session.shows_feedback_now()
                                 ? T("Check answer")
                                 : (session.following() < n ? T("Save and next") : T("Save and finish"));
        bool pressed = Button("quiz.submit", submit);
        AddStateToLastNode("default"); // Enter within the answers presses it
        // Enter on an answer checks it once the answer is complete, as in a form.
        bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
        if (pressed || (ready && answers_focused && enter)) out.push_back(intent::SubmitAnswer{});
        ImGui::EndDisabled();
        if (!ready) Paragraph("quiz.incomplete", drawer.incomplete_hint(), Colors().text_muted);
    } else {
        DrawFeedbackCard(q, response, session.record(k).score, "quiz.feedback");
        ImGui::Spacing();
        InitialFocusHere();
        if (Button("quiz.next", k + 1 < n ? T("Next question") : T("See results")))
            out.push_back(intent::NextQuestion{});
    }
    ImGui::Spacing();
    DrawQuizNavigator(session, out);
}

//-----------------------------------------------------------------------------
// [SECTION] Results
//-----------------------------------------------------------------------------

// The learner's answer in words, for the review.
static std::string AnswerText(const Question& q, const Response& r) {
    std::string out = answer_drawer(q.type).answer_text(q, r);
    return out.empty() ? T("(no answer)") : out;
}

// The explorer's link for a model cell "<model>/<service>/<control>", or "" for a question without one.
static std::string DiagramLink(const std::string& cell) {
    size_t a = cell.find('/'), b = a == std::string::npos ? a : cell.find('/', a + 1);
    if (b == std::string::npos) return "";
    return "?cloud=" + cell.substr(0, a) + "&service=" + cell.substr(a + 1, b - a - 1) + "&control=" + cell.substr(b + 1);
}

static void DrawConceptChart(const QuizSession& session) {
    const Palette& p = Colors();
    Heading("quiz.concepts.title", T("By concept"), 2);
    for (const ConceptResult& c : session.breakdown()) {
        double share = c.max > 0 ? c.score / c.max : 0;
        std::string label = F("{1}: {2}", {c.label, Percent(share)});
        bool missed = share < 0.999 && !c.misconception.empty();
        std::string watch = missed ? F("Watch out for: {1}", {c.misconception}) : "";
        ChartBar("quiz.concept." + c.concept_id, label, float(share), share >= 0.999 ? p.success_text : p.accent,
                 missed ? label + ". " + watch : label);
        if (missed) Paragraph("quiz.concept." + c.concept_id + ".misconception", watch, p.error_text);
    }
}

// A room's participant gets the results code for the facilitator; a team game shows each team's
// score (questions went to the teams in turn).
static void DrawWorkshopResults(const App& app, const QuizSession& session, Intents& out) {
    const WorkshopState& w = app.workshop();
    const Palette& p = Colors();
    if (w.participant_run) {
        BeginCard(p.accent_soft, p.accent);
        Heading("quiz.room.title", F("Your results code for room {1}", {w.code}), 2);
        Paragraph("quiz.room.help",
                  T("Copy it and send it to your facilitator (chat, email or a shared document). It holds your "
                    "nickname, your answers and your score, nothing else."),
                  p.text_muted);
        Paragraph("quiz.room.code", results_code(workshop_result(w.code, w.nickname, session)));
        if (Button("quiz.room.copy", T("Copy results code"))) out.push_back(intent::CopyResultsCode{});
        EndCard();
        ImGui::Spacing();
    }
    if (w.team_run) {
        BeginCard();
        Heading("quiz.teams.title", T("Teams"), 2);
        for (size_t t = 0; t < w.teams.size(); ++t) {
            double score = 0;
            size_t asked = 0;
            for (size_t i = t; i < session.size(); i += w.teams.size()) {
                score += session.record(i).score;
                ++asked;
            }
            Paragraph("quiz.team." + std::to_string(t),
                      F("{1}: {2} of {3} ({4})", {w.team_name(t), Number(score, 1), std::to_string(asked),
                                                  Percent(asked ? score / double(asked) : 0)}));
        }
        EndCard();
        ImGui::Spacing();
    }
}

static void DrawResults(const App& app, Intents& out) {
    const QuizSession& session = *app.quiz().session;
    const Palette& p = Colors();
    std::string score = F("{1} of {2}", {Number(session.score(), 1), Number(session.max_score(), 0)});
    bool passed = session.passed();
    InitialFocusHere();
    Heading("quiz.result.title",
            passed ? F("Passed: {1}", {Percent(session.scaled())}) : F("Not passed yet: {1}", {Percent(session.scaled())}),
            2);
    int minutes = int(session.elapsed(app.now()) / 60 + 0.5);
    Paragraph("quiz.result.score",
              F("Score {1}; the pass mark is {2}. Time taken: about {3} min (time never counts).",
                {score, Percent(session.quiz().pass_mark), std::to_string(minutes)}),
              passed ? p.success_text : p.error_text);
    DrawWorkshopResults(app, session, out);
    std::vector<std::string> wrong = session.wrong_question_ids();
    if (!wrong.empty() && Button("quiz.retry", F("Retry the {1} I got wrong", {std::to_string(wrong.size())})))
        out.push_back(intent::RetryWrong{});
    if (!wrong.empty()) SameLineIfRoom(T("Take the quiz again"));
    if (Button("quiz.restart", T("Take the quiz again"), wrong.empty())) out.push_back(intent::RestartQuiz{});
    SameLineIfRoom(T("All quizzes"));
    if (Button("quiz.list", T("All quizzes"), false)) out.push_back(intent::OpenQuizzes{});
    if (app.OffersCertificate()) { // a learning platform records the pass itself; a room has its results code
        SameLineIfRoom(T("Get your certificate"));
        if (Button("quiz.certificate", T("Get your certificate"), false)) out.push_back(intent::OpenCertificate{});
    }
    ImGui::Spacing();
    DrawConceptChart(session);
    ImGui::Spacing();
    Heading("quiz.review.title", T("Review"), 2);
    for (size_t i = 0; i < session.size(); ++i) {
        const Question& q = *session.presented(i).question;
        const AnswerRecord& r = session.record(i);
        std::string id = "quiz.review." + std::to_string(i);
        std::string mark = r.score >= 1 - 1e-9 ? kCheck : r.score > 0 ? "\xC2\xBD " : kCross;
        BeginCard();
        Heading(id, mark + std::to_string(i + 1) + ". " + q.prompt, 3);
        Paragraph(id + ".score", F("Score: {1}", {Percent(r.score)}), p.text_muted);
        Paragraph(id + ".answer",
                  F("Your answer: {1}", {r.answered ? AnswerText(q, r.response) : std::string(T("(not answered)"))}),
                  p.text_muted);
        Paragraph(id + ".right", F("Right answer: {1}", {AnswerText(q, question_type_info(q.type).right_response(q))}));
        if (r.answered) answer_drawer(q.type).feedback(q, r.response, id + ".feedback");
        Paragraph(id + ".explanation", q.explanation);
        if (!q.sources.empty()) Link(id + ".source", T("Learn more"), q.sources[0]);
        if (std::string link = DiagramLink(q.cell);
            !link.empty() && Button(id + ".diagram", T("See it on the diagram"), false))
            out.push_back(intent::OpenDeepLink(link));
        EndCard();
    }
}

void DrawQuizScreen(const App& app, Intents& out) {
    if (!app.quiz().session) return;
    const QuizSession& session = *app.quiz().session;
    DrawTopBar(app,
               session.config().mode == QuizMode::exam ? F("{1} (exam)", {session.quiz().title}) : session.quiz().title,
               out);
    if (session.finished()) DrawResults(app, out);
    else DrawQuestion(app, out);
}

} // namespace srm::ui
