// The application state machine and frame (see app.h).
//
// [SECTION] Names and construction
// [SECTION] State description
// [SECTION] Frame and animation
// [SECTION] Deep links and progress
// [SECTION] Quiz runs
// [SECTION] Intents
#include "app.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include "imgui.h"
#include <nlohmann/json.hpp>
#include <algorithm>
#include <cmath>

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Names and construction
//-----------------------------------------------------------------------------

const char* screen_id(Screen screen) {
    switch (screen) {
    case Screen::home: return "home";
    case Screen::explore: return "explore";
    case Screen::lessons: return "lessons";
    case Screen::lesson: return "lesson";
    case Screen::resources: return "resources";
    case Screen::quizzes: return "quizzes";
    case Screen::quiz: return "quiz";
    case Screen::progress: return "progress";
    case Screen::workshop: return "workshop";
    case Screen::join: return "join";
    case Screen::present: return "present";
    case Screen::room_summary: return "room-summary";
    }
    return "";
}

const char* explore_view_id(ExploreView view) {
    switch (view) {
    case ExploreView::diagram: return "diagram";
    case ExploreView::compare: return "compare";
    case ExploreView::matrix: return "matrix";
    }
    return "";
}

App::App(ContentCatalog catalog) : catalog_(std::move(catalog)) {}

std::vector<PlatformRequest> App::TakeRequests() {
    std::vector<PlatformRequest> out;
    out.swap(requests_);
    return out;
}

SettingChoice App::settings_for(const std::string& service_id) const {
    auto it = settings_.find(service_id);
    return it == settings_.end() ? SettingChoice() : it->second;
}

//-----------------------------------------------------------------------------
// [SECTION] State description
//-----------------------------------------------------------------------------

void App::DescribeState(nlohmann::json& out) const {
    out["screen"] = screen_id(screen_);
    nlohmann::json models = nlohmann::json::array(), quizzes = nlohmann::json::array(), errors = nlohmann::json::array();
    for (const ResponsibilityModel& m : catalog_.models())
        models.push_back({{"id", m.id}, {"title", m.title}, {"services", m.services.size()}, {"controls", m.controls.size()}});
    for (const Quiz& q : catalog_.quizzes())
        quizzes.push_back({{"id", q.id}, {"title", q.title}, {"questions", q.questions.size()}});
    for (const Diagnostic& d : catalog_.diagnostics()) errors.push_back(d.format());
    out["content"] = {{"models", models}, {"quizzes", quizzes}, {"lessons", catalog_.lessons().size()},
                      {"resource_groups", catalog_.resources().size()}, {"diagnostics", errors}};
    out["notices"] = notices_;
    out["look"] = {{"lang", Language()}, {"theme", theme_id(CurrentTheme())}, {"theme_choice", theme_}, {"text_size", text_size_},
                   {"embed", embed_}, {"parent_origin", parent_origin_}};
    if (model_) {
        nlohmann::json settings = nlohmann::json::object();
        for (const auto& [setting, option] : settings_for(service_id_)) settings[setting] = option;
        out["explore"] = {{"cloud", model_->id}, {"view", explore_view_id(explore_view_)}, {"service", service_id_},
                          {"compare", compare_id_}, {"control", control_id_}, {"filter", filter_},
                          {"settings", settings}, {"line", line_shown_}};
    }
    if (lesson_) out["lesson"] = lesson_->id;
    out["lessons_read"] = progress_.lessons_read;
    if (session_) {
        nlohmann::json asked = nlohmann::json::array();
        for (size_t i = 0; i < session_->size(); ++i) asked.push_back(session_->presented(i).question->id);
        out["quiz"] = {{"id", session_->quiz().id}, {"mode", session_->config().mode == QuizMode::exam ? "exam" : "practice"},
                       {"seed", session_->config().seed}, {"questions", asked},
                       {"question", session_->current_index()}, {"answered", session_->current_answered()},
                       {"finished", session_->finished()}, {"score", session_->score()},
                       {"max_score", session_->max_score()}, {"passed", session_->passed()},
                       {"wrong", session_->wrong_question_ids()}};
    }
    out["progress_code"] = progress_to_code(progress_);
    const WorkshopState& w = workshop_;
    if (w.has_room) {
        nlohmann::json room = {{"code", w.code}, {"quiz", w.room.quiz_id}, {"count", w.room.count}, {"timer", w.room.timer_seconds},
                               {"join_link", join_link()}, {"participant", w.participant_run}, {"nickname", w.nickname},
                               {"team_run", w.team_run}, {"teams", w.teams}, {"qr", w.qr_size}};
        if (screen_ == Screen::present)
            room["present"] = {{"position", w.position}, {"revealed", w.revealed}, {"explained", w.explained},
                               {"timer", {{"enabled", w.timer.enabled}, {"running", w.timer.running}, {"left", w.timer.remaining(now_)}}}};
        if (w.summary) {
            nlohmann::json rejected = nlohmann::json::array(), people = nlohmann::json::array();
            for (const RejectedCode& r : w.summary->rejected) rejected.push_back({{"line", r.line}, {"reason", english(r.reason)}});
            for (const RoomParticipant& p : w.summary->participants) people.push_back({{"nickname", p.nickname}, {"percent", p.percent}});
            room["summary"] = {{"participants", people}, {"rejected", rejected}, {"leaderboard", w.show_leaderboard}};
        }
        out["room"] = room;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Frame and animation
//-----------------------------------------------------------------------------

void App::Frame() {
    Theme theme = system_dark_ ? Theme::dark : Theme::light;
    if (!theme_.empty()) parse_theme(theme_, theme);
    if (theme != CurrentTheme() || !started_) {
        SetTheme(theme);
        ApplyStyle(scale_);
    }
    AnnounceReady();
    semantics_.begin_frame();
    SetSemanticsTarget(&semantics_);
    AdvanceAnimation();
    Intents intents;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##srm-root", nullptr, flags);
    // A new page starts at its top, not at the previous page's scroll position.
    std::string page = std::string(screen_id(screen_)) + (lesson_ && screen_ == Screen::lesson ? "/" + lesson_->id : "");
    if (session_ && screen_ == Screen::quiz)
        page += "/" + std::to_string(session_->current_index()) + (session_->finished() ? "/results" : "");
    bool new_page = page != last_page_;
    if (new_page) {
        ImGui::SetScrollY(0);
        last_page_ = page;
    }
    // Keyboard focus also moves when a question is answered: to "Next question".
    std::string focus_key = page + (session_ && screen_ == Screen::quiz && session_->current_answered() ? "/answered" : "");
    bool new_focus = focus_key != last_focus_key_;
    last_focus_key_ = focus_key;
    // Content column: at most ~60em wide, centred, so long lines stay readable on wide screens.
    float max_width = (embed_ ? 10000.0f : screen_ == Screen::present || screen_ == Screen::room_summary ? 1400.0f : 960.0f) * scale_;
    float avail = ImGui::GetContentRegionAvail().x;
    float width = avail < max_width ? avail : max_width;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushItemWidth(width);
    ImGui::Dummy(ImVec2(width, 0));
    DrawNotices(*this, intents);
    // Keyboard focus moves to the first control of a page the learner navigated to, so Tab
    // continues from there (not on the first page: the learner has not started yet).
    RequestInitialFocus(new_focus && started_);
    started_ = true;
    switch (screen_) {
    case Screen::home: DrawHomeScreen(*this, intents); break;
    case Screen::explore: DrawExploreScreen(*this, intents); break;
    case Screen::lessons: DrawLessonsScreen(*this, intents); break;
    case Screen::lesson: DrawLessonScreen(*this, intents); break;
    case Screen::resources: DrawResourcesScreen(*this, intents); break;
    case Screen::quizzes: DrawQuizzesScreen(*this, intents); break;
    case Screen::progress: DrawProgressScreen(*this, intents); break;
    case Screen::quiz: DrawQuizScreen(*this, intents); break;
    case Screen::workshop: DrawWorkshopScreen(*this, intents); break;
    case Screen::join: DrawJoinScreen(*this, intents); break;
    case Screen::present: DrawPresentScreen(*this, intents); break;
    case Screen::room_summary: DrawRoomSummaryScreen(*this, intents); break;
    }
    RequestInitialFocus(false);
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    content_height_ = ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY() + ImGui::GetStyle().WindowPadding.y;
    // Escape goes back one level; at the top level it hands keyboard focus back to the page.
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::IsAnyItemActive() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup)) {
        Intent::Kind back = screen_ == Screen::home ? Intent::Kind::release_focus
                          : screen_ == Screen::lesson ? Intent::Kind::open_lessons
                          : screen_ == Screen::quiz ? Intent::Kind::open_quizzes
                          : screen_ == Screen::present || screen_ == Screen::room_summary ? Intent::Kind::open_workshop
                          : Intent::Kind::go_home;
        intents.push_back({back, {}});
    }
    ImGui::End();

    SetSemanticsTarget(nullptr);
    Announce(focus_key);
    for (const Intent& intent : intents) Apply(intent);
}

// The first sentence of a text (explanations are announced that short).
static std::string FirstSentence(const std::string& text) {
    size_t end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end + 1);
}

void App::Announce(const std::string& page_key) {
    std::string words;
    auto say = [&](const char* id, bool first_sentence = false) {
        if (const SemanticNode* n = semantics_.find(id))
            words += (words.empty() ? "" : " ") + (first_sentence ? FirstSentence(n->label) : n->label);
    };
    if (page_key != last_announced_) {
        last_announced_ = page_key;
        if (semantics_.find("quiz.feedback.verdict")) {
            say("quiz.feedback.verdict");
            say("quiz.feedback.explanation", true);
        } else if (semantics_.find("quiz.result.title")) {
            say("quiz.result.title");
            say("quiz.result.score");
        } else {
            say("screen.title");
            say("errors.title");   // content that failed to load, named on the home screen
            say("quiz.progress");
            say("quiz.team");
            say("quiz.prompt");
            say("present.progress");
            say("present.prompt");
        }
    }
    if (notices_.size() < notices_announced_) notices_announced_ = 0;
    for (; notices_announced_ < notices_.size(); ++notices_announced_) words += (words.empty() ? "" : " ") + notices_[notices_announced_];
    if (!words.empty()) requests_.push_back({PlatformRequest::Kind::announce, words});
}

// Where the line between customer and provider belongs for the chosen service and settings.
float App::LineTarget() const {
    return float(split_of(*model_, service_id_, settings_for(service_id_)).provider_fraction);
}

// The line glides to its target.
void App::AdvanceAnimation() {
    if (!model_ || service_id_.empty()) return;
    float target = LineTarget();
    if (line_shown_ < 0 || reduced_motion_) { line_shown_ = target; return; }
    float dt = ImGui::GetIO().DeltaTime;
    line_shown_ += (target - line_shown_) * (1.0f - std::exp(-dt * 8.0f));
    if (std::fabs(target - line_shown_) < 0.002f) line_shown_ = target;
}

bool App::WantsAnimation() const {
    return model_ && !service_id_.empty() && screen_ == Screen::explore && line_shown_ != LineTarget();
}

//-----------------------------------------------------------------------------
// [SECTION] Deep links and progress
//-----------------------------------------------------------------------------

void App::ApplyDeepLink(const DeepLink& link) {
    for (const Problem& notice : link.notices) notices_.push_back(Translate(notice));
    if (!link.theme.empty()) theme_ = link.theme;
    if (link.text_size) text_size_ = link.text_size;
    embed_ = link.embed;
    if (!link.parent_origin.empty()) parent_origin_ = link.parent_origin;
    AnnounceReady();   // before any event the link itself causes (a quiz starting)
    auto unknown = [&](const char* what, const std::string& id) {
        notices_.push_back(F("Ignored {1}=\"{2}\": no such {1} was loaded.", {what, id}));
    };
    if (!link.room.empty()) {
        Problem problem;
        if (!OpenRoom(link.room, problem)) {
            notices_.push_back(F("Ignored room=\"{1}\": {2}", {link.room, Translate(problem)}));
            return;
        }
        if (link.mode == "present") Apply({Intent::Kind::open_present, {}});
        else if (link.mode == "summary") Apply({Intent::Kind::open_room_summary, {}});
        else if (link.mode == "team") Apply({Intent::Kind::open_workshop, {}});
        else if (resume_.room == workshop_.code) Apply({Intent::Kind::resume_quiz, {}});   // a participant reloading
        else screen_ = Screen::join;
        return;
    }
    if (!link.quiz.empty() && (link.view.empty() || link.view == "quiz")) {
        bool same_mode = link.mode.empty() || (link.mode == "exam") == (resume_.config.mode == QuizMode::exam);
        if (resume_.quiz_id == link.quiz && (!link.seed || link.seed == resume_.config.seed) && same_mode) {
            // Reloading the page of a quiz in progress continues it.
            Apply({Intent::Kind::resume_quiz, {}});
            notices_.push_back(T("Resumed your quiz where you left off."));
        } else if (const Quiz* q = catalog_.find_quiz(link.quiz)) {
            SessionConfig config;
            config.seed = link.seed ? link.seed : next_seed_++;
            config.mode = link.mode == "exam" ? QuizMode::exam : QuizMode::practice;
            StartQuiz(*q, config);
        } else {
            unknown("quiz", link.quiz);
        }
        return;
    }
    if (link.view == "quiz") { Apply({Intent::Kind::open_quizzes, {}}); return; }
    if (link.view == "lessons") { Apply({Intent::Kind::open_lessons, {}}); return; }
    if (link.view == "resources") { Apply({Intent::Kind::open_resources, {}}); return; }
    if (link.view == "lesson" || !link.lesson.empty()) {
        if (catalog_.find_lesson(link.lesson)) Apply({Intent::Kind::open_lesson, link.lesson});
        else if (!link.lesson.empty()) unknown("lesson", link.lesson);
        return;
    }
    bool explore = link.view == "explore" || link.view == "compare" || link.view == "matrix" ||
                   (link.view.empty() && (!link.cloud.empty() || !link.service.empty()));
    if (!explore) return;
    const ResponsibilityModel* m = link.cloud.empty() ? nullptr : catalog_.find_model(link.cloud);
    if (!link.cloud.empty() && !m) unknown("cloud", link.cloud);
    if (!m && !catalog_.models().empty()) m = &catalog_.models()[0];
    if (!m) return;
    OpenModel(m);
    screen_ = Screen::explore;
    if (!link.service.empty()) {
        if (m->find_service(link.service)) service_id_ = link.service;
        else unknown("service", link.service);
    }
    if (!link.compare.empty()) {
        if (m->find_service(link.compare)) { compare_id_ = link.compare; explore_view_ = ExploreView::compare; }
        else unknown("service", link.compare);
    }
    if (!link.control.empty()) {
        if (m->find_control(link.control)) control_id_ = link.control;
        else unknown("control", link.control);
    }
    if (link.view == "compare") explore_view_ = ExploreView::compare;
    if (link.view == "matrix") explore_view_ = ExploreView::matrix;
    line_shown_ = -1;   // a link opens in place, without animating from elsewhere
}

void App::LoadProgress(const std::string& saved) {
    if (saved.empty()) return;
    Problem problem;
    if (!progress_from_code(saved, progress_, problem)) {
        notices_.push_back(F("{1} A copy of it is kept in this browser.", {Translate(problem)}));
        requests_.push_back({PlatformRequest::Kind::backup_progress, saved});
    }
}

// The learner's text size, and larger still in the presenter view, read from across a room.
float App::text_scale() const {
    constexpr float kPresenterTextScale = 1.6f;
    return float(text_size_) / 100.0f * (screen_ == Screen::present ? kPresenterTextScale : 1.0f);
}

void App::LoadDisplay(const std::string& saved) {
    DeepLink display = parse_deep_link(saved, Languages());
    language_chosen_ = !display.lang.empty();
    if (!display.theme.empty()) theme_ = display.theme;
    if (display.text_size) text_size_ = display.text_size;
}

void App::LoadRun(const std::string& saved) {
    if (saved.empty()) return;
    Problem problem;
    SavedRun run;
    if (!saved_run_from_json(saved, run, problem)) {
        notices_.push_back(Translate(problem));
        requests_.push_back({PlatformRequest::Kind::save_run, ""});
        return;
    }
    if (catalog_.find_quiz(run.quiz_id)) resume_ = std::move(run);
}

void App::AnnounceReady() {
    if (announced_ready_) return;
    announced_ready_ = true;
    Emit("ready", {{"quizzes", catalog_.quizzes().size()}, {"models", catalog_.models().size()}}, false);
}

void App::Emit(const std::string& type, nlohmann::json fields, bool learner_data) {
    if (learner_data && parent_origin_.empty()) return;
    fields["source"] = "srm-trainer";
    fields["version"] = 1;
    fields["type"] = type;
    requests_.push_back({PlatformRequest::Kind::post_event, fields.dump(), parent_origin_.empty() ? "*" : parent_origin_});
}

// The run in progress, after every answer; a finished run clears it.
void App::SaveRun() {
    bool keep = session_ && workshop_.participant_run;   // a participant's results code must survive a reload
    if (!session_ || (session_->finished() && !keep)) {
        requests_.push_back({PlatformRequest::Kind::save_run, ""});
        return;
    }
    SavedRun run{session_->quiz().id, session_->config(), {}, {}, {}};
    if (workshop_.participant_run) {
        run.room = workshop_.code;
        run.nickname = workshop_.nickname;
        run.finished = session_->finished();
    }
    for (size_t i = 0; i < session_->size() && session_->record(i).answered; ++i) run.answers.push_back(session_->record(i).response);
    requests_.push_back({PlatformRequest::Kind::save_run, saved_run_to_json(run)});
}

std::map<std::string, std::vector<std::string>> App::due_reviews() const {
    std::map<std::string, std::vector<std::string>> out;
    if (catalog_.today().empty()) return out;
    std::vector<std::string> due = progress_.review.due(day_number_of(catalog_.today()));
    for (const Quiz& q : catalog_.quizzes())
        for (const std::string& c : due) {
            bool taught = false;
            for (const Question& question : q.questions)
                taught = taught || std::find(question.concepts.begin(), question.concepts.end(), c) != question.concepts.end();
            if (taught) out[q.id].push_back(c);
        }
    return out;
}

bool App::WantsClockTicks() const {
    if (screen_ == Screen::present) return workshop_.timer.running && workshop_.timer.remaining(now_) > -1;
    return screen_ == Screen::quiz && session_ && session_->timed() && !session_->finished();
}

//-----------------------------------------------------------------------------
// [SECTION] Quiz runs
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
    requests_.push_back({PlatformRequest::Kind::save_progress, progress_to_code(progress_)});
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::OpenModel(const ResponsibilityModel* m) {
    if (model_ != m) {
        model_ = m;
        service_id_ = m->services.empty() ? "" : m->services[0].id;
        compare_id_ = m->services.size() > 1 ? m->services[1].id : service_id_;
        control_id_.clear();
        category_filter_.clear();
        line_shown_ = -1;
    }
}

void App::Apply(const Intent& intent) {
    switch (intent.kind) {
    case Intent::Kind::go_home:
        screen_ = Screen::home;
        break;
    case Intent::Kind::open_explore:
        if (const ResponsibilityModel* m = catalog_.find_model(intent.id)) {
            OpenModel(m);
            screen_ = Screen::explore;
        }
        break;
    case Intent::Kind::set_explore_view:
        if (intent.index >= 0 && intent.index <= int(ExploreView::matrix)) explore_view_ = ExploreView(intent.index);
        break;
    case Intent::Kind::choose_service:
        if (model_ && model_->find_service(intent.id)) service_id_ = intent.id;
        break;
    case Intent::Kind::choose_compare:
        if (model_ && model_->find_service(intent.id)) compare_id_ = intent.id;
        break;
    case Intent::Kind::choose_setting:
        if (const Service* s = model_ ? model_->find_service(service_id_) : nullptr)
            if (const Setting* setting = s->find_setting(intent.id))
                for (const SettingOption& o : setting->options)
                    if (o.id == intent.option) settings_[service_id_][setting->id] = o.id;
        break;
    case Intent::Kind::choose_control:
        if (model_ && model_->find_control(intent.id)) control_id_ = control_id_ == intent.id ? "" : intent.id;
        break;
    case Intent::Kind::select_cell:
        if (model_ && model_->find_service(intent.id) && model_->find_control(intent.option)) {
            service_id_ = intent.id;
            control_id_ = intent.option;
        }
        break;
    case Intent::Kind::copy_cell:
        // One line a team can paste into its own compliance notes.
        if (model_) {
            const Control* control = model_->find_control(intent.id);
            const Service* service = model_->find_service(service_id_);
            const Ownership* o = owner_of(*model_, service_id_, intent.id, settings_for(service_id_));
            if (control && service && o)
                ImGui::SetClipboardText((control->label + ", " + service->name + ": " + model_->owner_label(*o) + ". " +
                                         o->explanation + " Source: " + o->source + " (checked " + o->last_verified + ")").c_str());
        }
        break;
    case Intent::Kind::set_filter:
        filter_ = intent.id;
        break;
    case Intent::Kind::set_owner_filter:
        owner_filter_ = intent.index;
        break;
    case Intent::Kind::set_category_filter:
        category_filter_ = intent.id;
        break;
    case Intent::Kind::open_lessons:
        screen_ = Screen::lessons;
        break;
    case Intent::Kind::open_lesson:
        if (const Lesson* l = catalog_.find_lesson(intent.id)) {
            lesson_ = l;
            screen_ = Screen::lesson;
            if (progress_.lessons_read.insert(l->id).second)
                requests_.push_back({PlatformRequest::Kind::save_progress, progress_to_code(progress_)});
        }
        break;
    case Intent::Kind::open_resources:
        screen_ = Screen::resources;
        break;
    case Intent::Kind::open_deep_link:
        ApplyDeepLink(parse_deep_link(intent.id));
        break;
    case Intent::Kind::dismiss_notices:
        notices_.clear();
        break;
    case Intent::Kind::open_quizzes:
        screen_ = Screen::quizzes;
        break;
    case Intent::Kind::start_quiz:
        if (const Quiz* q = catalog_.find_quiz(intent.id)) {
            SessionConfig config;
            config.seed = next_seed_++;
            config.mode = intent.start.mode;
            config.count = intent.start.count;
            config.time_limit_seconds = intent.start.time_limit_minutes * 60;
            config.concepts = intent.start.concepts;
            StartQuiz(*q, config);
        }
        break;
    case Intent::Kind::answer_pick:
        if (Response* r = EditedResponse(intent.part)) {
            const Question* q = PartQuestion(*session_, intent.part);
            if (q && q->type == QuestionType::multiple_choice) {
                auto it = std::find(r->values.begin(), r->values.end(), intent.index);
                if (it == r->values.end()) r->values.push_back(intent.index);
                else r->values.erase(it);
            } else {
                r->values = {intent.index};
            }
        }
        break;
    case Intent::Kind::answer_place:
        if (Response* r = EditedResponse(intent.part))
            if (intent.index >= 0 && size_t(intent.index) < r->values.size()) r->values[size_t(intent.index)] = intent.value;
        break;
    case Intent::Kind::answer_move:
        if (Response* r = EditedResponse(intent.part)) {
            int to = intent.index + intent.value;
            if (intent.index >= 0 && to >= 0 && size_t(to) < r->values.size() && size_t(intent.index) < r->values.size())
                std::swap(r->values[size_t(intent.index)], r->values[size_t(to)]);
        }
        break;
    case Intent::Kind::submit_answer:
        if (session_ && !session_->finished() && !session_->current_answered() &&
            response_complete(*session_->current().question, response_)) {
            const AnswerRecord& r = session_->answer(response_, now_);
            const Question& q = *session_->current().question;
            Emit("question_answered", {{"quiz", session_->quiz().id}, {"question", q.id}, {"response", ResponseJson(r.response)},
                                       {"correct", r.score >= 1 - 1e-9}, {"score", r.score}, {"concepts", q.concepts}}, true);
            SaveRun();
            if (!session_->shows_feedback_now()) Apply({Intent::Kind::next_question, {}});
        }
        break;
    case Intent::Kind::next_question:
        if (session_ && session_->current_answered()) {
            session_->next(now_);
            PrepareResponse();
            if (session_->finished()) {
                RecordResults();
                SaveRun();
            }
        }
        break;
    case Intent::Kind::finish_quiz:
        if (session_ && !session_->finished()) {
            session_->finish(now_);
            RecordResults();
            SaveRun();
        }
        break;
    case Intent::Kind::extend_time:
        if (session_ && session_->timed()) session_->extend(5 * 60);
        break;
    case Intent::Kind::retry_wrong:
        if (session_ && session_->finished() && !session_->wrong_question_ids().empty()) {
            SessionConfig config;
            config.seed = next_seed_++;
            config.mode = QuizMode::practice;
            config.only_questions = session_->wrong_question_ids();
            StartQuiz(session_->quiz(), config);
        }
        break;
    case Intent::Kind::restart_quiz:
        if (session_) {
            SessionConfig config = session_->config();
            config.seed = next_seed_++;
            StartQuiz(session_->quiz(), config);
        }
        break;
    case Intent::Kind::resume_quiz:
        if (const Quiz* q = resume_.quiz_id.empty() ? nullptr : catalog_.find_quiz(resume_.quiz_id)) {
            SavedRun run = resume_;
            StartQuiz(*q, run.config);
            // Replaying the answers into a session with the same seed and settings restores it.
            for (const Response& r : run.answers) {
                // An answer that no longer fits its question (edited storage) ends the replay there.
                if (session_->finished() || !response_fits(*session_->current().question, r)) break;
                session_->answer(r, now_);
                session_->next(now_);
            }
            Problem problem;
            if (!run.room.empty() && OpenRoom(run.room, problem)) {
                workshop_.nickname = run.nickname;
                workshop_.participant_run = true;
            }
            PrepareResponse();
            if (session_->finished() && !run.finished) RecordResults();   // a finished run was recorded before
            SaveRun();
        }
        break;
    case Intent::Kind::discard_resume:
        resume_ = SavedRun();
        requests_.push_back({PlatformRequest::Kind::save_run, ""});
        break;
    case Intent::Kind::open_progress:
        screen_ = Screen::progress;
        break;
    case Intent::Kind::copy_progress_code:
        ImGui::SetClipboardText(progress_to_code(progress_).c_str());
        notices_.push_back(T("Your progress code is on the clipboard."));
        break;
    case Intent::Kind::set_import_draft:
        import_draft_ = intent.id;
        break;
    case Intent::Kind::import_progress_code: {
        Progress imported;
        Problem problem;
        if (progress_from_code(intent.id, imported, problem)) {
            progress_ = std::move(imported);
            notices_.push_back(T("Progress imported."));
            import_draft_.clear();
            requests_.push_back({PlatformRequest::Kind::save_progress, progress_to_code(progress_)});
        } else {
            notices_.push_back(F("That progress code could not be used: {1}.", {Translate(imported_code_problem(problem))}));
        }
        break;
    }
    case Intent::Kind::release_focus:
        requests_.push_back({PlatformRequest::Kind::release_focus, {}});
        break;
    case Intent::Kind::set_theme:
    case Intent::Kind::set_text_size:
    case Intent::Kind::set_language: {
        Theme parsed;
        if (intent.kind == Intent::Kind::set_theme && (intent.id.empty() || parse_theme(intent.id, parsed))) theme_ = intent.id;
        if (intent.kind == Intent::Kind::set_text_size) text_size_ = std::clamp(intent.value, 100, 200);
        bool switching = intent.kind == Intent::Kind::set_language && intent.id != Language() &&
                         std::find(Languages().begin(), Languages().end(), intent.id) != Languages().end();
        DeepLink display;
        display.theme = theme_;
        display.text_size = text_size_ == 100 ? 0 : text_size_;
        display.lang = switching ? intent.id : language_chosen_ ? Language() : "";
        language_chosen_ = language_chosen_ || switching;
        std::string saved = format_deep_link(display);
        requests_.push_back({PlatformRequest::Kind::save_display, saved.empty() ? "" : saved.substr(1)});
        // Content in the other language is fetched and checked at start: the page reloads in it.
        if (switching) requests_.push_back({PlatformRequest::Kind::switch_language, intent.id});
        break;
    }
    case Intent::Kind::open_workshop: case Intent::Kind::set_room_quiz: case Intent::Kind::set_room_count:
    case Intent::Kind::set_room_timer: case Intent::Kind::new_room: case Intent::Kind::copy_join_link:
    case Intent::Kind::set_join_draft: case Intent::Kind::join_room: case Intent::Kind::set_nickname_draft:
    case Intent::Kind::start_room_run: case Intent::Kind::copy_results_code: case Intent::Kind::open_present:
    case Intent::Kind::present_go: case Intent::Kind::present_reveal: case Intent::Kind::present_explain:
    case Intent::Kind::timer_toggle: case Intent::Kind::timer_extend: case Intent::Kind::timer_reset:
    case Intent::Kind::timer_enable: case Intent::Kind::open_room_summary: case Intent::Kind::set_pasted:
    case Intent::Kind::toggle_leaderboard: case Intent::Kind::download_csv: case Intent::Kind::copy_csv:
    case Intent::Kind::set_team_name: case Intent::Kind::add_team: case Intent::Kind::remove_team:
    case Intent::Kind::start_team_run:
        ApplyWorkshop(intent);
        break;
    }
}

} // namespace srm::ui
