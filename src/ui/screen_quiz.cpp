// The quiz screen: one question at a time with immediate feedback, then the results.
// Feedback is spoken in words and marks (a tick or a cross before each choice), not colour alone.
//
// [SECTION] Question
// [SECTION] Results
#include "screens.h"
#include "theme.h"
#include "widgets.h"
#include <algorithm>
#include <cstdio>

namespace srm::ui {

static bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

static std::string Percent(double fraction) { return std::to_string(int(fraction * 100 + 0.5)) + "%"; }

//-----------------------------------------------------------------------------
// [SECTION] Question
//-----------------------------------------------------------------------------

static void DrawFeedback(const App& app, const Question& q, const AnswerRecord& record) {
    const Palette& p = Colors();
    bool right = record.score >= 1.0 - 1e-9;
    bool partly = !right && record.score > 0;
    BeginCard(right ? p.success : p.error, right ? p.success_text : p.error_text);
    ImGui::PushStyleColor(ImGuiCol_Text, right ? p.success_text : p.error_text);
    std::string verdict = right ? "\xE2\x9C\x93 Correct." : partly ? "Partly correct: " + Percent(record.score) + " of the mark."
                                                                    : "\xE2\x9C\x97 Not quite.";
    Heading("quiz.feedback.verdict", verdict, 2);
    ImGui::PopStyleColor();
    Paragraph("quiz.feedback.explanation", q.explanation);
    for (size_t i = 0; i < q.sources.size(); ++i)
        Link("quiz.feedback.source." + std::to_string(i), i == 0 ? "Learn more" : "Another source", q.sources[i]);
    EndCard();
    (void)app;
}

static void DrawQuestion(const App& app, Intents& out) {
    const QuizSession& session = *app.quiz_session();
    const Question& q = session.current();
    size_t n = session.quiz().questions.size();
    size_t k = session.current_index();
    ProgressBar("quiz.progress", float(k) / float(n),
                "Question " + std::to_string(k + 1) + " of " + std::to_string(n));
    Heading("quiz.prompt", q.prompt, 2);
    bool answered = session.current_answered();
    const AnswerRecord& record = session.record(k);
    if (q.type == QuestionType::multiple_choice)
        Paragraph("quiz.hint", "Select every answer that applies.", Colors().text_muted);
    if (answered) ImGui::BeginDisabled();
    for (size_t i = 0; i < q.choices.size(); ++i) {
        int index = int(i);
        std::string label = q.choices[i];
        if (answered) {
            bool keyed = Contains(q.key, index);
            bool chosen = Contains(record.response, index);
            if (keyed) label = "\xE2\x9C\x93 " + label + (chosen ? " (your answer, correct)" : " (correct answer)");
            else if (chosen) label = "\xE2\x9C\x97 " + label + " (your answer, incorrect)";
        }
        std::string id = "quiz.choice." + std::to_string(i);
        bool picked = Contains(answered ? record.response : app.selection(), index);
        if (q.type == QuestionType::multiple_choice) {
            bool value = picked;
            if (Checkbox(id, label, &value)) out.push_back({Intent::Kind::toggle_choice, {}, index});
        } else if (Radio(id, label, picked)) {
            out.push_back({Intent::Kind::toggle_choice, {}, index});
        }
    }
    if (answered) ImGui::EndDisabled();
    ImGui::Spacing();
    if (!answered) {
        bool none = app.selection().empty();
        if (none) ImGui::BeginDisabled();
        if (Button("quiz.submit", "Check answer")) out.push_back({Intent::Kind::submit_answer, {}});
        if (none) ImGui::EndDisabled();
    } else {
        DrawFeedback(app, q, record);
        ImGui::Spacing();
        if (Button("quiz.next", k + 1 < n ? "Next question" : "See results")) out.push_back({Intent::Kind::next_question, {}});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Results
//-----------------------------------------------------------------------------

static void DrawResults(const App& app, Intents& out) {
    const QuizSession& session = *app.quiz_session();
    const Palette& p = Colors();
    char score[64];
    std::snprintf(score, sizeof score, "%.1f of %.0f", session.score(), session.max_score());
    bool passed = session.passed();
    Heading("quiz.result.title", std::string(passed ? "Passed: " : "Not passed yet: ") + Percent(session.scaled()), 2);
    Paragraph("quiz.result.score", std::string("Score ") + score + "; the pass mark is " + Percent(session.quiz().pass_mark) + ".",
              passed ? p.success_text : p.error_text);
    Heading("quiz.review.title", "Review", 2);
    for (size_t i = 0; i < session.quiz().questions.size(); ++i) {
        const Question& q = session.quiz().questions[i];
        const AnswerRecord& r = session.record(i);
        std::string mark = r.score >= 1 - 1e-9 ? "\xE2\x9C\x93 " : r.score > 0 ? "\xC2\xBD " : "\xE2\x9C\x97 ";
        Paragraph("quiz.review." + std::to_string(i), mark + q.prompt);
    }
    ImGui::Spacing();
    if (Button("quiz.restart", "Take the quiz again")) out.push_back({Intent::Kind::restart_quiz, {}});
    SameLineIfRoom("Back to home");
    if (Button("quiz.home", "Back to home", false)) out.push_back({Intent::Kind::go_home, {}});
}

void DrawQuizScreen(const App& app, Intents& out) {
    if (!app.quiz_session()) return;
    DrawTopBar(app, app.quiz_session()->quiz().title, out);
    if (app.quiz_session()->finished()) DrawResults(app, out);
    else DrawQuestion(app, out);
}

} // namespace srm::ui
