// The app's navigation intents (see intents.h) and deep links: going home, opening a link's
// page, dismissing notices and handing keyboard focus back to the host page.
#include "app.h"
#include "i18n.h"
#include "screen_table.h"

namespace srm::ui {

// view=stack: the worksheet in the link, or the one saved here when the link names no service
// (never when embedded: an embedded worksheet is the link's only); mode=train then starts the team's quiz.
void App::OpenStackLink(const DeepLink& link) {
    const ResponsibilityModel* m = link.cloud.empty() ? stack_.model : catalog_.find_model(link.cloud);
    if (!link.cloud.empty() && !m)
        notices_.push_back(F("Ignored {1}=\"{2}\": no such {1} was loaded.", {"cloud", link.cloud}));
    if (!m && !catalog_.models().empty()) m = &catalog_.models()[0];
    if (!m) return;
    bool from_link = !link.stack.services.empty() || !link.stack.marks.empty() || !link.stack.parties.empty();
    if (!from_link && m == stack_.model && !display_.embed) {
        Apply(intent::OpenStack(m->id));
    } else {
        std::vector<Problem> problems;
        Worksheet ws = read_worksheet_params(link.stack, *m, problems);
        OpenStack(*m, ws, problems);
    }
    if (link.mode == "train") StartTeamTraining();
}

void App::ApplyDeepLink(const DeepLink& link) {
    for (const Problem& notice : link.notices) notices_.push_back(Translate(notice));
    if (!link.theme.empty()) display_.theme = link.theme;
    if (link.text_size) display_.text_size = link.text_size;
    display_.embed = link.embed;
    if (!link.parent_origin.empty()) display_.parent_origin = link.parent_origin;
    AnnounceReady(); // before any event the link itself causes (a quiz starting)
    auto unknown = [&](const char* what, const std::string& id) {
        notices_.push_back(F("Ignored {1}=\"{2}\": no such {1} was loaded.", {what, id}));
    };
    if (!link.room.empty()) {
        Problem problem;
        if (!OpenRoom(link.room, problem)) {
            notices_.push_back(F("Ignored room=\"{1}\": {2}", {link.room, Translate(problem)}));
            return;
        }
        if (link.mode == "present") Apply(intent::OpenPresent{});
        else if (link.mode == "summary") Apply(intent::OpenRoomSummary{});
        else if (link.mode == "team") Apply(intent::OpenWorkshop{});
        else if (quiz_.resume.room == workshop_.code) Apply(intent::ResumeQuiz{}); // a participant reloading
        else screen_ = Screen::join;
        return;
    }
    if (!link.quiz.empty() && (link.view.empty() || link.view == "quiz")) {
        bool same_mode = link.mode.empty() || (link.mode == "exam") == (quiz_.resume.config.mode == QuizMode::exam);
        if (quiz_.resume.quiz_id == link.quiz && (!link.seed || link.seed == quiz_.resume.config.seed) && same_mode) {
            // Reloading the page of a quiz in progress continues it.
            Apply(intent::ResumeQuiz{});
            notices_.push_back(T("Resumed your quiz where you left off."));
        } else if (const Quiz* q = catalog_.find_quiz(link.quiz)) {
            SessionConfig config;
            config.seed = link.seed ? link.seed : quiz_.next_seed++;
            config.mode = link.mode == "exam" ? QuizMode::exam : QuizMode::practice;
            StartQuiz(*q, config);
        } else {
            unknown("quiz", link.quiz);
        }
        return;
    }
    if (link.view == "stack") {
        OpenStackLink(link);
        return;
    }
    // Views without parameters open their screen as its row says.
    for (const ScreenRow& row : ScreenRows())
        if (row.link_view && row.link_open && link.view == row.link_view) {
            Apply(*row.link_open);
            return;
        }
    if (link.view == "lesson" || !link.lesson.empty()) {
        if (catalog_.find_lesson(link.lesson)) Apply(intent::OpenLesson(link.lesson));
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
        if (m->find_service(link.service)) explore_.service_id = link.service;
        else unknown("service", link.service);
    }
    if (!link.compare.empty()) {
        if (m->find_service(link.compare)) {
            explore_.compare_id = link.compare;
            explore_.view = ExploreView::compare;
        } else unknown("service", link.compare);
    }
    if (!link.control.empty()) {
        if (m->find_control(link.control)) explore_.control_id = link.control;
        else unknown("control", link.control);
    }
    if (link.view == "compare") explore_.view = ExploreView::compare;
    if (link.view == "matrix") explore_.view = ExploreView::matrix;
    explore_.line_shown = -1; // a link opens in place, without animating from elsewhere
}

void App::ApplyArea(const NavigationIntent& intent) {
    std::visit(Overloaded{
                   [&](const intent::GoHome&) { screen_ = Screen::home; },
                   [&](const intent::OpenDeepLink& i) { ApplyDeepLink(parse_deep_link(i.link)); },
                   [&](const intent::DismissNotices&) { notices_.clear(); },
                   [&](const intent::ReleaseFocus&) {
                       requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::release_focus));
                   },
               },
               intent);
}

} // namespace srm::ui
