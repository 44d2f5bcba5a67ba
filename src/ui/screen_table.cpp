// The screen table (see screen_table.h): one row per screen, in the order of `Screen`.
#include "screen_table.h"
#include "imgui.h"

namespace srm::ui {

// Each screen's draw function, defined in its screen_<name>.cpp.
void DrawHomeScreen(const App& app, Intents& out);
void DrawExploreScreen(const App& app, Intents& out);
void DrawLessonsScreen(const App& app, Intents& out);
void DrawLessonScreen(const App& app, Intents& out);
void DrawResourcesScreen(const App& app, Intents& out);
void DrawQuizzesScreen(const App& app, Intents& out);
void DrawQuizScreen(const App& app, Intents& out);
void DrawProgressScreen(const App& app, Intents& out);
void DrawWorkshopScreen(const App& app, Intents& out); // facilitator set-up, join details, team mode
void DrawJoinScreen(const App& app, Intents& out);     // participant: nickname, then the room's quiz
void DrawPresentScreen(const App& app, Intents& out);
void DrawRoomSummaryScreen(const App& app, Intents& out);
void DrawCertificateScreen(const App& app, Intents& out); // the certificate of a passed run, to print
void DrawStackScreen(const App& app, Intents& out);       // "Your stack": the team's worksheet

static std::string LessonPage(const App& app) { return app.learning().lesson ? "/" + app.learning().lesson->id : ""; }

static std::string QuizPage(const App& app) {
    const QuizSession* s = app.quiz().session.get();
    return s ? "/" + std::to_string(s->current_index()) + (s->finished() ? "/results" : "") : "";
}

// Answering a question moves keyboard focus to "Next question".
static std::string QuizFocus(const App& app) {
    const QuizSession* s = app.quiz().session.get();
    return s && s->current_answered() ? "/answered" : "";
}

static std::vector<ScreenRow> BuildRows() {
    std::vector<ScreenRow> rows;
    rows.push_back(ScreenRow(Screen::home, "home", DrawHomeScreen)
                       .escape_to(intent::ReleaseFocus{}) // the top level hands focus back to the page
                       .without_home_button()
                       .announce({{"screen.title", "errors.title"}})); // content that failed to load is named here
    rows.push_back(ScreenRow(Screen::explore, "explore", DrawExploreScreen));
    rows.push_back(
        ScreenRow(Screen::lessons, "lessons", DrawLessonsScreen).opened_by_link("lessons", intent::OpenLessons{}));
    rows.push_back(
        ScreenRow(Screen::lesson, "lesson", DrawLessonScreen).escape_to(intent::OpenLessons{}).page_detail(LessonPage));
    rows.push_back(
        ScreenRow(Screen::resources, "resources", DrawResourcesScreen).opened_by_link("resources", intent::OpenResources{}));
    rows.push_back(ScreenRow(Screen::quizzes, "quizzes", DrawQuizzesScreen).opened_by_link("quiz", intent::OpenQuizzes{}));
    rows.push_back(ScreenRow(Screen::quiz, "quiz", DrawQuizScreen)
                       .escape_to(intent::OpenQuizzes{})
                       .focus_own_first_control() // the first answer
                       .page_detail(QuizPage)
                       .focus_detail(QuizFocus)
                       .announce({{"quiz.feedback.verdict", Spoken::first_sentence_of("quiz.feedback.explanation")},
                                  {"quiz.result.title", "quiz.result.score"},
                                  {"screen.title", "quiz.progress", "quiz.team", "quiz.prompt"}}));
    rows.push_back(ScreenRow(Screen::progress, "progress", DrawProgressScreen));
    rows.push_back(ScreenRow(Screen::workshop, "workshop", DrawWorkshopScreen));
    rows.push_back(ScreenRow(Screen::join, "join", DrawJoinScreen));
    rows.push_back(ScreenRow(Screen::present, "present", DrawPresentScreen)
                       .escape_to(intent::OpenWorkshop{})
                       .width(1400)
                       .text_larger_by(1.6f) // read from across a room
                       .announce({{"screen.title", "present.progress", "present.prompt"}}));
    rows.push_back(
        ScreenRow(Screen::room_summary, "room-summary", DrawRoomSummaryScreen).escape_to(intent::OpenWorkshop{}).width(1400));
    rows.push_back(ScreenRow(Screen::certificate, "certificate", DrawCertificateScreen)
                       .escape_to(intent::CloseCertificate{})
                       .focus_own_first_control() // the name
                       .announce({{"screen.title", "certificate.name"}}));
    rows.push_back(
        ScreenRow(Screen::stack, "stack", DrawStackScreen)); // view=stack takes parameters: read in App::OpenStackLink
    return rows;
}

const std::vector<ScreenRow>& ScreenRows() {
    static const std::vector<ScreenRow> rows = [] {
        std::vector<ScreenRow> built = BuildRows();
        IM_ASSERT(built.size() == size_t(Screen::count) && "one row per screen");
        for (size_t i = 0; i < built.size(); ++i)
            IM_ASSERT(built[i].screen == Screen(i) && "rows in the order of Screen");
        return built;
    }();
    return rows;
}

const char* screen_id(Screen screen) { return screen_row(screen).id; }

} // namespace srm::ui
