// The quiz screen: one question at a time (every type), feedback in words and marks (never
// colour alone) with the explanation and "learn more" links, a progress indicator, an optional
// time limit with "add 5 minutes", and the results: score, pass or fail, a per-concept bar chart
// naming misconceptions, a review of every answer and "retry wrong answers".
//
// [SECTION] Answer widgets, one per question type
// [SECTION] Feedback
// [SECTION] Question page
// [SECTION] Results
#include "owner_style.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "quiz_text.h"
#include "widgets.h"
#include <algorithm>
#include <cstdio>

namespace srm::ui {

static bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }
static const char* const kCheck = "\xE2\x9C\x93 ";
static const char* const kCross = "\xE2\x9C\x97 ";

//-----------------------------------------------------------------------------
// [SECTION] Answer widgets, one per question type
//-----------------------------------------------------------------------------
// `answered` shows the key: each widget then marks right and wrong answers in words.
// Ids: quiz[.part.<p>].choice.<display i> | .item.<i>.owner.<k> | .row.<i>.owner.<k> | .order.<pos>.up/down

struct AnswerContext {
    const Question& q;
    const std::vector<int>& order;   // display position -> original index
    const Response& response;
    bool answered;                   // show the key and the marks
    std::string prefix;              // semantic id prefix
    int part;                        // scenario part or -1
};

static void ChoiceAnswer(const AnswerContext& a, Intents& out) {
    if (a.q.type == QuestionType::multiple_choice) Paragraph(a.prefix + ".hint", T("Select every answer that applies."), Colors().text_muted);
    if (a.answered) ImGui::BeginDisabled();
    for (size_t pos = 0; pos < a.order.size(); ++pos) {
        int index = a.order[pos];
        std::string label = ChoiceLabel(a.q, index);
        bool picked = Contains(a.response.values, index);
        if (a.answered) {
            bool keyed = Contains(a.q.key, index);
            if (keyed) label = kCheck + (picked ? F("{1} (your answer, correct)", {label}) : F("{1} (correct answer)", {label}));
            else if (picked) label = kCross + F("{1} (your answer, incorrect)", {label});
        }
        std::string id = a.prefix + ".choice." + std::to_string(pos);
        if (a.q.type == QuestionType::multiple_choice) {
            bool value = picked;
            if (Checkbox(id, label, &value)) out.push_back(intent::AnswerPick(a.part, index));
        } else if (Radio(id, label, picked)) {
            out.push_back(intent::AnswerPick(a.part, index));
        }
    }
    if (a.answered) ImGui::EndDisabled();
}

// Classify and matrix: each item (row) gets one radio per owner. An item can also be dragged onto
// an owner button; the radios are the click and keyboard path for the same choice.
static void PlacementAnswer(const AnswerContext& a, Intents& out) {
    bool matrix = a.q.type == QuestionType::matrix;
    int owners = matrix ? 4 : 3;
    const char* kind = matrix ? ".row." : ".item.";
    for (size_t pos = 0; pos < a.order.size(); ++pos) {
        int index = a.order[pos];
        const std::string& text = matrix ? a.q.row_labels[size_t(index)] : a.q.items[size_t(index)].text;
        Owner key = matrix ? a.q.row_key[size_t(index)] : a.q.items[size_t(index)].owner;
        int placed = size_t(index) < a.response.values.size() ? a.response.values[size_t(index)] : -1;
        std::string base = a.prefix + kind + std::to_string(index);
        ImGui::PushID(base.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text.c_str());
        if (!a.answered && ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceAllowNullID)) {
            ImGui::SetDragDropPayload("srm-item", &index, sizeof index);
            ImGui::TextUnformatted(text.c_str());
            ImGui::EndDragDropSource();
        }
        RecordLastItem(base, "text", text);
        if (a.answered) ImGui::BeginDisabled();
        for (int k = 0; k < owners; ++k) {
            SameLineIfRoom(OwnerName(kAnswerOwners[k]), true);
            std::string label = OwnerName(kAnswerOwners[k]);
            if (a.answered && k == answer_owner_index(key))
                label = kCheck + label;
            else if (a.answered && k == placed)
                label = kCross + label;
            if (Radio(base + ".owner." + std::to_string(k), label, placed == k))
                out.push_back(intent::AnswerPlace(a.part, index, k));
            if (!a.answered && ImGui::BeginDragDropTarget()) {
                if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("srm-item"))
                    out.push_back(intent::AnswerPlace(a.part, *static_cast<const int*>(payload->Data), k));
                ImGui::EndDragDropTarget();
            }
        }
        if (a.answered) ImGui::EndDisabled();
        ImGui::PopID();
        ImGui::Separator();
    }
}

// Ordering: the learner's current order, with move up / move down buttons on every item.
static void OrderingAnswer(const AnswerContext& a, Intents& out) {
    const std::vector<int>& current = a.response.values;
    for (size_t pos = 0; pos < current.size(); ++pos) {
        int index = current[pos];
        std::string base = a.prefix + ".order." + std::to_string(pos);
        std::string text = std::to_string(pos + 1) + ". " + a.q.order[size_t(index)];
        if (a.answered) text = index == int(pos) ? kCheck + text : kCross + F("{1} (belongs at {2})", {text, std::to_string(index + 1)});
        ImGui::AlignTextToFramePadding();
        Paragraph(base, text);
        if (a.answered) continue;
        ImGui::SameLine();
        ImGui::BeginDisabled(pos == 0);
        if (Button(base + ".up", "\xE2\x86\x91", false, 0, F("Move up: {1}", {a.q.order[size_t(index)]})))
            out.push_back(intent::AnswerMove::up(a.part, int(pos)));
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(pos + 1 == current.size());
        if (Button(base + ".down", "\xE2\x86\x93", false, 0, F("Move down: {1}", {a.q.order[size_t(index)]})))
            out.push_back(intent::AnswerMove::down(a.part, int(pos)));
        ImGui::EndDisabled();
    }
}

static void AnswerWidget(const AnswerContext& a, Intents& out) {
    switch (a.q.type) {
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
    case QuestionType::true_false: ChoiceAnswer(a, out); break;
    case QuestionType::classify:
    case QuestionType::matrix: PlacementAnswer(a, out); break;
    case QuestionType::ordering: OrderingAnswer(a, out); break;
    case QuestionType::scenario: break;   // drawn part by part by the question page
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Feedback
//-----------------------------------------------------------------------------

static std::string Verdict(double score) {
    if (score >= 1.0 - 1e-9) return std::string(kCheck) + T("Correct.");
    if (score > 0) return F("Partly correct: {1} of the mark.", {Percent(score)});
    return std::string(kCross) + T("Not quite.");
}

// The feedback sentences of the choices the learner picked wrongly or missed.
// In the review a scenario shows its parts' sentences (on the question page each part has its own card).
static void ChoiceFeedback(const Question& q, const Response& response, const std::string& prefix) {
    for (size_t i = 0; i < q.parts.size() && i < response.parts.size(); ++i)
        ChoiceFeedback(q.parts[i], response.parts[i], prefix + ".part." + std::to_string(i));
    std::vector<std::string> lines = ChoiceFeedbackLines(q, response.values);
    for (size_t i = 0; i < lines.size(); ++i) Paragraph(prefix + ".choice." + std::to_string(i), lines[i]);
}

static void DrawFeedback(const Question& q, const Response& response, double score, const std::string& prefix) {
    const Palette& p = Colors();
    bool right = score >= 1.0 - 1e-9;
    BeginCard(right ? p.success : p.error, right ? p.success_text : p.error_text);
    ImGui::PushStyleColor(ImGuiCol_Text, right ? p.success_text : p.error_text);
    Heading(prefix + ".verdict", Verdict(score), 2);
    ImGui::PopStyleColor();
    ChoiceFeedback(q, response, prefix);
    Paragraph(prefix + ".explanation", q.explanation);
    for (size_t i = 0; i < q.sources.size(); ++i)
        Link(prefix + ".source." + std::to_string(i), i == 0 ? T("Learn more") : T("Another source"), q.sources[i]);
    EndCard();
}

//-----------------------------------------------------------------------------
// [SECTION] Question page
//-----------------------------------------------------------------------------

static void DrawTimer(const App& app, const QuizSession& session, Intents& out) {
    if (!session.timed()) return;
    double left = session.time_left(app.now());
    ImGui::AlignTextToFramePadding();
    Paragraph("quiz.timer", left > 0 ? F("Time left: {1}", {Clock(left)}) : T("Time is up."), left < 60 ? Colors().error_text : Colors().text_muted);
    SameLineIfRoom(T("Add 5 minutes"));
    if (Button("quiz.extend", T("Add 5 minutes"), false)) out.push_back(intent::ExtendTime{});
}

static void DrawQuestion(const App& app, Intents& out) {
    const QuizSession& session = *app.quiz_session();
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
        Paragraph("quiz.timeup", T("The time limit has passed. Add time to go on, or finish now: answers so far count, speed never does."));
        if (Button("quiz.finish", T("Finish and see results"))) out.push_back(intent::FinishQuiz{});
        return;
    }
    Heading("quiz.prompt", q.prompt, 2);
    bool answered = session.current_answered();
    const Response& response = answered ? session.record(k).response : app.response();
    if (!answered) InitialFocusHere();
    if (q.type == QuestionType::scenario) {
        BeginCard();
        Paragraph("quiz.case", q.case_text);
        EndCard();
        for (size_t i = 0; i < q.parts.size(); ++i) {
            const Question& part = q.parts[i];
            std::string prefix = "quiz.part." + std::to_string(i);
            ImGui::Spacing();
            Heading(prefix + ".prompt", std::to_string(i + 1) + ". " + part.prompt, 3);
            static const Response kEmpty;
            const Response& pr = i < response.parts.size() ? response.parts[i] : kEmpty;
            AnswerWidget({part, presented.part_orders[i], pr, answered, prefix, int(i)}, out);
            if (answered) DrawFeedback(part, pr, score_response(part, pr), prefix + ".feedback");
        }
    } else {
        AnswerWidget({q, presented.order, response, answered, "quiz", -1}, out);
    }
    ImGui::Spacing();
    if (!answered) {
        bool ready = response_complete(q, response);
        ImGui::BeginDisabled(!ready);
        const char* submit = session.shows_feedback_now() ? T("Check answer") : (k + 1 < n ? T("Save and next") : T("Save and finish"));
        if (Button("quiz.submit", submit)) out.push_back(intent::SubmitAnswer{});
        ImGui::EndDisabled();
        if (!ready) Paragraph("quiz.incomplete", IncompleteHint(q), Colors().text_muted);
    } else {
        DrawFeedback(q, response, session.record(k).score, "quiz.feedback");
        ImGui::Spacing();
        InitialFocusHere();
        if (Button("quiz.next", k + 1 < n ? T("Next question") : T("See results"))) out.push_back(intent::NextQuestion{});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Results
//-----------------------------------------------------------------------------

static std::string AnswerText(const Question& q, const Response& r) {
    std::string out;
    switch (q.type) {
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
    case QuestionType::true_false:
        for (int v : r.values) out += (out.empty() ? "" : "; ") + ChoiceLabel(q, v);
        break;
    case QuestionType::classify:
    case QuestionType::matrix:
        for (size_t i = 0; i < r.values.size(); ++i) {
            const std::string& what = q.type == QuestionType::matrix ? q.row_labels[i] : q.items[i].text;
            out += (out.empty() ? "" : "; ") + F("{1}: {2}", {what, r.values[i] >= 0 ? OwnerName(kAnswerOwners[r.values[i]]) : "?"});
        }
        break;
    case QuestionType::ordering:
        for (int v : r.values) out += (out.empty() ? "" : " > ") + q.order[size_t(v)];
        break;
    case QuestionType::scenario:
        for (size_t i = 0; i < r.parts.size() && i < q.parts.size(); ++i)
            out += (out.empty() ? "" : " | ") + AnswerText(q.parts[i], r.parts[i]);
        break;
    }
    return out.empty() ? T("(no answer)") : out;
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
        Paragraph("quiz.room.help", T("Copy it and send it to your facilitator (chat, email or a shared document). It holds your "
                                      "nickname, your answers and your score, nothing else."), p.text_muted);
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
            Paragraph("quiz.team." + std::to_string(t), F("{1}: {2} of {3} ({4})", {w.team_name(t), Number(score, 1), std::to_string(asked),
                                                                                     Percent(asked ? score / double(asked) : 0)}));
        }
        EndCard();
        ImGui::Spacing();
    }
}

static void DrawResults(const App& app, Intents& out) {
    const QuizSession& session = *app.quiz_session();
    const Palette& p = Colors();
    std::string score = F("{1} of {2}", {Number(session.score(), 1), Number(session.max_score(), 0)});
    bool passed = session.passed();
    InitialFocusHere();
    Heading("quiz.result.title", passed ? F("Passed: {1}", {Percent(session.scaled())}) : F("Not passed yet: {1}", {Percent(session.scaled())}), 2);
    int minutes = int(session.elapsed(app.now()) / 60 + 0.5);
    Paragraph("quiz.result.score", F("Score {1}; the pass mark is {2}. Time taken: about {3} min (time never counts).",
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
        Paragraph(id + ".answer", F("Your answer: {1}", {r.answered ? AnswerText(q, r.response) : std::string(T("(not answered)"))}), p.text_muted);
        if (r.answered) ChoiceFeedback(q, r.response, id + ".feedback");
        Paragraph(id + ".explanation", q.explanation);
        if (!q.sources.empty()) Link(id + ".source", T("Learn more"), q.sources[0]);
        EndCard();
    }
}

void DrawQuizScreen(const App& app, Intents& out) {
    if (!app.quiz_session()) return;
    const QuizSession& session = *app.quiz_session();
    DrawTopBar(app, session.config().mode == QuizMode::exam ? F("{1} (exam)", {session.quiz().title}) : session.quiz().title, out);
    if (session.finished()) DrawResults(app, out);
    else DrawQuestion(app, out);
}

} // namespace srm::ui
