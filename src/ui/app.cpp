// The application state machine and frame (see app.h).
//
// [SECTION] Construction and state description
// [SECTION] Frame
// [SECTION] Intents
#include "app.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"
#include "imgui.h"
#include <nlohmann/json.hpp>
#include <algorithm>

namespace srm::ui {

const char* screen_id(Screen screen) {
    switch (screen) {
    case Screen::home: return "home";
    case Screen::model: return "model";
    case Screen::quiz: return "quiz";
    }
    return "";
}

//-----------------------------------------------------------------------------
// [SECTION] Construction and state description
//-----------------------------------------------------------------------------

App::App(ContentCatalog catalog) : catalog_(std::move(catalog)) {}

std::vector<PlatformRequest> App::TakeRequests() {
    std::vector<PlatformRequest> out;
    out.swap(requests_);
    return out;
}

void App::DescribeState(nlohmann::json& out) const {
    out["screen"] = screen_id(screen_);
    nlohmann::json models = nlohmann::json::array(), quizzes = nlohmann::json::array(), errors = nlohmann::json::array();
    for (const ResponsibilityModel& m : catalog_.models())
        models.push_back({{"id", m.id}, {"title", m.title}, {"services", m.services.size()}, {"controls", m.controls.size()}});
    for (const Quiz& q : catalog_.quizzes())
        quizzes.push_back({{"id", q.id}, {"title", q.title}, {"questions", q.questions.size()}});
    for (const Diagnostic& d : catalog_.diagnostics()) errors.push_back(d.format());
    out["content"] = {{"models", models}, {"quizzes", quizzes}, {"diagnostics", errors}};
    if (model_)
        out["model"] = {{"id", model_->id}, {"service", service_id_}, {"control", control_id_}, {"filter", filter_}};
    if (session_) {
        out["quiz"] = {{"id", session_->quiz().id}, {"question", session_->current_index()},
                       {"finished", session_->finished()}, {"score", session_->score()},
                       {"max_score", session_->max_score()}, {"passed", session_->passed()}};
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void App::Frame() {
    semantics_.begin_frame();
    SetSemanticsTarget(&semantics_);
    Intents intents;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##srm-root", nullptr, flags);
    // Content column: at most ~56em wide, centred, so long lines stay readable on wide screens.
    float max_width = 880.0f * scale_;
    float avail = ImGui::GetContentRegionAvail().x;
    float width = avail < max_width ? avail : max_width;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushItemWidth(width);
    ImGui::Dummy(ImVec2(width, 0));
    switch (screen_) {
    case Screen::home: DrawHomeScreen(*this, intents); break;
    case Screen::model: DrawModelScreen(*this, intents); break;
    case Screen::quiz: DrawQuizScreen(*this, intents); break;
    }
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    // Escape goes back one level; at the top level it hands keyboard focus back to the page.
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::IsAnyItemActive())
        intents.push_back({screen_ == Screen::home ? Intent::Kind::release_focus : Intent::Kind::go_home, {}});
    ImGui::End();

    SetSemanticsTarget(nullptr);
    for (const Intent& intent : intents) Apply(intent);
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::Apply(const Intent& intent) {
    switch (intent.kind) {
    case Intent::Kind::go_home:
        screen_ = Screen::home;
        break;
    case Intent::Kind::open_model:
        if (const ResponsibilityModel* m = catalog_.find_model(intent.id)) {
            model_ = m;
            if (!model_->find_service(service_id_)) service_id_ = m->services.empty() ? "" : m->services[0].id;
            control_id_.clear();
            screen_ = Screen::model;
        }
        break;
    case Intent::Kind::open_quiz:
        if (const Quiz* q = catalog_.find_quiz(intent.id)) {
            session_ = std::make_unique<QuizSession>(*q);
            selection_.clear();
            screen_ = Screen::quiz;
        }
        break;
    case Intent::Kind::choose_service:
        if (model_ && model_->find_service(intent.id)) service_id_ = intent.id;
        break;
    case Intent::Kind::choose_control:
        if (model_ && model_->find_control(intent.id)) control_id_ = control_id_ == intent.id ? "" : intent.id;
        break;
    case Intent::Kind::copy_cell:
        // One line a team can paste into its own compliance notes.
        if (model_) {
            const Control* control = model_->find_control(intent.id);
            const Service* service = model_->find_service(service_id_);
            const Cell* cell = model_->find_cell(service_id_, intent.id);
            if (control && service && cell)
                ImGui::SetClipboardText((control->label + ", " + service->name + ": " + owner_id(cell->owner) + ". " +
                                         cell->explanation + " Source: " + cell->source + " (checked " +
                                         cell->last_verified + ")").c_str());
        }
        break;
    case Intent::Kind::set_filter:
        filter_ = intent.id;
        break;
    case Intent::Kind::toggle_choice:
        if (session_ && !session_->finished() && !session_->current_answered()) {
            if (session_->current().type != QuestionType::multiple_choice) selection_ = {intent.index};
            else {
                auto it = std::find(selection_.begin(), selection_.end(), intent.index);
                if (it == selection_.end()) selection_.push_back(intent.index);
                else selection_.erase(it);
            }
        }
        break;
    case Intent::Kind::submit_answer:
        if (session_ && !session_->finished() && !selection_.empty()) session_->answer(selection_);
        break;
    case Intent::Kind::next_question:
        if (session_ && session_->current_answered()) {
            session_->next();
            selection_.clear();
        }
        break;
    case Intent::Kind::restart_quiz:
        if (session_) Apply({Intent::Kind::open_quiz, session_->quiz().id});
        break;
    case Intent::Kind::release_focus:
        requests_.push_back({PlatformRequest::Kind::release_focus});
        break;
    }
}

} // namespace srm::ui
