// The guided path (lesson list and one lesson) and the curated official resources.
//
// [SECTION] Lesson list
// [SECTION] One lesson
// [SECTION] Resources
#include "diagram.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Lesson list
//-----------------------------------------------------------------------------

void DrawLessonsScreen(const App& app, Intents& out) {
    const std::vector<Lesson>& lessons = app.catalog().lessons();
    DrawTopBar(app, T("Lessons"), out);
    size_t read = 0;
    for (const Lesson& l : lessons) read += app.learning().progress.lessons_read.count(l.id);
    Paragraph("lessons.progress",
              F("{1} of {2} lessons read. Each takes a few minutes and ends with a link into the explorer and a quiz.",
                {std::to_string(read), std::to_string(lessons.size())}),
              Colors().text_muted);
    for (const Lesson& l : lessons) {
        bool done = app.learning().progress.lessons_read.count(l.id) > 0;
        BeginCard();
        Heading("lessons.title." + l.id, l.title, 3);
        Paragraph("lessons.summary." + l.id, l.summary, Colors().text_muted);
        if (done) Paragraph("lessons.read." + l.id, std::string("\xE2\x9C\x93 ") + T("Read"), Colors().success_text);
        if (Button("lessons.open." + l.id, done ? T("Read again") : T("Read"), true, 0,
                   done ? F("Read again: {1}", {l.title}) : F("Read: {1}", {l.title})))
            out.push_back(intent::OpenLesson(l.id));
        EndCard();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] One lesson
//-----------------------------------------------------------------------------

void DrawLessonScreen(const App& app, Intents& out) {
    const Lesson* l = app.learning().lesson;
    if (!l) return;
    DrawTopBar(app, l->title, out);
    Paragraph("lesson.summary", l->summary, Colors().text_muted);
    for (size_t i = 0; i < l->paragraphs.size(); ++i)
        Paragraph("lesson.paragraph." + std::to_string(i), l->paragraphs[i]);
    if (const ResponsibilityModel* m = app.catalog().find_model(l->diagram.cloud)) {
        const Service* service = m->find_service(l->diagram.service);
        if (service) {
            BeginCard();
            Heading("lesson.diagram.title", F("In the diagram: {1} ({2})", {service->name, m->provider}), 3);
            DiagramOptions options;
            options.id_prefix = "lesson";
            options.interactive = false;
            options.only_layers = l->diagram.layers;
            Intents ignored;
            DrawDiagram(app, *m, service->id, {}, options, ignored);
            EndCard();
        }
    }
    ImGui::Spacing();
    if (Button("lesson.explore", T("Explore it"))) out.push_back(intent::OpenDeepLink(l->explore));
    if (!l->quiz.empty() && app.catalog().find_quiz(l->quiz)) {
        SameLineIfRoom(T("Test yourself"));
        if (Button("lesson.quiz", T("Test yourself"), false)) out.push_back(intent::StartQuiz(l->quiz));
    }
    const std::vector<Lesson>& all = app.catalog().lessons();
    for (size_t i = 0; i < all.size(); ++i) {
        if (&all[i] != l) continue;
        if (i + 1 < all.size()) {
            std::string next = std::string(T("Next lesson")) + " \xE2\x86\x92";
            SameLineIfRoom(next);
            if (Button("lesson.next", next, false, 0, F("Next lesson: {1}", {all[i + 1].title})))
                out.push_back(intent::OpenLesson(all[i + 1].id));
        }
    }
    ImGui::Spacing();
    Heading("lesson.sources.title", T("Sources"), 3);
    for (size_t i = 0; i < l->sources.size(); ++i)
        Link("lesson.source." + std::to_string(i), l->sources[i], l->sources[i]);
}

//-----------------------------------------------------------------------------
// [SECTION] Resources
//-----------------------------------------------------------------------------

void DrawResourcesScreen(const App& app, Intents& out) {
    DrawTopBar(app, T("Official resources"), out);
    Paragraph("resources.intro", T("Official pages and free courses, grouped by topic. Each opens in a new tab."),
              Colors().text_muted);
    for (const ResourceGroup& group : app.catalog().resources()) {
        Heading("resources.group." + group.id, group.title, 2);
        for (size_t i = 0; i < group.links.size(); ++i) {
            const ResourceLink& link = group.links[i];
            std::string id = "resources." + group.id + "." + std::to_string(i);
            Link(id, link.title, link.url);
            ImGui::Indent();
            Paragraph(id + ".description", link.description, Colors().text_muted);
            ImGui::Unindent();
        }
    }
}

} // namespace srm::ui
