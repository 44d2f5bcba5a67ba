// The quiz list: every quiz with its best score and attempts, concepts due for review, and the
// choice of practice (feedback after each answer) or exam (feedback at the end, optional time
// limit). Reviews come back on a schedule; nothing here counts streaks.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

namespace srm::ui {

void DrawQuizzesScreen(const App& app, Intents& out) {
    const Palette& p = Colors();
    DrawTopBar(app, "Quizzes", out);
    Paragraph("quizzes.intro", "Practice shows feedback after each answer. Exam saves feedback for the end and has a 20-minute limit you can extend; speed never counts.",
              p.text_muted);
    std::map<std::string, std::vector<std::string>> due = app.due_reviews();
    for (const Quiz& q : app.catalog().quizzes()) {
        BeginCard();
        Heading("quizzes.title." + q.id, q.title, 3);
        Paragraph("quizzes.description." + q.id, q.description, p.text_muted);
        auto record = app.progress().quizzes.find(q.id);
        std::string stats = std::to_string(q.questions.size()) + " questions \xC2\xB7 pass mark " +
                            std::to_string(int(q.pass_mark * 100 + 0.5)) + "%";
        if (record != app.progress().quizzes.end())
            stats += " \xC2\xB7 best " + std::to_string(record->second.best_percent) + "% in " +
                     std::to_string(record->second.attempts) + (record->second.attempts == 1 ? " attempt" : " attempts");
        Paragraph("quizzes.stats." + q.id, stats, p.text_muted);
        auto concepts = due.find(q.id);
        if (concepts != due.end()) {
            std::string names;
            for (const std::string& c : concepts->second) {
                const Concept* def = q.find_concept(c);
                names += (names.empty() ? "" : ", ") + (def ? def->label : c);
            }
            Paragraph("quizzes.due." + q.id, "Due for review: " + names + ".", p.provider_text);
            Intent review{Intent::Kind::start_quiz, q.id};
            review.start.concepts = concepts->second;
            if (Button("quizzes.review." + q.id, "Review now", true, 0, "Review now: " + q.title)) out.push_back(review);
            SameLineIfRoom("Practice");
        }
        if (Button("quizzes.practice." + q.id, "Practice", concepts == due.end(), 0, "Practice: " + q.title))
            out.push_back({Intent::Kind::start_quiz, q.id});
        SameLineIfRoom("Exam");
        Intent exam{Intent::Kind::start_quiz, q.id};
        exam.start.mode = QuizMode::exam;
        exam.start.time_limit_minutes = 20;
        if (Button("quizzes.exam." + q.id, "Exam", false, 0, "Exam: " + q.title)) out.push_back(exam);
        EndCard();
    }
}

} // namespace srm::ui
