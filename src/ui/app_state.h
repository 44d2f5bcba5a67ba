// What the app holds, one struct per area. Screens read these through App's accessors
// (app.explore(), app.learning(), app.quiz(), app.display(), app.workshop()); only App's apply
// functions change them.
#pragma once
#include "catalog.h"
#include "intents.h"
#include "model_queries.h"
#include "progress.h"
#include "quiz_session.h"
#include "saved_run.h"
#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace srm::ui {

// The model explorer (app_explore.cpp).
struct ExploreState {
    const ResponsibilityModel* model = nullptr;    // the model being explored; null until one is opened
    ExploreView view = ExploreView::diagram;       // diagram, compare or matrix
    std::string service_id;                        // the chosen service (the compare view's first)
    std::string compare_id;                        // the compare view's second service
    std::string control_id;                        // the selected control; "" none
    std::map<std::string, SettingChoice> settings; // the options chosen, per service id
    std::string filter;                            // the services' text filter, case-insensitive
    int owner_filter = -1;                         // the matrix's owner filter: -1 all, else int(Owner)
    std::string category_filter;                   // the matrix's category filter: "" all
    float line_shown = -1.0f; // where the customer/provider line is drawn now (it glides); -1 not placed yet

    // The options chosen for a service (its defaults when none was chosen).
    SettingChoice settings_for(const std::string& service) const {
        auto it = settings.find(service);
        return it == settings.end() ? SettingChoice() : it->second;
    }
};

// Lessons and the learner's progress (app_learning.cpp).
struct LearningState {
    const Lesson* lesson = nullptr; // the lesson open (or last opened)
    Progress progress;              // lessons read, quiz records, the review boxes
    std::string import_draft;       // a progress code being pasted, until imported
};

// The quiz run (app_quiz.cpp).
struct QuizRunState {
    std::unique_ptr<QuizSession> session; // the run in progress or just finished; null before the first
    Response response;                    // the answer being built for the current question
    SavedRun resume;                // a run saved by an earlier page, offered on the home screen; empty quiz_id none
    std::uint64_t next_seed = 1;    // the seed of the next run or room
    bool learning_platform = false; // a learning platform records results: no certificate
    std::string certificate_name;   // the name typed for the certificate of the passed run
};

// How the app looks (app_display.cpp); the platform reports the system's side.
struct DisplayState {
    float scale = 1.0f;           // device pixels per CSS pixel
    bool reduced_motion = false;  // the system asks for less animation
    bool system_dark = false;     // the system prefers a dark look
    std::string theme;            // from the link or chosen: light, dark, high-contrast; "" follows the system
    int text_size = 100;          // the learner's text size, percent (100..200)
    bool language_chosen = false; // the learner picked the language here (it is then saved)
    bool embed = false;           // inside a host page's iframe: compact chrome, full width
    std::string parent_origin;    // the host page allowed to receive events with learner data; "" none
};

// What the frame loop remembers between frames (app.cpp).
struct PageState {
    std::string last_page;        // the page (screen and its detail) drawn last frame, to reset scrolling on change
    std::string last_focus_key;   // the page plus its answered state, to move keyboard focus on change
    std::string last_announced;   // the page key last announced to a screen reader
    size_t notices_announced = 0; // notices already announced
    bool started = false;         // a first frame has been drawn
    float content_height = 0;     // height of everything drawn last frame, framebuffer pixels
    bool announced_ready = false; // the "ready" event went out
};

} // namespace srm::ui
