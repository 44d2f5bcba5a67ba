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
// app_room_summary.cpp, app_display.cpp, app_stack.cpp.
#include "app.h"
#include "worksheet_codec.h"
#include "screen_table.h"
#include "screens.h"
#include "diagram.h"
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
    if (quiz_.run_unsaved) requests_.push_back(SavedRunRequest());
    quiz_.run_unsaved = false;
    std::vector<PlatformRequest> out;
    out.swap(requests_);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] State description
//-----------------------------------------------------------------------------

void App::DescribeState(nlohmann::json& out) const {
    out["screen"] = screen_id(screen_);
    nlohmann::json models = nlohmann::json::array(), quizzes = nlohmann::json::array(), errors = nlohmann::json::array();
    for (const ResponsibilityModel& m : catalog_.models())
        models.push_back(
            {{"id", m.id}, {"title", m.title}, {"services", m.services.size()}, {"controls", m.controls.size()}});
    for (const Quiz& q : catalog_.quizzes())
        quizzes.push_back({{"id", q.id}, {"title", q.title}, {"questions", q.questions.size()}});
    for (const Diagnostic& d : catalog_.diagnostics()) errors.push_back(d.format());
    out["content"] = {{"models", models},
                      {"quizzes", quizzes},
                      {"lessons", catalog_.lessons().size()},
                      {"resource_groups", catalog_.resources().size()},
                      {"diagnostics", errors}};
    out["notices"] = notices_;
    out["look"] = {{"lang", Language()},
                   {"theme", theme_id(CurrentTheme())},
                   {"theme_choice", display_.theme},
                   {"text_size", display_.text_size},
                   {"embed", display_.embed},
                   {"parent_origin", display_.parent_origin}};
    if (explore_.model) {
        nlohmann::json settings = nlohmann::json::object();
        for (const auto& [setting, option] : explore_.settings_for(explore_.service_id)) settings[setting] = option;
        out["explore"] = {{"cloud", explore_.model->id},    {"view", explore_view_id(explore_.view)},
                          {"service", explore_.service_id}, {"compare", explore_.compare_id},
                          {"control", explore_.control_id}, {"filter", explore_.filter},
                          {"settings", settings},           {"line", explore_.line_shown}};
    }
    if (stack_.model)
        out["stack"] = {{"cloud", stack_.model->id},
                        {"code", worksheet_code(stack_.worksheet)},
                        {"services", worksheet_params(stack_.worksheet).services},
                        {"marks", worksheet_params(stack_.worksheet).marks}};
    if (learning_.lesson) out["lesson"] = learning_.lesson->id;
    out["lessons_read"] = learning_.progress.lessons_read;
    if (quiz_.session) {
        nlohmann::json asked = nlohmann::json::array();
        for (size_t i = 0; i < quiz_.session->size(); ++i) asked.push_back(quiz_.session->presented(i).question->id);
        out["quiz"] = {{"id", quiz_.session->quiz().id},
                       {"mode", quiz_.session->config().mode == QuizMode::exam ? "exam" : "practice"},
                       {"seed", quiz_.session->config().seed},
                       {"questions", asked},
                       {"question", quiz_.session->current_index()},
                       {"answered", quiz_.session->current_answered()},
                       {"finished", quiz_.session->finished()},
                       {"score", quiz_.session->score()},
                       {"max_score", quiz_.session->max_score()},
                       {"passed", quiz_.session->passed()},
                       {"wrong", quiz_.session->wrong_question_ids()}};
    }
    out["progress_code"] = progress_to_code(learning_.progress);
    const WorkshopState& w = workshop_;
    if (w.has_room) {
        nlohmann::json room = {{"code", w.code},           {"quiz", w.room.quiz_id},
                               {"count", w.room.count},    {"timer", w.room.timer_seconds},
                               {"join_link", join_link()}, {"participant", w.participant_run},
                               {"nickname", w.nickname},   {"team_run", w.team_run},
                               {"teams", w.teams},         {"qr", w.qr_size}};
        if (screen_ == Screen::present)
            room["present"] = {
                {"position", w.position},
                {"revealed", w.revealed},
                {"explained", w.explained},
                {"timer", {{"enabled", w.timer.enabled}, {"running", w.timer.running}, {"left", w.timer.remaining(now_)}}}};
        if (w.summary) {
            nlohmann::json rejected = nlohmann::json::array(), people = nlohmann::json::array();
            for (const RejectedCode& r : w.summary->rejected)
                rejected.push_back({{"line", r.line}, {"reason", english(r.reason)}});
            for (const RoomParticipant& p : w.summary->participants)
                people.push_back({{"nickname", p.nickname}, {"percent", p.percent}});
            room["summary"] = {{"participants", people}, {"rejected", rejected}, {"leaderboard", w.show_leaderboard}};
        }
        out["room"] = room;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Frame and animation
//-----------------------------------------------------------------------------

void App::Frame() {
    Theme theme = display_.system_dark ? Theme::dark : Theme::light;
    if (!display_.theme.empty()) parse_theme(display_.theme, theme);
    if (theme != CurrentTheme() || !page_.started) {
        SetTheme(theme);
        ApplyStyle(display_.scale);
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
    const ScreenRow& row = screen_row(screen_);
    std::string page = std::string(row.id) + (row.page ? row.page(*this) : "");
    bool new_page = page != page_.last_page;
    if (new_page) {
        ImGui::SetScrollY(0);
        page_.last_page = page;
    }
    // Keyboard focus also moves when the page changes state (a question answered: to "Next question").
    std::string focus_key = page + (row.focus ? row.focus(*this) : "");
    bool new_focus = focus_key != page_.last_focus_key;
    page_.last_focus_key = focus_key;
    // Content column: at most ~60em wide, centred, so long lines stay readable on wide screens. The
    // row's width is in CSS pixels at the learner's text size: a row's own larger type (the
    // presenter's) does not widen it.
    float max_width = (display_.embed ? 10000.0f : row.content_width) * display_.scale / row.text_scale;
    float avail = ImGui::GetContentRegionAvail().x;
    float width = avail < max_width ? avail : max_width;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushItemWidth(width);
    ImGui::Dummy(ImVec2(width, 0));
    DrawNotices(*this, intents);
    // Keyboard focus moves to the first control of a page the learner navigated to, so Tab
    // continues from there; on the first page (the learner has not started yet) only a focus that
    // waits unseen, as a question's answers take it.
    NoteInputKind(!page_.started);
    RequestInitialFocus(new_focus, !page_.started);
    page_.started = true;
    row.draw(*this, intents);
    RequestInitialFocus(false);
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    page_.content_height =
        ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY() + ImGui::GetStyle().WindowPadding.y;
    // Escape goes back one level (the row says where); at the top level it hands keyboard focus back to the page.
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::IsAnyItemActive() &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup)) {
        intents.push_back(row.escape);
    }
    ImGui::End();

    SetSemanticsTarget(nullptr);
    Announce(row, focus_key);
    for (const Intent& intent : intents) Apply(intent);
    page_.unsettled = !intents.empty() || new_page || new_focus;
}

// The first sentence of a text (explanations are announced that short).
static std::string FirstSentence(const std::string& text) {
    size_t end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end + 1);
}

void App::Announce(const ScreenRow& row, const std::string& page_key) {
    std::string words;
    auto say = [&](const char* id, bool first_sentence = false) {
        if (const SemanticNode* n = semantics_.find(id))
            words += (words.empty() ? "" : " ") + (first_sentence ? FirstSentence(n->label) : n->label);
    };
    if (page_key != page_.last_announced) {
        page_.last_announced = page_key;
        // The first group whose first widget was drawn, else the last group.
        for (size_t g = 0; g < row.announced.size(); ++g) {
            const SpokenGroup& group = row.announced[g];
            if (g + 1 < row.announced.size() && (group.empty() || !semantics_.find(group[0].id))) continue;
            for (const Spoken& spoken : group) say(spoken.id, spoken.first_sentence);
            break;
        }
    }
    if (notices_.size() < page_.notices_announced) page_.notices_announced = 0;
    for (; page_.notices_announced < notices_.size(); ++page_.notices_announced)
        words += (words.empty() ? "" : " ") + notices_[page_.notices_announced];
    if (!words.empty()) requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::announce, words));
}

// Where the line between customer and provider belongs on the stack for the chosen service and
// settings (see LinePlace); a service with no clean line keeps the place of its split.
float App::LineTarget() const {
    SettingChoice choice = explore_.settings_for(explore_.service_id);
    LineBoundary boundary = line_boundary(*explore_.model, explore_.service_id, choice);
    if (boundary.clean) return LinePlace(boundary);
    return float(split_of(*explore_.model, explore_.service_id, choice).provider_fraction);
}

// The line glides to its target.
void App::AdvanceAnimation() {
    if (!explore_.model || explore_.service_id.empty()) return;
    float target = LineTarget();
    if (explore_.line_shown < 0 || display_.reduced_motion) {
        explore_.line_shown = target;
        return;
    }
    float dt = ImGui::GetIO().DeltaTime;
    explore_.line_shown += (target - explore_.line_shown) * (1.0f - std::exp(-dt * 8.0f));
    if (std::fabs(target - explore_.line_shown) < 0.002f) explore_.line_shown = target;
}

bool App::WantsAnimation() const {
    return explore_.model && !explore_.service_id.empty() && screen_ == Screen::explore &&
           explore_.line_shown != LineTarget();
}

//-----------------------------------------------------------------------------
// [SECTION] Events and clock
//-----------------------------------------------------------------------------

void App::AnnounceReady() {
    if (page_.announced_ready) return;
    page_.announced_ready = true;
    Emit("ready", {{"quizzes", catalog_.quizzes().size()}, {"models", catalog_.models().size()}}, false);
}

void App::Emit(const std::string& type, nlohmann::json fields, bool learner_data) {
    if (learner_data && display_.parent_origin.empty()) return;
    fields["source"] = "srm-trainer";
    fields["version"] = 1;
    fields["type"] = type;
    requests_.push_back(
        PlatformRequest::event(fields.dump(), display_.parent_origin.empty() ? "*" : display_.parent_origin));
}

bool App::WantsClockTicks() const {
    if (screen_ == Screen::present) return workshop_.timer.running && workshop_.timer.remaining(now_) > -1;
    return screen_ == Screen::quiz && quiz_.session && quiz_.session->timed() && !quiz_.session->finished();
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::Apply(const Intent& intent) {
    std::visit([this](const auto& area) { ApplyArea(area); }, intent);
}

} // namespace srm::ui
