// Home: what the module is, an excerpt of one service's diagram with its line, where you left
// off and the guided path, then the responsibility models and the quizzes found, and any
// content problems (named by file and line:column) without hiding what did load.
#include "diagram.h"
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"
#include <algorithm>

namespace srm::ui {

// Theme and text size, kept in this browser. A link's theme= or text= wins for that page.
static void DrawDisplayCard(const App& app, Intents& out) {
    BeginCard();
    Heading("home.display.title", T("Display"), 2);
    static const char* const kThemes[] = {"", "light", "dark", "high-contrast"};
    int current = 0;
    for (int i = 0; i < 4; ++i)
        if (app.display().theme == kThemes[i]) current = i;
    ImGui::AlignTextToFramePadding();
    Paragraph("home.theme.label", T("Theme:"));
    ImGui::SameLine();
    int picked = Tabs("home.theme", {T("System"), T("Light"), T("Dark"), T("High contrast")}, current);
    if (picked >= 0) out.push_back(intent::SetTheme(kThemes[picked]));
    ImGui::AlignTextToFramePadding();
    Paragraph("home.language.label", T("Language:"));
    ImGui::SameLine();
    int language = Tabs("home.language",
                        {"English", "Fran\xC3\xA7"
                                    "ais"},
                        Language() == "fr" ? 1 : 0);
    if (language >= 0) out.push_back(intent::SetLanguage(Languages()[size_t(language)]));
    int size = app.display().text_size;
    ImGui::AlignTextToFramePadding();
    Paragraph("home.text.size", F("Text size: {1}", {Percent(size / 100.0)}));
    ImGui::SameLine();
    ImGui::BeginDisabled(size <= 100);
    if (Button("home.text.smaller", "A\xE2\x88\x92", false, 0, T("Smaller text")))
        out.push_back(intent::SetTextSize(size - 25));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(size >= 200);
    if (Button("home.text.larger", "A+", false, 0, T("Larger text"))) out.push_back(intent::SetTextSize(size + 25));
    ImGui::EndDisabled();
    EndCard();
}

// The idea at a glance: the first model's first service with a clean line, drawn read-only from
// the layer above the line to the layer below it, and a button to explore it.
static void DrawLineExcerpt(const App& app, Intents& out) {
    const std::vector<ResponsibilityModel>& models = app.catalog().models();
    if (models.empty()) return;
    const ResponsibilityModel& m = models.front();
    const Service* service = line_excerpt_service(m);
    if (!service) return;
    LineBoundary boundary = line_boundary(m, service->id);
    DiagramOptions options;
    options.id_prefix = "home.diagram";
    options.interactive = false;
    options.line_id = "home.line";
    int first = std::max(0, boundary.lowest() - 1), last = std::min(int(boundary.layers.size()) - 1, boundary.highest());
    for (int i = first; i <= last; ++i) options.only_layers.push_back(boundary.layers[size_t(i)]->id);
    BeginCard();
    Heading("home.line.title", F("The line, on {1}", {service->name}), 2);
    Intents ignored; // read-only: the excerpt's tiles are not buttons
    DrawDiagram(app, m, service->id, {}, options, ignored);
    ImGui::Spacing();
    if (Button("home.line.explore", F("Explore {1} model", {m.provider}), false, 0,
               F("Explore {1} model, starting from {2}", {m.provider, service->name}))) {
        out.push_back(intent::OpenExplore(m.id));
        out.push_back(intent::ChooseService(service->id));
    }
    EndCard();
    ImGui::Spacing();
}

void DrawHomeScreen(const App& app, Intents& out) {
    const Palette& p = Colors();
    const ContentCatalog& catalog = app.catalog();
    DrawTopBar(app, "SRM Trainer", out);
    Paragraph("home.intro",
              T("Learn who secures what in the cloud. The provider secures the cloud itself; you secure what you "
                "put in it, and the line between the two moves with the kind of service you use."),
              p.text_muted);
    Link("home.accessible", T("Accessible HTML version of the quizzes and models"), "accessible/index.html");
    ImGui::Spacing();
    DrawContentErrors(app);
    DrawLineExcerpt(app, out);
    if (const SavedRun* run = app.resumable()) {
        const Quiz* quiz = app.catalog().find_quiz(run->quiz_id);
        BeginCard(p.accent_soft, p.accent);
        if (run->finished) {
            Heading("home.resume.title", T("Your workshop results"), 2);
            Paragraph("home.resume.what", F("{1} in room {2}: finished. Your results code is on the results page.",
                                            {quiz->title, run->room}));
        } else {
            Heading("home.resume.title", T("Resume where you left off"), 2);
            Paragraph("home.resume.what",
                      run->answers.size() == 1
                          ? F("{1}: 1 question answered so far.", {quiz->title})
                          : F("{1}: {2} questions answered so far.", {quiz->title, std::to_string(run->answers.size())}));
        }
        if (Button("home.resume", run->finished ? T("Show results") : T("Resume"), true, 0,
                   run->finished ? F("Show results: {1}", {quiz->title}) : F("Resume: {1}", {quiz->title})))
            out.push_back(intent::ResumeQuiz{});
        SameLineIfRoom(T("Discard"));
        if (Button("home.resume.discard", T("Discard"), false, 0, T("Discard the unfinished quiz")))
            out.push_back(intent::DiscardResume{});
        EndCard();
        ImGui::Spacing();
    }

    // The lists below come from the content's summary, which the web app's first view has before
    // the content itself (content_summary.h).
    const ContentSummary& summary = catalog.summary();
    const std::vector<LessonSummary>& lessons = summary.lessons;
    if (!lessons.empty()) {
        size_t read = 0;
        const LessonSummary* next = nullptr;
        for (const LessonSummary& l : lessons) {
            bool done = app.learning().progress.lessons_read.count(l.id) > 0;
            read += done;
            if (!done && !next) next = &l;
        }
        BeginCard();
        Heading("home.lessons.title", T("Guided path"), 2);
        Paragraph("home.lessons.progress",
                  F("{1} of {2} lessons read.", {std::to_string(read), std::to_string(lessons.size())}), p.text_muted);
        if (next) {
            Paragraph("home.lessons.upnext", read ? F("Next: {1}", {next->title}) : F("First: {1}", {next->title}));
            if (Button("home.lessons.next", read ? T("Continue") : T("Start"), true, 0,
                       read ? F("Continue: {1}", {next->title}) : F("Start: {1}", {next->title})))
                out.push_back(intent::OpenLesson(next->id));
            SameLineIfRoom(T("All lessons"));
        }
        if (Button("home.lessons", T("All lessons"), !next)) out.push_back(intent::OpenLessons{});
        SameLineIfRoom(T("Official resources"));
        if (Button("home.resources", T("Official resources"), false)) out.push_back(intent::OpenResources{});
        EndCard();
        ImGui::Spacing();
    }
    BeginCard();
    Heading("home.stack.title", T("Your stack"), 2);
    Paragraph("home.stack.text",
              T("Pick the services your team runs and see every duty that is yours, with a checklist to share."),
              p.text_muted);
    if (Button("home.stack", T("Open your stack"))) out.push_back(intent::OpenStack(""));
    EndCard();
    ImGui::Spacing();
    Heading("home.models.title", T("Responsibility models"), 2);
    if (summary.models.empty())
        Paragraph("home.models.none", T("No responsibility model could be loaded."), p.text_muted);
    for (const ModelSummary& m : summary.models) {
        BeginCard();
        Heading("home.model.title." + m.id, m.title, 3);
        Paragraph("home.model.summary." + m.id, m.summary, p.text_muted);
        Paragraph("home.model.counts." + m.id,
                  F("{1} services \xC2\xB7 {2} controls \xC2\xB7 {3} diagram layers",
                    {std::to_string(m.services), std::to_string(m.controls), std::to_string(m.layers)}),
                  p.text_muted);
        if (Button("home.model." + m.id, F("Explore {1} model", {m.provider})))
            out.push_back(intent::OpenExplore(m.id));
        EndCard();
    }
    ImGui::Spacing();
    Heading("home.quizzes.title", T("Quizzes"), 2);
    std::map<std::string, std::vector<std::string>> due = app.due_reviews();
    if (!due.empty()) {
        size_t concepts = 0;
        for (const auto& d : due) concepts += d.second.size();
        Paragraph("home.due",
                  concepts == 1
                      ? T("1 concept is due for review. Reviews come back on a schedule; there is no streak to keep.")
                      : F("{1} concepts are due for review. Reviews come back on a schedule; there is no streak to keep.",
                          {std::to_string(concepts)}),
                  p.provider_text);
    }
    if (Button("home.quizzes", due.empty() ? T("All quizzes") : T("Review and all quizzes"), !due.empty()))
        out.push_back(intent::OpenQuizzes{});
    SameLineIfRoom(T("Your progress"));
    if (Button("home.progress", T("Your progress"), false)) out.push_back(intent::OpenProgress{});
    if (summary.quizzes.empty()) Paragraph("home.quizzes.none", T("No quiz could be loaded."), p.text_muted);
    for (const QuizSummary& q : summary.quizzes) {
        BeginCard();
        Heading("home.quiz.title." + q.id, q.title, 3);
        Paragraph("home.quiz.description." + q.id, q.description, p.text_muted);
        Paragraph("home.quiz.counts." + q.id,
                  F("{1} questions \xC2\xB7 pass mark {2}", {std::to_string(q.questions), Percent(q.pass_mark)}),
                  p.text_muted);
        if (Button("home.quiz." + q.id, T("Practice"), true, 0, F("Practice: {1}", {q.title})))
            out.push_back(intent::StartQuiz(q.id));
        EndCard();
    }
    ImGui::Spacing();
    DrawJoinRoomCard(app, out);
    ImGui::Spacing();
    DrawDisplayCard(app, out);
}

} // namespace srm::ui
