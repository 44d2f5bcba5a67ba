// The app's navigation intents (see intents.h) and deep links: going home, opening a link's
// page, dismissing notices and handing keyboard focus back to the host page.
#include "app.h"
#include "i18n.h"

namespace srm::ui {

void App::ApplyDeepLink(const DeepLink& link) {
    for (const std::string& notice : link.notices) notices_.push_back(Translate(notice));
    if (!link.theme.empty()) theme_ = link.theme;
    if (link.text_size) text_size_ = link.text_size;
    embed_ = link.embed;
    if (!link.parent_origin.empty()) parent_origin_ = link.parent_origin;
    AnnounceReady();   // before any event the link itself causes (a quiz starting)
    auto unknown = [&](const char* what, const std::string& id) {
        notices_.push_back(F("Ignored {1}=\"{2}\": no such {1} was loaded.", {what, id}));
    };
    if (!link.room.empty()) {
        std::string problem;
        if (!OpenRoom(link.room, problem)) {
            notices_.push_back(F("Ignored room=\"{1}\": {2}", {link.room, Translate(problem)}));
            return;
        }
        if (link.mode == "present") Apply(intent::OpenPresent{});
        else if (link.mode == "summary") Apply(intent::OpenRoomSummary{});
        else if (link.mode == "team") Apply(intent::OpenWorkshop{});
        else if (resume_.room == workshop_.code) Apply(intent::ResumeQuiz{});   // a participant reloading
        else screen_ = Screen::join;
        return;
    }
    if (!link.quiz.empty() && (link.view.empty() || link.view == "quiz")) {
        bool same_mode = link.mode.empty() || (link.mode == "exam") == (resume_.config.mode == QuizMode::exam);
        if (resume_.quiz_id == link.quiz && (!link.seed || link.seed == resume_.config.seed) && same_mode) {
            // Reloading the page of a quiz in progress continues it.
            Apply(intent::ResumeQuiz{});
            notices_.push_back(T("Resumed your quiz where you left off."));
        } else if (const Quiz* q = catalog_.find_quiz(link.quiz)) {
            SessionConfig config;
            config.seed = link.seed ? link.seed : next_seed_++;
            config.mode = link.mode == "exam" ? QuizMode::exam : QuizMode::practice;
            StartQuiz(*q, config);
        } else {
            unknown("quiz", link.quiz);
        }
        return;
    }
    if (link.view == "quiz") { Apply(intent::OpenQuizzes{}); return; }
    if (link.view == "lessons") { Apply(intent::OpenLessons{}); return; }
    if (link.view == "resources") { Apply(intent::OpenResources{}); return; }
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
        if (m->find_service(link.service)) service_id_ = link.service;
        else unknown("service", link.service);
    }
    if (!link.compare.empty()) {
        if (m->find_service(link.compare)) { compare_id_ = link.compare; explore_view_ = ExploreView::compare; }
        else unknown("service", link.compare);
    }
    if (!link.control.empty()) {
        if (m->find_control(link.control)) control_id_ = link.control;
        else unknown("control", link.control);
    }
    if (link.view == "compare") explore_view_ = ExploreView::compare;
    if (link.view == "matrix") explore_view_ = ExploreView::matrix;
    line_shown_ = -1;   // a link opens in place, without animating from elsewhere
}

void App::ApplyArea(const NavigationIntent& intent) {
    std::visit(Overloaded{
        [&](const intent::GoHome&) { screen_ = Screen::home; },
        [&](const intent::OpenDeepLink& i) { ApplyDeepLink(parse_deep_link(i.link)); },
        [&](const intent::DismissNotices&) { notices_.clear(); },
        [&](const intent::ReleaseFocus&) { requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::release_focus)); },
    }, intent);
}

} // namespace srm::ui
