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
#include "app_state.h"
#include "intents.h"
#include "stack_state.h"
#include "workshop_state.h"
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace srm::ui {

// The screens; each has one row in the screen table (screen_table.cpp), in this order.
enum class Screen {
    home,
    explore,
    lessons,
    lesson,
    resources,
    quizzes,
    quiz,
    progress,
    workshop,
    join,
    present,
    room_summary,
    certificate,
    stack,
    count
};
struct ScreenRow;
const char* screen_id(Screen screen);
const char* explore_view_id(ExploreView view);

struct PlatformRequest {
    enum class Kind {
        release_focus,
        save_progress,
        save_run,
        backup_progress,
        post_event,
        make_qr,
        download,
        announce,
        save_display,
        switch_language,
        print,
        save_stack
    };
    // A request that carries at most a payload; events and downloads have their own constructors.
    static PlatformRequest of(Kind kind, std::string payload = {}) {
        return PlatformRequest(kind, std::move(payload), {}, {});
    }
    static PlatformRequest event(std::string json, std::string origin) {
        return PlatformRequest(Kind::post_event, std::move(json), std::move(origin), {});
    }
    static PlatformRequest download_file(std::string file_name, std::string contents) {
        return PlatformRequest(Kind::download, std::move(contents), {}, std::move(file_name));
    }
    Kind kind;
    // The progress code, the run in progress ("" clears it), the text set aside, an event, the
    // text to encode as a QR code (answered with App::SetQrCode), a file's contents, words for
    // a screen reader's live region, the display choices as link parameters (save_display), the
    // language to reload the page in (switch_language), or the team's worksheet code (save_stack);
    // print opens the browser's print dialog.
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
    void SetScale(float scale) { display_.scale = scale; }
    void SetReducedMotion(bool reduced) { display_.reduced_motion = reduced; }
    // A learning platform records results (web/lms.js is active): no certificate is offered.
    void SetLearningPlatform(bool active) { quiz_.learning_platform = active; }
    // The wall clock in seconds (quiz times and time limits) and the seed for the next quiz run.
    void SetClock(double now_seconds) { now_ = now_seconds; }
    void SetSeed(std::uint64_t seed) { quiz_.next_seed = seed; }
    // True while a timed quiz runs: the platform should draw at least once a second.
    bool WantsClockTicks() const;
    // The look: a theme from the link, else the system's preference the platform reports.
    void SetSystemTheme(bool prefers_dark) { display_.system_dark = prefers_dark; }
    // The page's address without its query (join links are built on it).
    void SetPageAddress(const std::string& address) { page_address_ = address; }
    // The QR code the platform computed for `text` (see PlatformRequest::make_qr).
    void SetQrCode(const std::string& text, int size, std::vector<bool> modules);
    // How much larger than normal text is drawn (the presenter view is read from across a room);
    // the platform rebuilds its fonts when this changes.
    float text_scale() const;
    // Restores display choices saved by an earlier page ("theme=dark&text=150").
    void LoadDisplay(const std::string& saved);
    // Restores the team's worksheet saved by an earlier page (a worksheet code).
    void LoadStack(const std::string& saved);
    // Height of everything drawn last frame, in framebuffer pixels (for sizing an iframe).
    float content_height() const { return page_.content_height; }
    // True while something on screen is moving and needs frames.
    bool WantsAnimation() const;

    Screen screen() const { return screen_; }
    const ContentCatalog& catalog() const { return catalog_; }
    const Semantics& semantics() const { return semantics_; }
    std::vector<PlatformRequest> TakeRequests();
    // The current screen and loaded content, for window.srm.state() and tests.
    void DescribeState(nlohmann::json& out) const;

    // State the screens read, one struct per area (app_state.h, workshop_state.h).
    const ExploreState& explore() const { return explore_; }
    const LearningState& learning() const { return learning_; }
    const QuizRunState& quiz() const { return quiz_; }
    const DisplayState& display() const { return display_; }
    const WorkshopState& workshop() const { return workshop_; }
    const StackState& stack() const { return stack_; }
    const std::vector<std::string>& notices() const { return notices_; }
    double now() const { return now_; }
    // A saved run the learner can resume: its quiz and how far it got.
    // True when the finished run was passed outside a learning platform and a room: the learner may print a certificate.
    bool OffersCertificate() const;
    const SavedRun* resumable() const { return quiz_.resume.quiz_id.empty() ? nullptr : &quiz_.resume; }
    // Concepts due for review today, by quiz id.
    std::map<std::string, std::vector<std::string>> due_reviews() const;
    std::string join_link() const; // the page address with ?room=<code>

private:
    // One apply function per area of intents, each in its own file.
    void ApplyArea(const NavigationIntent& intent); // app_navigation.cpp
    void ApplyArea(const LearningIntent& intent);   // app_learning.cpp
    void ApplyArea(const ExploreIntent& intent);    // app_explore.cpp
    void ApplyArea(const QuizIntent& intent);       // app_quiz.cpp
    void ApplyArea(const WorkshopIntent& intent);   // app_workshop.cpp
    void ApplyArea(const PresenterIntent& intent);  // app_present.cpp
    void ApplyArea(const SummaryIntent& intent);    // app_room_summary.cpp
    void ApplyArea(const DisplayIntent& intent);    // app_display.cpp
    void ApplyArea(const StackIntent& intent);      // app_stack.cpp
    void OpenStackLink(const DeepLink& link);
    void OpenStack(const ResponsibilityModel& model, Worksheet worksheet, const std::vector<Problem>& problems);
    void ChangeStack(Worksheet worksheet); // tidies, keeps and saves an edited worksheet
    void StartTeamTraining();
    bool OpenRoom(const std::string& code, Problem& problem);
    void SetRoom(const Room& room);
    void PresentAt(int position);
    void UpdateSummary();
    void CopyWithNotice(const std::string& text, const std::string& told);
    void SaveDisplay(const std::string& switch_to);
    // Words for a screen reader when the page, the question or its feedback changed, or a notice came.
    void Announce(const ScreenRow& row, const std::string& page_key);
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
    void AnnounceReady(); // the "ready" event, once
    Response* EditedResponse(int part);

    ContentCatalog catalog_;
    Semantics semantics_;
    std::vector<PlatformRequest> requests_; // for the platform, until it takes them
    std::vector<std::string> notices_;      // shown above every screen until dismissed
    Screen screen_ = Screen::home;
    double now_ = 0;           // the wall clock, seconds
    std::string page_address_; // the page's address without its query
    PageState page_;
    DisplayState display_;
    ExploreState explore_;
    LearningState learning_;
    QuizRunState quiz_;
    WorkshopState workshop_;
    StackState stack_;
};

} // namespace srm::ui
