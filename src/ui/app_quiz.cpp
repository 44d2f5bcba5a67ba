// The app's quiz-run intents (see intents.h): starting a run, building and checking each answer,
// finishing, retrying, and resuming a run saved by an earlier page; saving the run after every
// answer and recording results in the learner's progress.
//
// [SECTION] Runs
// [SECTION] Intents
#include "app.h"
#include "i18n.h"
#include <nlohmann/json.hpp>
#include <algorithm>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Runs
//-----------------------------------------------------------------------------

void App::StartQuiz(const Quiz& quiz, SessionConfig config) {
    session_ = std::make_unique<QuizSession>(quiz, std::move(config), now_);
    workshop_.participant_run = workshop_.team_run = false;   // a room's run sets these after starting
    screen_ = Screen::quiz;
    resume_ = SavedRun();
    PrepareResponse();
    SaveRun();
    Emit("quiz_started", {{"quiz", quiz.id}, {"mode", session_->config().mode == QuizMode::exam ? "exam" : "practice"},
                          {"questions", session_->size()}}, true);
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
    response_ = Response();
    if (!session_ || session_->finished()) return;
    const Presented& p = session_->current();
    auto shape = [](const Question& q, const std::vector<int>& order, Response& r) {
        if (q.type == QuestionType::classify || q.type == QuestionType::matrix) r.values.assign(q.answer_slots(), -1);
        if (q.type == QuestionType::ordering) r.values = order;
    };
    shape(*p.question, p.order, response_);
    for (size_t i = 0; i < p.question->parts.size(); ++i) {
        response_.parts.emplace_back();
        shape(p.question->parts[i], p.part_orders[i], response_.parts.back());
    }
}

Response* App::EditedResponse(int part) {
    if (!session_ || session_->finished() || session_->current_answered()) return nullptr;
    if (part < 0) return &response_;
    return size_t(part) < response_.parts.size() ? &response_.parts[size_t(part)] : nullptr;
}

static const Question* PartQuestion(const QuizSession& s, int part) {
    const Question* q = s.current().question;
    return part < 0 ? q : (size_t(part) < q->parts.size() ? &q->parts[size_t(part)] : nullptr);
}

// After a run: attempts and best score per quiz, and each concept's review box.
void App::RecordResults() {
    QuizRecord& r = progress_.quizzes[session_->quiz().id];
    ++r.attempts;
    r.best_percent = std::max(r.best_percent, int(session_->scaled() * 100 + 0.5));
    int today = catalog_.today().empty() ? 0 : day_number_of(catalog_.today());
    r.last_day = today;
    for (const ConceptResult& c : session_->breakdown()) progress_.review.record(c.concept_id, c.score >= c.max - 1e-9, today);
    Emit("quiz_completed", {{"quiz", session_->quiz().id},
                            {"score", {{"raw", session_->score()}, {"max", session_->max_score()}, {"scaled", session_->scaled()}}},
                            {"passed", session_->passed()}, {"duration", session_->elapsed(now_)}}, true);
    requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_progress, progress_to_code(progress_)));
}

// The run in progress, after every answer; a finished run clears it.
void App::SaveRun() {
    bool keep = session_ && workshop_.participant_run;   // a participant's results code must survive a reload
    if (!session_ || (session_->finished() && !keep)) {
        requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_run, ""));
        return;
    }
    SavedRun run;
    run.quiz_id = session_->quiz().id;
    run.config = session_->config();
    if (workshop_.participant_run) {
        run.room = workshop_.code;
        run.nickname = workshop_.nickname;
        run.finished = session_->finished();
    }
    for (size_t i = 0; i < session_->size() && session_->record(i).answered; ++i) run.answers.push_back(session_->record(i).response);
    requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_run, saved_run_to_json(run)));
}

void App::LoadRun(const std::string& saved) {
    if (saved.empty()) return;
    std::string problem;
    SavedRun run;
    if (!saved_run_from_json(saved, run, problem)) {
        notices_.push_back(Translate(problem));
        requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_run, ""));
        return;
    }
    if (catalog_.find_quiz(run.quiz_id)) resume_ = std::move(run);
}

// Replaying the answers into a session with the same seed and settings restores a saved run.
void App::ResumeRun() {
    const Quiz* q = resume_.quiz_id.empty() ? nullptr : catalog_.find_quiz(resume_.quiz_id);
    if (!q) return;
    SavedRun run = resume_;
    StartQuiz(*q, run.config);
    for (const Response& r : run.answers) {
        // An answer that no longer fits its question (edited storage) ends the replay there.
        if (session_->finished() || !response_fits(*session_->current().question, r)) break;
        session_->answer(r, now_);
        session_->next(now_);
    }
    std::string problem;
    if (!run.room.empty() && OpenRoom(run.room, problem)) {
        workshop_.nickname = run.nickname;
        workshop_.participant_run = true;
    }
    PrepareResponse();
    if (session_->finished() && !run.finished) RecordResults();   // a finished run was recorded before
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
                config.seed = next_seed_++;
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
            const Question* q = PartQuestion(*session_, i.part);
            if (q && q->type == QuestionType::multiple_choice) {
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
            if (r && i.position >= 0 && to >= 0 && size_t(to) < r->values.size() && size_t(i.position) < r->values.size())
                std::swap(r->values[size_t(i.position)], r->values[size_t(to)]);
        },
        [&](const intent::SubmitAnswer&) {
            if (!session_ || session_->finished() || session_->current_answered() ||
                !response_complete(*session_->current().question, response_))
                return;
            const AnswerRecord& r = session_->answer(response_, now_);
            const Question& q = *session_->current().question;
            Emit("question_answered", {{"quiz", session_->quiz().id}, {"question", q.id}, {"response", ResponseJson(r.response)},
                                       {"correct", r.score >= 1 - 1e-9}, {"score", r.score}, {"concepts", q.concepts}}, true);
            SaveRun();
            if (!session_->shows_feedback_now()) Apply(intent::NextQuestion{});
        },
        [&](const intent::NextQuestion&) {
            if (!session_ || !session_->current_answered()) return;
            session_->next(now_);
            PrepareResponse();
            if (session_->finished()) {
                RecordResults();
                SaveRun();
            }
        },
        [&](const intent::FinishQuiz&) {
            if (!session_ || session_->finished()) return;
            session_->finish(now_);
            RecordResults();
            SaveRun();
        },
        [&](const intent::ExtendTime&) {
            if (session_ && session_->timed()) session_->extend(5 * 60);
        },
        [&](const intent::RetryWrong&) {
            if (!session_ || !session_->finished() || session_->wrong_question_ids().empty()) return;
            SessionConfig config;
            config.seed = next_seed_++;
            config.mode = QuizMode::practice;
            config.only_questions = session_->wrong_question_ids();
            StartQuiz(session_->quiz(), config);
        },
        [&](const intent::RestartQuiz&) {
            if (!session_) return;
            SessionConfig config = session_->config();
            config.seed = next_seed_++;
            StartQuiz(session_->quiz(), config);
        },
        [&](const intent::ResumeQuiz&) { ResumeRun(); },
        [&](const intent::DiscardResume&) {
            resume_ = SavedRun();
            requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_run, ""));
        },
    }, intent);
}

} // namespace srm::ui
