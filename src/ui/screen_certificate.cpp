// The certificate of a passed quiz, for learners without a learning platform: the learner types
// the name to print, and the sheet shows it with the quiz, the score, the date, the edition of the
// content and a verification code. "Print or save as PDF" opens the browser's print dialog; the
// page's print style sheet shows only the nodes under "certificate.sheet." (web/style.css).
#include "certificate.h"
#include "screens.h"
#include "text_codes.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

// The content's edition in words: each model's own edition, or the date of the content.
static std::vector<std::string> EditionLines(const App& app, const std::string& edition) {
    std::vector<std::string> lines;
    for (const std::string& part : split(edition, '+')) {
        size_t colon = part.find(':');
        std::string id = part.substr(0, colon), date = colon == std::string::npos ? "" : part.substr(colon + 1);
        const ResponsibilityModel* m = app.catalog().find_model(id);
        if (m && !m->edition.empty())
            lines.push_back(F("{1} model: {2} (cells checked up to {3})", {m->provider, m->edition, date}));
        else if (m) lines.push_back(F("{1} model, cells checked up to {2}", {m->provider, date}));
        else lines.push_back(F("Content checked up to {1}", {date}));
    }
    return lines;
}

static void DrawSheet(const App& app, const Certificate& c) {
    const Palette& p = Colors();
    BeginCard(p.accent_soft, p.accent);
    Heading("certificate.sheet.title", T("Certificate of achievement"), 2);
    Paragraph("certificate.sheet.intro", T("SRM Trainer certifies that"), p.text_muted);
    Heading("certificate.sheet.name", c.name, 3);
    Paragraph("certificate.sheet.quiz", F("passed the quiz \"{1}\" with a score of {2}.",
                                          {app.quiz().session->quiz().title, Percent(c.percent / 100.0)}));
    Paragraph("certificate.sheet.date", F("Date: {1}", {c.date}));
    std::vector<std::string> editions = EditionLines(app, c.edition);
    for (size_t i = 0; i < editions.size(); ++i)
        Paragraph("certificate.sheet.edition." + std::to_string(i), editions[i], p.text_muted);
    Paragraph("certificate.sheet.code", F("Verification code: {1}", {certificate_code(c)}));
    Paragraph("certificate.sheet.verify",
              T("Anyone can check this code by pasting it into SRM Trainer's room summary, or with "
                "srm-check --verify."),
              p.text_muted);
    EndCard();
}

void DrawCertificateScreen(const App& app, Intents& out) {
    const Palette& p = Colors();
    DrawTopBar(app, T("Your certificate"), out);
    if (!app.OffersCertificate()) {
        Paragraph("certificate.none", T("Pass a quiz to get a certificate."));
        if (Button("certificate.back", T("All quizzes"), false)) out.push_back(intent::OpenQuizzes{});
        return;
    }
    const QuizSession& session = *app.quiz().session;
    std::string typed;
    InitialFocusHere();
    if (TextBox("certificate.name", T("Your name as it should appear on the certificate"), T("Your name"),
                app.quiz().certificate_name, typed))
        out.push_back(intent::SetCertificateName(typed));
    Certificate c;
    Problem problem;
    bool named = clean_certificate_name(app.quiz().certificate_name, c.name, problem);
    if (!named)
        Paragraph("certificate.name.problem", Translate(problem),
                  app.quiz().certificate_name.empty() ? p.text_muted : p.error_text);
    ImGui::BeginDisabled(!named);
    if (Button("certificate.print", T("Print or save as PDF"))) out.push_back(intent::PrintCertificate{});
    ImGui::EndDisabled();
    SameLineIfRoom(T("Back to the results"));
    if (Button("certificate.back", T("Back to the results"), false)) out.push_back(intent::CloseCertificate{});
    ImGui::Spacing();
    if (!named) return;
    c.quiz_id = session.quiz().id;
    c.percent = int(session.scaled() * 100 + 0.5);
    c.date = app.catalog().today();
    c.edition = certificate_edition(session.quiz(), app.catalog());
    DrawSheet(app, c);
}

} // namespace srm::ui
