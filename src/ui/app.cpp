// The application state machine and frame (see app.h).
//
// [SECTION] Names and construction
// [SECTION] State description
// [SECTION] Frame and animation
// [SECTION] Events and clock
// [SECTION] Intents
//
// Each area of intents is applied in its own file: app_navigation.cpp (and deep links),
// app_learning.cpp, app_explore.cpp, app_quiz.cpp, app_workshop.cpp, app_present.cpp,
// app_room_summary.cpp, app_display.cpp.
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
            for (const RejectedCode& r : w.summary->rejected) rejected.push_back({{"line", r.line}, {"reason", r.reason}});
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
        Intent back = screen_ == Screen::home ? Intent(intent::ReleaseFocus{})
                    : screen_ == Screen::lesson ? Intent(intent::OpenLessons{})
                    : screen_ == Screen::quiz ? Intent(intent::OpenQuizzes{})
                    : screen_ == Screen::present || screen_ == Screen::room_summary ? Intent(intent::OpenWorkshop{})
                    : Intent(intent::GoHome{});
        intents.push_back(back);
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
    if (!words.empty()) requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::announce, words));
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
// [SECTION] Events and clock
//-----------------------------------------------------------------------------

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
    requests_.push_back(PlatformRequest::event(fields.dump(), parent_origin_.empty() ? "*" : parent_origin_));
}

bool App::WantsClockTicks() const {
    if (screen_ == Screen::present) return workshop_.timer.running && workshop_.timer.remaining(now_) > -1;
    return screen_ == Screen::quiz && session_ && session_->timed() && !session_->finished();
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::Apply(const Intent& intent) {
    std::visit([this](const auto& area) { ApplyArea(area); }, intent);
}

} // namespace srm::ui
