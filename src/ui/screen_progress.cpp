// "Your progress": what the learner has done, and the progress code to carry it to another
// browser or device (copy it here, paste it there), for when this browser cannot keep it.
#include "screens.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

void DrawProgressScreen(const App& app, Intents& out) {
    const Palette& p = Colors();
    const Progress& progress = app.learning().progress;
    DrawTopBar(app, T("Your progress"), out);
    Paragraph("progress.lessons", F("{1} of {2} lessons read.", {std::to_string(progress.lessons_read.size()),
                                                                 std::to_string(app.catalog().lessons().size())}));
    for (const Quiz& q : app.catalog().quizzes()) {
        auto r = progress.quizzes.find(q.id);
        std::string text = r == progress.quizzes.end() ? F("{1}: not taken yet", {q.title})
                           : r->second.attempts == 1
                               ? F("{1}: best {2} in 1 attempt", {q.title, Percent(r->second.best_percent / 100.0)})
                               : F("{1}: best {2} in {3} attempts", {q.title, Percent(r->second.best_percent / 100.0),
                                                                     std::to_string(r->second.attempts)});
        Paragraph("progress.quiz." + q.id, text);
    }
    ImGui::Spacing();
    BeginCard();
    Heading("progress.code.title", T("Progress code"), 2);
    Paragraph("progress.code.help",
              T("Your progress stays in this browser. To continue elsewhere, copy this code and import it there. "
                "It holds only lessons read, quiz scores and review dates: no name, no account."),
              p.text_muted);
    std::string code = progress_to_code(progress);
    Paragraph("progress.code", code);
    if (Button("progress.copy", T("Copy progress code"))) out.push_back(intent::CopyProgressCode{});
    EndCard();
    ImGui::Spacing();
    BeginCard();
    Heading("progress.import.title", T("Import a progress code"), 2);
    std::string pasted;
    if (TextBox("progress.import.code", T("Progress code to import"), T("Paste a progress code (SRM1|...)"),
                app.learning().import_draft, pasted))
        out.push_back(intent::SetImportDraft(pasted));
    if (Button("progress.import", T("Import"), false))
        out.push_back(intent::ImportProgressCode(app.learning().import_draft));
    EndCard();
}

} // namespace srm::ui
