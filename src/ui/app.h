// The application: which screen is showing, what the learner has chosen, and one frame of UI.
// Screens draw from this state and return intents; Apply() is the only place state changes, so
// headless tests can drive the app by intents or by injected input alike. The platform reads
// requests (release focus, ...) that only it can carry out.
#pragma once
#include "catalog.h"
#include "quiz_session.h"
#include "semantics.h"
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace srm::ui {

enum class Screen { home, model, quiz };
const char* screen_id(Screen screen);

struct Intent {
    enum class Kind { go_home, open_model, open_quiz, choose_service, choose_control, copy_cell, set_filter, toggle_choice,
                      submit_answer, next_question, restart_quiz, release_focus };
    Kind kind;
    std::string id;   // model or quiz id, service or control id
    int index = -1;   // choice index
};

struct PlatformRequest {
    enum class Kind { release_focus };
    Kind kind;
};

class App {
public:
    explicit App(ContentCatalog catalog);

    // Builds the UI for one frame; call between ImGui::NewFrame() and ImGui::Render().
    void Frame();
    void Apply(const Intent& intent);
    void SetScale(float scale) { scale_ = scale; }

    Screen screen() const { return screen_; }
    const ContentCatalog& catalog() const { return catalog_; }
    const Semantics& semantics() const { return semantics_; }
    std::vector<PlatformRequest> TakeRequests();
    // The current screen and loaded content, for window.srm.state() and tests.
    void DescribeState(nlohmann::json& out) const;

    // State the screens read.
    const ResponsibilityModel* model() const { return model_; }
    const std::string& service_id() const { return service_id_; }
    const std::string& control_id() const { return control_id_; }
    const std::string& filter() const { return filter_; }
    const QuizSession* quiz_session() const { return session_.get(); }
    const std::vector<int>& selection() const { return selection_; }
    float scale() const { return scale_; }

private:
    ContentCatalog catalog_;
    Semantics semantics_;
    std::vector<PlatformRequest> requests_;
    Screen screen_ = Screen::home;
    float scale_ = 1.0f;
    const ResponsibilityModel* model_ = nullptr;
    std::string service_id_;
    std::string control_id_;
    std::string filter_;   // case-insensitive text that control tiles must contain
    std::unique_ptr<QuizSession> session_;
    std::vector<int> selection_;
};

} // namespace srm::ui
