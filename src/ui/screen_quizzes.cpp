// The quiz list: every quiz with its best score and attempts, concepts due for review, and the
// choice of practice (feedback after each answer) or exam (feedback at the end, optional time
// limit). Reviews come back on a schedule; nothing here counts streaks.
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

void DrawQuizzesScreen(const App& app, Intents& out) {
    const Palette& p = Colors();
    DrawTopBar(app, T("Quizzes"), out);
    Paragraph(
        "quizzes.intro",
        T("Practice shows feedback after each answer. Exam saves feedback for the end and has a 20-minute limit you can extend; speed never counts."),
        p.text_muted);
    std::map<std::string, std::vector<std::string>> due = app.due_reviews();
    for (const Quiz& q : app.catalog().quizzes()) {
        BeginCard();
        Heading("quizzes.title." + q.id, q.title, 3);
        Paragraph("quizzes.description." + q.id, q.description, p.text_muted);
        auto record = app.learning().progress.quizzes.find(q.id);
        std::string stats =
            F("{1} questions \xC2\xB7 pass mark {2}", {std::to_string(q.questions.size()), Percent(q.pass_mark)});
        if (record != app.learning().progress.quizzes.end()) {
            std::string best = Percent(record->second.best_percent / 100.0);
            stats += " \xC2\xB7 " + (record->second.attempts == 1
                                         ? F("best {1} in 1 attempt", {best})
                                         : F("best {1} in {2} attempts", {best, std::to_string(record->second.attempts)}));
        }
        Paragraph("quizzes.stats." + q.id, stats, p.text_muted);
        auto concepts = due.find(q.id);
        if (concepts != due.end()) {
            std::string names;
            for (const std::string& c : concepts->second) {
                const Concept* def = q.find_concept(c);
                names += (names.empty() ? "" : ", ") + (def ? def->label : c);
            }
            Paragraph("quizzes.due." + q.id, F("Due for review: {1}.", {names}), p.provider_text);
            intent::StartQuiz review(q.id);
            review.start.concepts = concepts->second;
            if (Button("quizzes.review." + q.id, T("Review now"), true, 0, F("Review now: {1}", {q.title})))
                out.push_back(review);
            SameLineIfRoom(T("Practice"));
        }
        if (Button("quizzes.practice." + q.id, T("Practice"), concepts == due.end(), 0, F("Practice: {1}", {q.title})))
            out.push_back(intent::StartQuiz(q.id));
        SameLineIfRoom(T("Exam"));
        intent::StartQuiz exam(q.id);
        exam.start.mode = QuizMode::exam;
        exam.start.time_limit_minutes = 20;
        if (Button("quizzes.exam." + q.id, T("Exam"), false, 0, F("Exam: {1}", {q.title}))) out.push_back(exam);
        EndCard();
    }
}

} // namespace srm::ui
