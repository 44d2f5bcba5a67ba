// The app's quiz-run intents (see intents.h): starting a run, building and checking each answer,
// finishing, retrying, and resuming a run saved by an earlier page; saving the run after every
// answer and recording results in the learner's progress.
//
// [SECTION] Runs
// [SECTION] Intents
#include "app.h"
#include "answers/answer_drawer.h"
#include "certificate.h"
#include "i18n.h"
#include <nlohmann/json.hpp>
#include <algorithm>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Runs
//-----------------------------------------------------------------------------

bool App::OffersCertificate() const {
    const QuizSession* s = quiz_.session.get();
    return s && s->finished() && s->passed() && !quiz_.learning_platform && !workshop_.participant_run &&
           !workshop_.team_run;
}

void App::StartQuiz(const Quiz& quiz, SessionConfig config) {
    quiz_.session = std::make_unique<QuizSession>(quiz, std::move(config), now_);
    workshop_.participant_run = workshop_.team_run = false; // a room's run sets these after starting
    screen_ = Screen::quiz;
    quiz_.resume = SavedRun();
    PrepareResponse();
    SaveRun();
    Emit("quiz_started",
         {{"quiz", quiz.id},
          {"mode", quiz_.session->config().mode == QuizMode::exam ? "exam" : "practice"},
          {"questions", quiz_.session->size()}},
         true);
}

static nlohmann::json ResponseJson(const Response& r) {
    nlohmann::json j = r.values;
    if (!r.parts.empty()) {
        j = nlohmann::json::array();
        for (const Response& p : r.parts) j.push_back(ResponseJson(p));
    }
    return j;
}

// An empty answer shaped for the current question; ordering starts from the shown order.
void App::PrepareResponse() {
    quiz_.response = Response();
    if (!quiz_.session || quiz_.session->finished()) return;
    const Presented& p = quiz_.session->current();
    answer_drawer(p.question->type).empty_response(*p.question, p.order, quiz_.response);
    for (size_t i = 0; i < p.question->parts.size(); ++i) {
        const Question& part = p.question->parts[i];
        quiz_.response.parts.emplace_back();
        answer_drawer(part.type).empty_response(part, p.part_orders[i], quiz_.response.parts.back());
    }
}

Response* App::EditedResponse(int part) {
    if (!quiz_.session || quiz_.session->finished() || quiz_.session->current_answered()) return nullptr;
    if (part < 0) return &quiz_.response;
    return size_t(part) < quiz_.response.parts.size() ? &quiz_.response.parts[size_t(part)] : nullptr;
}

static const Question* PartQuestion(const QuizSession& s, int part) {
    const Question* q = s.current().question;
    return part < 0 ? q : (size_t(part) < q->parts.size() ? &q->parts[size_t(part)] : nullptr);
}

// After a run: attempts and best score per quiz, and each concept's review box.
void App::RecordResults() {
    QuizRecord& r = learning_.progress.quizzes[quiz_.session->quiz().id];
    ++r.attempts;
    r.best_percent = std::max(r.best_percent, int(quiz_.session->scaled() * 100 + 0.5));
    int today = catalog_.today().empty() ? 0 : day_number_of(catalog_.today());
    r.last_day = today;
    for (const ConceptResult& c : quiz_.session->breakdown())
        learning_.progress.review.record(c.concept_id, c.score >= c.max - 1e-9, today);
    Emit("quiz_completed",
         {{"quiz", quiz_.session->quiz().id},
          {"score",
           {{"raw", quiz_.session->score()}, {"max", quiz_.session->max_score()}, {"scaled", quiz_.session->scaled()}}},
          {"passed", quiz_.session->passed()},
          {"duration", quiz_.session->elapsed(now_)}},
         true);
    requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_progress, progress_to_code(learning_.progress)));
}

// The run in progress is saved after every answer; a finished run clears it. It is written out
// when the platform takes the requests, after the frame that shows the answer is drawn.
void App::SaveRun() { quiz_.run_unsaved = true; }

PlatformRequest App::SavedRunRequest() const {
    bool keep = quiz_.session && workshop_.participant_run; // a participant's results code must survive a reload
    if (!quiz_.session || (quiz_.session->finished() && !keep))
        return PlatformRequest::of(PlatformRequest::Kind::save_run, "");
    SavedRun run;
    run.quiz_id = quiz_.session->quiz().id;
    run.config = quiz_.session->config();
    if (workshop_.participant_run) {
        run.room = workshop_.code;
        run.nickname = workshop_.nickname;
        run.finished = quiz_.session->finished();
    }
    bool in_order = true;
    for (size_t i = 0; i < quiz_.session->size(); ++i) {
        if (quiz_.session->flagged(i)) run.flags.push_back(i);
        if (!quiz_.session->record(i).answered) continue;
        in_order = in_order && run.positions.size() == i;
        run.answers.push_back(quiz_.session->record(i).response);
        run.positions.push_back(i);
    }
    if (in_order) run.positions.clear(); // the first answers in order: the format older runs have
    return PlatformRequest::of(PlatformRequest::Kind::save_run, saved_run_to_json(run));
}

void App::LoadRun(const std::string& saved) {
    if (saved.empty()) return;
    Problem problem;
    SavedRun run;
    if (!saved_run_from_json(saved, run, problem)) {
        notices_.push_back(Translate(problem));
        requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_run, ""));
        return;
    }
    if (catalog_.find_quiz(run.quiz_id)) quiz_.resume = std::move(run);
}

// Replaying the answers into a session with the same seed and settings restores a saved run.
void App::ResumeRun() {
    const Quiz* q = quiz_.resume.quiz_id.empty() ? nullptr : catalog_.find_quiz(quiz_.resume.quiz_id);
    if (!q) return;
    SavedRun run = quiz_.resume;
    StartQuiz(*q, run.config);
    QuizSession& session = *quiz_.session;
    for (size_t a = 0; a < run.answers.size() && !session.finished(); ++a) {
        size_t at = run.positions.empty() ? a : run.positions[a];
        // An answer that no longer fits its question (edited storage) ends the replay there.
        if (at >= session.size() || session.record(at).answered ||
            !response_fits(*session.presented(at).question, run.answers[a]))
            break;
        session.go_to(at, now_);
        session.answer(run.answers[a], now_);
    }
    for (size_t f : run.flags) session.set_flag(f, true);
    // The run goes on at the first unanswered question, or finishes with none left.
    size_t open = 0;
    while (open < session.size() && session.record(open).answered) ++open;
    if (open < session.size()) session.go_to(open, now_);
    else session.finish(now_);
    Problem problem;
    if (!run.room.empty() && OpenRoom(run.room, problem)) {
        workshop_.nickname = run.nickname;
        workshop_.participant_run = true;
    }
    PrepareResponse();
    if (quiz_.session->finished() && !run.finished) RecordResults(); // a finished run was recorded before
    SaveRun();
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::ApplyArea(const QuizIntent& intent) {
    std::visit(Overloaded{
                   [&](const intent::OpenQuizzes&) { screen_ = Screen::quizzes; },
                   [&](const intent::StartQuiz& i) {
                       if (const Quiz* q = catalog_.find_quiz(i.quiz_id)) {
                           SessionConfig config;
                           config.seed = quiz_.next_seed++;
                           config.mode = i.start.mode;
                           config.count = i.start.count;
                           config.time_limit_seconds = i.start.time_limit_minutes * 60;
                           config.concepts = i.start.concepts;
                           StartQuiz(*q, config);
                       }
                   },
                   [&](const intent::AnswerPick& i) {
                       Response* r = EditedResponse(i.part);
                       if (!r) return;
                       const Question* q = PartQuestion(*quiz_.session, i.part);
                       if (q && answer_drawer(q->type).picks_several) {
                           auto it = std::find(r->values.begin(), r->values.end(), i.choice);
                           if (it == r->values.end()) r->values.push_back(i.choice);
                           else r->values.erase(it);
                       } else {
                           r->values = {i.choice};
                       }
                   },
                   [&](const intent::AnswerPlace& i) {
                       if (Response* r = EditedResponse(i.part))
                           if (i.item >= 0 && size_t(i.item) < r->values.size()) r->values[size_t(i.item)] = i.owner;
                   },
                   [&](const intent::AnswerMove& i) {
                       Response* r = EditedResponse(i.part);
                       int to = i.position + i.step;
                       if (r && i.position >= 0 && to >= 0 && size_t(to) < r->values.size() &&
                           size_t(i.position) < r->values.size())
                           std::swap(r->values[size_t(i.position)], r->values[size_t(to)]);
                   },
                   [&](const intent::SubmitAnswer&) {
                       if (!quiz_.session || quiz_.session->finished() || quiz_.session->current_answered() ||
                           !response_complete(*quiz_.session->current().question, quiz_.response))
                           return;
                       const AnswerRecord& r = quiz_.session->answer(quiz_.response, now_);
                       const Question& q = *quiz_.session->current().question;
                       nlohmann::json answered = {{"quiz", quiz_.session->quiz().id},
                                                  {"question", q.id},
                                                  {"question_type", question_type_id(q.type)},
                                                  {"prompt", q.prompt},
                                                  {"response", ResponseJson(r.response)},
                                                  {"correct_response", ResponseJson(correct_response(q))},
                                                  {"correct", r.score >= 1 - 1e-9},
                                                  {"score", r.score},
                                                  {"concepts", q.concepts}};
                       if (q.type == QuestionType::line) answered["correct_range"] = {q.line_lowest, q.line_highest};
                       Emit("question_answered", answered, true);
                       SaveRun();
                       if (!quiz_.session->shows_feedback_now()) Apply(intent::NextQuestion{});
                   },
                   [&](const intent::NextQuestion&) {
                       if (!quiz_.session || !quiz_.session->current_answered()) return;
                       quiz_.session->next(now_);
                       PrepareResponse();
                       if (quiz_.session->finished()) {
                           RecordResults();
                           SaveRun();
                       }
                   },
                   [&](const intent::GoToQuestion& i) {
                       if (!quiz_.session || !quiz_.session->can_go_to(i.index)) return;
                       quiz_.session->go_to(i.index, now_);
                       PrepareResponse();
                   },
                   [&](const intent::ToggleFlag&) {
                       if (!quiz_.session || quiz_.session->finished() || quiz_.session->shows_feedback_now()) return;
                       size_t k = quiz_.session->current_index();
                       quiz_.session->set_flag(k, !quiz_.session->flagged(k));
                       SaveRun();
                   },
                   [&](const intent::FinishQuiz&) {
                       if (!quiz_.session || quiz_.session->finished()) return;
                       quiz_.session->finish(now_);
                       RecordResults();
                       SaveRun();
                   },
                   [&](const intent::ExtendTime&) {
                       if (quiz_.session && quiz_.session->timed()) quiz_.session->extend(5 * 60);
                   },
                   [&](const intent::RetryWrong&) {
                       if (!quiz_.session || !quiz_.session->finished() || quiz_.session->wrong_question_ids().empty())
                           return;
                       SessionConfig config;
                       config.seed = quiz_.next_seed++;
                       config.mode = QuizMode::practice;
                       config.only_questions = quiz_.session->wrong_question_ids();
                       StartQuiz(quiz_.session->quiz(), config);
                   },
                   [&](const intent::RestartQuiz&) {
                       if (!quiz_.session) return;
                       SessionConfig config = quiz_.session->config();
                       config.seed = quiz_.next_seed++;
                       StartQuiz(quiz_.session->quiz(), config);
                   },
                   [&](const intent::ResumeQuiz&) { ResumeRun(); },
                   [&](const intent::DiscardResume&) {
                       quiz_.resume = SavedRun();
                       quiz_.run_unsaved = false; // nothing of an earlier run is kept
                       requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_run, ""));
                   },
                   [&](const intent::OpenCertificate&) {
                       if (OffersCertificate()) screen_ = Screen::certificate;
                   },
                   [&](const intent::SetCertificateName& i) {
                       quiz_.certificate_name = i.text.size() > 4 * kCertificateNameMaxBytes
                                                    ? i.text.substr(0, 4 * kCertificateNameMaxBytes)
                                                    : i.text;
                   },
                   [&](const intent::PrintCertificate&) {
                       std::string name;
                       Problem problem;
                       if (screen_ == Screen::certificate && OffersCertificate() &&
                           clean_certificate_name(quiz_.certificate_name, name, problem))
                           requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::print));
                   },
                   [&](const intent::CloseCertificate&) { screen_ = quiz_.session ? Screen::quiz : Screen::quizzes; },
               },
               intent);
}

} // namespace srm::ui
