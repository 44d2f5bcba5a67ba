// What a learner asked for this frame, as typed values: screens append them and App::Apply()
// carries them out. One small struct per intent, each field named for what it carries, grouped
// by area; App applies each area in its own file (app_<area>.cpp). The "Your stack" intents are
// in intents_stack.h. Adding an intent: a struct here, its place in its area's variant, and its
// handler in that area's apply function (the compiler points at a missing one).
#pragma once
#include "quiz_session.h"
#include "intents_stack.h"
#include <string>
#include <variant>
#include <vector>

namespace srm::ui {

enum class ExploreView { diagram, compare, matrix };

// How a quiz run starts (from the quiz list, a review or a deep link).
struct QuizStart {
    QuizMode mode = QuizMode::practice;
    size_t count = 0;                  // 0: all questions
    double time_limit_minutes = 0;     // 0: no limit
    std::vector<std::string> concepts; // a review: only these concepts
};

namespace intent {

// Navigation (app_navigation.cpp): moving between pages and the page's own chrome.
struct GoHome {};
struct OpenDeepLink {
    explicit OpenDeepLink(std::string link) : link(std::move(link)) {}
    std::string link;
}; // "?cloud=aws&..."
struct DismissNotices {};
struct ReleaseFocus {}; // hand keyboard focus back to the host page

// Lessons, resources and progress (app_learning.cpp).
struct OpenLessons {};
struct OpenLesson {
    explicit OpenLesson(std::string lesson_id) : lesson_id(std::move(lesson_id)) {}
    std::string lesson_id;
};
struct OpenResources {};
struct OpenProgress {};
struct CopyProgressCode {};
struct SetImportDraft {
    explicit SetImportDraft(std::string text) : text(std::move(text)) {}
    std::string text;
}; // as typed
struct ImportProgressCode {
    explicit ImportProgressCode(std::string code) : code(std::move(code)) {}
    std::string code;
};

// The model explorer (app_explore.cpp).
struct OpenExplore {
    explicit OpenExplore(std::string model_id) : model_id(std::move(model_id)) {}
    std::string model_id;
};
struct SetExploreView {
    explicit SetExploreView(ExploreView view) : view(view) {}
    ExploreView view;
};
struct ChooseService {
    explicit ChooseService(std::string service_id) : service_id(std::move(service_id)) {}
    std::string service_id;
};
struct ChooseCompare {
    explicit ChooseCompare(std::string service_id) : service_id(std::move(service_id)) {}
    std::string service_id;
};
// An option of one of the chosen service's settings.
struct ChooseSetting {
    ChooseSetting(std::string setting_id, std::string option_id)
        : setting_id(std::move(setting_id)), option_id(std::move(option_id)) {}
    std::string setting_id, option_id;
};
// Choosing the selected control again clears the selection.
struct ChooseControl {
    explicit ChooseControl(std::string control_id) : control_id(std::move(control_id)) {}
    std::string control_id;
};
// A matrix cell: its service and control.
struct SelectCell {
    SelectCell(std::string service_id, std::string control_id)
        : service_id(std::move(service_id)), control_id(std::move(control_id)) {}
    std::string service_id, control_id;
};
struct CopyCell {
    explicit CopyCell(std::string control_id) : control_id(std::move(control_id)) {}
    std::string control_id;
}; // of the chosen service
struct SetFilter {
    explicit SetFilter(std::string text) : text(std::move(text)) {}
    std::string text;
}; // case-insensitive
struct SetOwnerFilter {
    explicit SetOwnerFilter(int owner) : owner(owner) {}
    int owner;
}; // -1 all, else int(Owner)
struct SetCategoryFilter {
    explicit SetCategoryFilter(std::string category_id) : category_id(std::move(category_id)) {}
    std::string category_id;
}; // "" all

// Quiz runs (app_quiz.cpp). `part` is the scenario part an answer belongs to, -1 the question itself.
struct OpenQuizzes {};
struct StartQuiz {
    explicit StartQuiz(std::string quiz_id, QuizStart start = {})
        : quiz_id(std::move(quiz_id)), start(std::move(start)) {}
    std::string quiz_id;
    QuizStart start;
};
// Picks a choice (single, true-false) or toggles it (multiple); `choice` is its index in the content.
struct AnswerPick {
    AnswerPick(int part, int choice) : part(part), choice(choice) {}
    int part, choice;
};
// Places an item (classify) or a row (matrix), by its index in the content, with an owner (kAnswerOwners index).
struct AnswerPlace {
    AnswerPlace(int part, int item, int owner) : part(part), item(item), owner(owner) {}
    int part, item, owner;
};
// Moves the item shown at `position` one place up or down (ordering).
struct AnswerMove {
    static AnswerMove up(int part, int position) { return AnswerMove(part, position, -1); }
    static AnswerMove down(int part, int position) { return AnswerMove(part, position, +1); }
    int part, position, step; // step: -1 up, +1 down
private:
    AnswerMove(int part, int position, int step) : part(part), position(position), step(step) {}
};
struct SubmitAnswer {};
struct NextQuestion {};
// The navigator: to the question at `index` (where the mode allows), and flagging the current one.
struct GoToQuestion {
    explicit GoToQuestion(size_t index) : index(index) {}
    size_t index;
};
struct ToggleFlag {};
struct FinishQuiz {};
struct ExtendTime {}; // five more minutes on a timed run
struct RetryWrong {};
struct RestartQuiz {};
struct ResumeQuiz {};
struct DiscardResume {};
// The certificate of a passed run (screen_certificate.cpp): open it, type the name, print, go back.
struct OpenCertificate {};
struct SetCertificateName {
    explicit SetCertificateName(std::string text) : text(std::move(text)) {}
    std::string text;
};
struct PrintCertificate {};
struct CloseCertificate {};

// Workshop set-up, joining a room and team mode (app_workshop.cpp).
struct OpenWorkshop {};
struct SetRoomQuiz {
    explicit SetRoomQuiz(std::string quiz_id) : quiz_id(std::move(quiz_id)) {}
    std::string quiz_id;
};
struct SetRoomCount {
    explicit SetRoomCount(int questions) : questions(questions) {}
    int questions;
};
struct SetRoomTimer {
    explicit SetRoomTimer(int seconds) : seconds(seconds) {}
    int seconds;
};                 // per question, 0 none
struct NewRoom {}; // a new draw of the same quiz
struct CopyJoinLink {};
struct SetJoinDraft {
    explicit SetJoinDraft(std::string text) : text(std::move(text)) {}
    std::string text;
}; // a room code being typed
struct JoinRoom {
    explicit JoinRoom(std::string code) : code(std::move(code)) {}
    std::string code;
};
struct SetNicknameDraft {
    explicit SetNicknameDraft(std::string text) : text(std::move(text)) {}
    std::string text;
};
struct StartRoomRun {};
struct CopyResultsCode {};
struct SetTeamName {
    SetTeamName(int team, std::string name) : team(team), name(std::move(name)) {}
    int team;
    std::string name;
};
struct AddTeam {};
struct RemoveTeam {
    explicit RemoveTeam(int team) : team(team) {}
    int team;
};
struct StartTeamRun {};

// The presenter view (app_present.cpp).
struct OpenPresent {};
// To a question (-1 the lobby), or a step from the current one.
struct PresentGo {
    static PresentGo to(int position) { return PresentGo(position, 0); }
    static PresentGo next() { return PresentGo(0, +1); }
    static PresentGo previous() { return PresentGo(0, -1); }
    int position, step; // step 0: go to `position`
private:
    PresentGo(int position, int step) : position(position), step(step) {}
};
struct PresentReveal {};
struct PresentExplain {};
struct TimerToggle {};
struct TimerExtend {};
struct TimerReset {};
struct TimerEnable {
    explicit TimerEnable(bool on) : on(on) {}
    bool on;
};

// The room summary (app_room_summary.cpp).
struct OpenRoomSummary {};
struct SetPasted {
    explicit SetPasted(std::string text) : text(std::move(text)) {}
    std::string text;
}; // results codes, one a line
struct ToggleLeaderboard {};
struct DownloadCsv {};
struct CopyCsv {};

// Display choices (app_display.cpp).
struct SetTheme {
    explicit SetTheme(std::string theme) : theme(std::move(theme)) {}
    std::string theme;
}; // "" follows the system
struct SetTextSize {
    explicit SetTextSize(int percent) : percent(percent) {}
    int percent;
};
struct SetLanguage {
    explicit SetLanguage(std::string language) : language(std::move(language)) {}
    std::string language;
};

} // namespace intent

using NavigationIntent = std::variant<intent::GoHome, intent::OpenDeepLink, intent::DismissNotices, intent::ReleaseFocus>;
using LearningIntent = std::variant<intent::OpenLessons, intent::OpenLesson, intent::OpenResources, intent::OpenProgress,
                                    intent::CopyProgressCode, intent::SetImportDraft, intent::ImportProgressCode>;
using ExploreIntent =
    std::variant<intent::OpenExplore, intent::SetExploreView, intent::ChooseService, intent::ChooseCompare,
                 intent::ChooseSetting, intent::ChooseControl, intent::SelectCell, intent::CopyCell, intent::SetFilter,
                 intent::SetOwnerFilter, intent::SetCategoryFilter>;
using QuizIntent =
    std::variant<intent::OpenQuizzes, intent::StartQuiz, intent::AnswerPick, intent::AnswerPlace, intent::AnswerMove,
                 intent::SubmitAnswer, intent::NextQuestion, intent::GoToQuestion, intent::ToggleFlag, intent::FinishQuiz,
                 intent::ExtendTime, intent::RetryWrong, intent::RestartQuiz, intent::ResumeQuiz, intent::DiscardResume,
                 intent::OpenCertificate, intent::SetCertificateName, intent::PrintCertificate, intent::CloseCertificate>;
using WorkshopIntent =
    std::variant<intent::OpenWorkshop, intent::SetRoomQuiz, intent::SetRoomCount, intent::SetRoomTimer, intent::NewRoom,
                 intent::CopyJoinLink, intent::SetJoinDraft, intent::JoinRoom, intent::SetNicknameDraft, intent::StartRoomRun,
                 intent::CopyResultsCode, intent::SetTeamName, intent::AddTeam, intent::RemoveTeam, intent::StartTeamRun>;
using PresenterIntent = std::variant<intent::OpenPresent, intent::PresentGo, intent::PresentReveal, intent::PresentExplain,
                                     intent::TimerToggle, intent::TimerExtend, intent::TimerReset, intent::TimerEnable>;
using SummaryIntent =
    std::variant<intent::OpenRoomSummary, intent::SetPasted, intent::ToggleLeaderboard, intent::DownloadCsv, intent::CopyCsv>;
using DisplayIntent = std::variant<intent::SetTheme, intent::SetTextSize, intent::SetLanguage>;

// Any intent; a struct above converts to it implicitly (`out.push_back(intent::GoHome{})`).
using Intent = std::variant<NavigationIntent, LearningIntent, ExploreIntent, QuizIntent, WorkshopIntent,
                            PresenterIntent, SummaryIntent, DisplayIntent, StackIntent>;
using Intents = std::vector<Intent>;

// Calls the overload of `handlers` that takes the alternative `value` holds (std::visit with lambdas).
template <class... Handlers> struct Overloaded : Handlers... { using Handlers::operator()...; };
template <class... Handlers> Overloaded(Handlers...) -> Overloaded<Handlers...>;

} // namespace srm::ui
