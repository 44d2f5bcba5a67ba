// "Your progress": what the learner has done, and the progress code to carry it to another
// browser or device (copy it here, paste it there), for when this browser cannot keep it.
#include "screens.h"
#include "theme.h"
#include "widgets.h"

namespace srm::ui {

void DrawProgressScreen(const App& app, Intents& out) {
    const Palette& p = Colors();
    const Progress& progress = app.progress();
    DrawTopBar(app, "Your progress", out);
    Paragraph("progress.lessons", std::to_string(progress.lessons_read.size()) + " of " +
                                      std::to_string(app.catalog().lessons().size()) + " lessons read.");
    for (const Quiz& q : app.catalog().quizzes()) {
        auto r = progress.quizzes.find(q.id);
        std::string text = q.title + ": " + (r == progress.quizzes.end() ? std::string("not taken yet")
                                                                          : "best " + std::to_string(r->second.best_percent) + "% in " +
                                                                                std::to_string(r->second.attempts) +
                                                                                (r->second.attempts == 1 ? " attempt" : " attempts"));
        Paragraph("progress.quiz." + q.id, text);
    }
    ImGui::Spacing();
    BeginCard();
    Heading("progress.code.title", "Progress code", 2);
    Paragraph("progress.code.help",
              "Your progress stays in this browser. To continue elsewhere, copy this code and import it there. "
              "It holds only lessons read, quiz scores and review dates: no name, no account.",
              p.text_muted);
    std::string code = progress_to_code(progress);
    Paragraph("progress.code", code);
    if (Button("progress.copy", "Copy progress code")) out.push_back({Intent::Kind::copy_progress_code, {}});
    EndCard();
    ImGui::Spacing();
    BeginCard();
    Heading("progress.import.title", "Import a progress code", 2);
    std::string pasted;
    if (TextBox("progress.import.code", "Progress code to import", "Paste a progress code (SRM1|...)", app.import_draft(), pasted))
        out.push_back({Intent::Kind::set_import_draft, pasted});
    if (Button("progress.import", "Import", false)) out.push_back({Intent::Kind::import_progress_code, app.import_draft()});
    EndCard();
}

} // namespace srm::ui
