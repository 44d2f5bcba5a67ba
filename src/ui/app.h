// The application: which screen is showing, what the learner has chosen, and one frame of UI.
// Screens draw from this state and return intents; Apply() is the only place state changes, so
// headless tests can drive the app by intents or by injected input alike. The platform reads
// requests (release focus, save progress) that only it can carry out.
#pragma once
#include "catalog.h"
#include "deep_link.h"
#include "model_queries.h"
#include "progress.h"
#include "quiz_session.h"
#include "saved_run.h"
#include "semantics.h"
#include "intents.h"
#include "workshop_state.h"
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace srm::ui {

enum class Screen { home, explore, lessons, lesson, resources, quizzes, quiz, progress, workshop, join, present, room_summary };
const char* screen_id(Screen screen);
const char* explore_view_id(ExploreView view);

struct PlatformRequest {
    enum class Kind { release_focus, save_progress, save_run, backup_progress, post_event, make_qr, download, announce,
                      save_display, switch_language };
    // A request that carries at most a payload; events and downloads have their own constructors.
    static PlatformRequest of(Kind kind, std::string payload = {}) { return PlatformRequest(kind, std::move(payload), {}, {}); }
    static PlatformRequest event(std::string json, std::string origin) {
        return PlatformRequest(Kind::post_event, std::move(json), std::move(origin), {});
    }
    static PlatformRequest download_file(std::string file_name, std::string contents) {
        return PlatformRequest(Kind::download, std::move(contents), {}, std::move(file_name));
    }
    Kind kind;
    // The progress code, the run in progress ("" clears it), the text set aside, an event, the
    // text to encode as a QR code (answered with App::SetQrCode), a file's contents, words for
    // a screen reader's live region, the display choices as link parameters (save_display), or the
    // language to reload the page in (switch_language).
    std::string payload;
    std::string origin;    // post_event: the only origin allowed to receive it ("*" for events without learner data)
    std::string file_name; // download: the suggested file name
private:
    PlatformRequest(Kind kind, std::string payload, std::string origin, std::string file_name)
        : kind(kind), payload(std::move(payload)), origin(std::move(origin)), file_name(std::move(file_name)) {}
};

// Age in days after which a model cell shows a "check again" badge.
constexpr int kStaleAfterDays = 180;

class App {
public:
    explicit App(ContentCatalog catalog);

    // Builds the UI for one frame; call between ImGui::NewFrame() and ImGui::Render().
    void Frame();
    void Apply(const Intent& intent);
    void ApplyDeepLink(const DeepLink& link);
    // Restores saved progress; problems become notices for the learner, and the unreadable text
    // is handed back to the platform to keep as a backup.
    void LoadProgress(const std::string& saved);
    // Offers to resume a quiz run saved before the page was closed.
    void LoadRun(const std::string& saved);
    void AddNotice(const std::string& text) { notices_.push_back(text); }
    void SetScale(float scale) { scale_ = scale; }
    void SetReducedMotion(bool reduced) { reduced_motion_ = reduced; }
    // The wall clock in seconds (quiz times and time limits) and the seed for the next quiz run.
    void SetClock(double now_seconds) { now_ = now_seconds; }
    void SetSeed(std::uint64_t seed) { next_seed_ = seed; }
    // True while a timed quiz runs: the platform should draw at least once a second.
    bool WantsClockTicks() const;
    // The look: a theme from the link, else the system's preference the platform reports.
    void SetSystemTheme(bool prefers_dark) { system_dark_ = prefers_dark; }
    // The page's address without its query (join links are built on it).
    void SetPageAddress(const std::string& address) { page_address_ = address; }
    // The QR code the platform computed for `text` (see PlatformRequest::make_qr).
    void SetQrCode(const std::string& text, int size, std::vector<bool> modules);
    // How much larger than normal text is drawn (the presenter view is read from across a room);
    // the platform rebuilds its fonts when this changes.
    float text_scale() const;
    int text_size() const { return text_size_; }        // the learner's text size, 100..200 %
    const std::string& theme_choice() const { return theme_; }
    // Restores display choices saved by an earlier page ("theme=dark&text=150").
    void LoadDisplay(const std::string& saved);
    bool embedded() const { return embed_; }
    const std::string& parent_origin() const { return parent_origin_; }
    // Height of everything drawn last frame, in framebuffer pixels (for sizing an iframe).
    float content_height() const { return content_height_; }
    // True while something on screen is moving and needs frames.
    bool WantsAnimation() const;

    Screen screen() const { return screen_; }
    const ContentCatalog& catalog() const { return catalog_; }
    const Semantics& semantics() const { return semantics_; }
    std::vector<PlatformRequest> TakeRequests();
    // The current screen and loaded content, for window.srm.state() and tests.
    void DescribeState(nlohmann::json& out) const;

    // State the screens read.
    const ResponsibilityModel* model() const { return model_; }
    ExploreView explore_view() const { return explore_view_; }
    const std::string& service_id() const { return service_id_; }
    const std::string& compare_id() const { return compare_id_; }
    const std::string& control_id() const { return control_id_; }
    const std::string& filter() const { return filter_; }
    int owner_filter() const { return owner_filter_; }          // -1 = all, else int(Owner)
    const std::string& category_filter() const { return category_filter_; }
    SettingChoice settings_for(const std::string& service_id) const;
    float line_position() const { return line_shown_; }       // animated provider fraction
    const Lesson* lesson() const { return lesson_; }
    const Progress& progress() const { return progress_; }
    const std::vector<std::string>& notices() const { return notices_; }
    const QuizSession* quiz_session() const { return session_.get(); }
    const Response& response() const { return response_; }
    // A saved run the learner can resume: its quiz and how far it got.
    const std::string& import_draft() const { return import_draft_; }
    const SavedRun* resumable() const { return resume_.quiz_id.empty() ? nullptr : &resume_; }
    double now() const { return now_; }
    // Concepts due for review today, by quiz id.
    std::map<std::string, std::vector<std::string>> due_reviews() const;
    float scale() const { return scale_; }
    const WorkshopState& workshop() const { return workshop_; }
    std::string join_link() const;   // the page address with ?room=<code>

private:
    // One apply function per area of intents, each in its own file.
    void ApplyArea(const NavigationIntent& intent);   // app_navigation.cpp
    void ApplyArea(const LearningIntent& intent);     // app_learning.cpp
    void ApplyArea(const ExploreIntent& intent);      // app_explore.cpp
    void ApplyArea(const QuizIntent& intent);         // app_quiz.cpp
    void ApplyArea(const WorkshopIntent& intent);     // app_workshop.cpp
    void ApplyArea(const PresenterIntent& intent);    // app_present.cpp
    void ApplyArea(const SummaryIntent& intent);      // app_room_summary.cpp
    void ApplyArea(const DisplayIntent& intent);      // app_display.cpp
    bool OpenRoom(const std::string& code, std::string& problem);
    void SetRoom(const Room& room);
    void PresentAt(int position);
    void UpdateSummary();
    void CopyWithNotice(const std::string& text, const std::string& told);
    void SaveDisplay(const std::string& switch_to);
    // Words for a screen reader when the page, the question or its feedback changed, or a notice came.
    void Announce(const std::string& page_key);
    void OpenModel(const ResponsibilityModel* model);
    void AdvanceAnimation();
    float LineTarget() const;
    void StartQuiz(const Quiz& quiz, SessionConfig config);
    void PrepareResponse();
    void ResumeRun();
    void RecordResults();
    void SaveRun();
    // Events for the host page (schema in docs/embedding.md). Events with learner data go only to
    // parent_origin, and nowhere without it.
    void Emit(const std::string& type, nlohmann::json fields, bool learner_data);
    void AnnounceReady();   // the "ready" event, once
    Response* EditedResponse(int part);

    ContentCatalog catalog_;
    Semantics semantics_;
    std::vector<PlatformRequest> requests_;
    std::vector<std::string> notices_;
    Screen screen_ = Screen::home;
    std::string last_page_;   // screen (and lesson) drawn last frame, to reset scrolling on change
    std::string last_focus_key_;   // page plus answered state, to move keyboard focus on change
    std::string last_announced_;   // the same, for announcements
    size_t notices_announced_ = 0;
    bool started_ = false;    // a first frame has been drawn
    float scale_ = 1.0f;
    bool reduced_motion_ = false;
    bool system_dark_ = false;
    std::string theme_;           // from the link or chosen: light, dark, high-contrast; "" follows the system
    int text_size_ = 100;         // percent
    bool language_chosen_ = false;   // the learner picked the language here (it is then saved)
    bool embed_ = false;
    std::string parent_origin_;
    float content_height_ = 0;
    bool announced_ready_ = false;

    const ResponsibilityModel* model_ = nullptr;
    ExploreView explore_view_ = ExploreView::diagram;
    std::string service_id_, compare_id_, control_id_;
    std::map<std::string, SettingChoice> settings_;   // per service
    std::string filter_;                              // case-insensitive text filter
    int owner_filter_ = -1;
    std::string category_filter_;
    float line_shown_ = -1.0f;                        // -1: not placed yet

    const Lesson* lesson_ = nullptr;
    Progress progress_;

    std::unique_ptr<QuizSession> session_;
    Response response_;              // the answer being built for the current question
    std::string import_draft_;       // a progress code being pasted, until imported
    SavedRun resume_;                // a run saved by an earlier page, offered on the home screen
    double now_ = 0;
    std::uint64_t next_seed_ = 1;

    WorkshopState workshop_;
    std::string page_address_;
};

} // namespace srm::ui
