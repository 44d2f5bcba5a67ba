// The app's learning intents (see intents.h): lessons, resources, and the learner's progress
// with its code to copy or import; and the reviews due today that the progress implies.
#include "app.h"
#include "i18n.h"
#include "imgui.h"
#include <algorithm>

namespace srm::ui {

void App::LoadProgress(const std::string& saved) {
    if (saved.empty()) return;
    Problem problem;
    if (!progress_from_code(saved, learning_.progress, problem)) {
        notices_.push_back(F("{1} A copy of it is kept in this browser.", {Translate(problem)}));
        requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::backup_progress, saved));
    }
}

std::map<std::string, std::vector<std::string>> App::due_reviews() const {
    std::map<std::string, std::vector<std::string>> out;
    if (catalog_.today().empty()) return out;
    std::vector<std::string> due = learning_.progress.review.due(day_number_of(catalog_.today()));
    for (const Quiz& q : catalog_.quizzes())
        for (const std::string& c : due) {
            bool taught = false;
            for (const Question& question : q.questions)
                taught = taught ||
                         std::find(question.concepts.begin(), question.concepts.end(), c) != question.concepts.end();
            if (taught) out[q.id].push_back(c);
        }
    return out;
}

void App::ApplyArea(const LearningIntent& intent) {
    auto save_progress = [&] {
        requests_.push_back(
            PlatformRequest::of(PlatformRequest::Kind::save_progress, progress_to_code(learning_.progress)));
    };
    std::visit(Overloaded{
                   [&](const intent::OpenLessons&) { screen_ = Screen::lessons; },
                   [&](const intent::OpenLesson& i) {
                       const Lesson* l = catalog_.find_lesson(i.lesson_id);
                       if (!l) return;
                       learning_.lesson = l;
                       screen_ = Screen::lesson;
                       if (learning_.progress.lessons_read.insert(l->id).second) save_progress();
                   },
                   [&](const intent::OpenResources&) { screen_ = Screen::resources; },
                   [&](const intent::OpenProgress&) { screen_ = Screen::progress; },
                   [&](const intent::CopyProgressCode&) {
                       ImGui::SetClipboardText(progress_to_code(learning_.progress).c_str());
                       notices_.push_back(T("Your progress code is on the clipboard."));
                   },
                   [&](const intent::SetImportDraft& i) { learning_.import_draft = i.text; },
                   [&](const intent::ImportProgressCode& i) {
                       Progress imported;
                       Problem problem;
                       if (progress_from_code(i.code, imported, problem)) {
                           learning_.progress = std::move(imported);
                           notices_.push_back(T("Progress imported."));
                           learning_.import_draft.clear();
                           save_progress();
                       } else {
                           notices_.push_back(F("That progress code could not be used: {1}.",
                                                {Translate(imported_code_problem(problem))}));
                       }
                   },
               },
               intent);
}

} // namespace srm::ui
