// Home: what the module is, the responsibility models and the quizzes found, and any content
// problems (named by file and line:column) without hiding what did load.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

namespace srm::ui {

// Theme and text size, kept in this browser. A link's theme= or text= wins for that page.
static void DrawDisplayCard(const App& app, Intents& out) {
    BeginCard();
    Heading("home.display.title", "Display", 2);
    static const char* const kThemes[] = {"", "light", "dark", "high-contrast"};
    int current = 0;
    for (int i = 0; i < 4; ++i)
        if (app.theme_choice() == kThemes[i]) current = i;
    ImGui::AlignTextToFramePadding();
    Paragraph("home.theme.label", "Theme:");
    ImGui::SameLine();
    int picked = Tabs("home.theme", {"System", "Light", "Dark", "High contrast"}, current);
    if (picked >= 0) out.push_back({Intent::Kind::set_theme, kThemes[picked]});
    int size = app.text_size();
    ImGui::AlignTextToFramePadding();
    Paragraph("home.text.size", "Text size: " + std::to_string(size) + "%");
    ImGui::SameLine();
    ImGui::BeginDisabled(size <= 100);
    if (Button("home.text.smaller", "A\xE2\x88\x92", false, 0, "Smaller text")) out.push_back({Intent::Kind::set_text_size, {}, -1, {}, -1, size - 25});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(size >= 200);
    if (Button("home.text.larger", "A+", false, 0, "Larger text")) out.push_back({Intent::Kind::set_text_size, {}, -1, {}, -1, size + 25});
    ImGui::EndDisabled();
    EndCard();
}

void DrawHomeScreen(const App& app, Intents& out) {
    const Palette& p = Colors();
    const ContentCatalog& catalog = app.catalog();
    DrawTopBar(app, "SRM Trainer", out);
    Paragraph("home.intro",
              "Learn who secures what in the cloud. The provider secures the cloud itself; you secure what you "
              "put in it, and the line between the two moves with the kind of service you use.",
              p.text_muted);
    Link("home.accessible", "Accessible HTML version of the quizzes and models", "accessible/index.html");
    ImGui::Spacing();
    DrawContentErrors(app);
    if (const SavedRun* run = app.resumable()) {
        const Quiz* quiz = app.catalog().find_quiz(run->quiz_id);
        BeginCard(p.accent_soft, p.accent);
        if (run->finished) {
            Heading("home.resume.title", "Your workshop results", 2);
            Paragraph("home.resume.what", quiz->title + " in room " + run->room + ": finished. Your results code is on the results page.");
        } else {
            Heading("home.resume.title", "Resume where you left off", 2);
            Paragraph("home.resume.what", quiz->title + ": " + std::to_string(run->answers.size()) +
                                              (run->answers.size() == 1 ? " question" : " questions") + " answered so far.");
        }
        if (Button("home.resume", run->finished ? "Show results" : "Resume", true, 0, (run->finished ? "Show results: " : "Resume: ") + quiz->title))
            out.push_back({Intent::Kind::resume_quiz, {}});
        SameLineIfRoom("Discard");
        if (Button("home.resume.discard", "Discard", false, 0, "Discard the unfinished quiz")) out.push_back({Intent::Kind::discard_resume, {}});
        EndCard();
        ImGui::Spacing();
    }

    const std::vector<Lesson>& lessons = catalog.lessons();
    if (!lessons.empty()) {
        size_t read = 0;
        const Lesson* next = nullptr;
        for (const Lesson& l : lessons) {
            bool done = app.progress().lessons_read.count(l.id) > 0;
            read += done;
            if (!done && !next) next = &l;
        }
        BeginCard();
        Heading("home.lessons.title", "Guided path", 2);
        Paragraph("home.lessons.progress", std::to_string(read) + " of " + std::to_string(lessons.size()) + " lessons read.",
                  p.text_muted);
        if (next) {
            Paragraph("home.lessons.upnext", (read ? "Next: " : "First: ") + next->title);
            if (Button("home.lessons.next", read ? "Continue" : "Start", true, 0, (read ? "Continue: " : "Start: ") + next->title))
                out.push_back({Intent::Kind::open_lesson, next->id});
            SameLineIfRoom("All lessons");
        }
        if (Button("home.lessons", "All lessons", !next)) out.push_back({Intent::Kind::open_lessons, {}});
        SameLineIfRoom("Official resources");
        if (Button("home.resources", "Official resources", false)) out.push_back({Intent::Kind::open_resources, {}});
        EndCard();
        ImGui::Spacing();
    }
    Heading("home.models.title", "Responsibility models", 2);
    if (catalog.models().empty()) Paragraph("home.models.none", "No responsibility model could be loaded.", p.text_muted);
    for (const ResponsibilityModel& m : catalog.models()) {
        BeginCard();
        Heading("home.model.title." + m.id, m.title, 3);
        Paragraph("home.model.summary." + m.id, m.summary, p.text_muted);
        Paragraph("home.model.counts." + m.id,
                  std::to_string(m.services.size()) + " services \xC2\xB7 " + std::to_string(m.controls.size()) +
                      " controls \xC2\xB7 " + std::to_string(m.layers.size()) + " diagram layers",
                  p.text_muted);
        if (Button("home.model." + m.id, "Explore " + m.provider + " model")) out.push_back({Intent::Kind::open_explore, m.id});
        EndCard();
    }
    ImGui::Spacing();
    Heading("home.quizzes.title", "Quizzes", 2);
    std::map<std::string, std::vector<std::string>> due = app.due_reviews();
    if (!due.empty()) {
        size_t concepts = 0;
        for (const auto& d : due) concepts += d.second.size();
        Paragraph("home.due", std::to_string(concepts) + (concepts == 1 ? " concept is" : " concepts are") +
                                  " due for review. Reviews come back on a schedule; there is no streak to keep.",
                  p.provider_text);
    }
    if (Button("home.quizzes", due.empty() ? "All quizzes" : "Review and all quizzes", !due.empty()))
        out.push_back({Intent::Kind::open_quizzes, {}});
    SameLineIfRoom("Your progress");
    if (Button("home.progress", "Your progress", false)) out.push_back({Intent::Kind::open_progress, {}});
    if (catalog.quizzes().empty()) Paragraph("home.quizzes.none", "No quiz could be loaded.", p.text_muted);
    for (const Quiz& q : catalog.quizzes()) {
        BeginCard();
        Heading("home.quiz.title." + q.id, q.title, 3);
        Paragraph("home.quiz.description." + q.id, q.description, p.text_muted);
        Paragraph("home.quiz.counts." + q.id,
                  std::to_string(q.questions.size()) + " questions \xC2\xB7 pass mark " +
                      std::to_string(int(q.pass_mark * 100 + 0.5)) + "%",
                  p.text_muted);
        if (Button("home.quiz." + q.id, "Practice", true, 0, "Practice: " + q.title)) out.push_back({Intent::Kind::start_quiz, q.id});
        EndCard();
    }
    ImGui::Spacing();
    DrawJoinRoomCard(app, out);
    ImGui::Spacing();
    DrawDisplayCard(app, out);
}

} // namespace srm::ui
