// The accessible site: one catalog per language quizzes are written in (see accessible_site.h).
#include "accessible_site.h"
#include "catalog.h"
#include "html_page.h"
#include "model_page.h"
#include "quiz_page.h"
#include <algorithm>
#include <set>

namespace srm_html {

namespace {

srm::ContentCatalog load(const std::vector<std::pair<std::string, std::string>>& files, const std::string& today,
                         const std::string& lang) {
    srm::ContentCatalog catalog(today);
    catalog.set_language(lang);
    for (const auto& [path, text] : files) catalog.add_file(path, text);
    catalog.finish();
    return catalog;
}

void add_page(std::vector<SitePage>& pages, const std::string& file, const std::string& text) {
    SitePage page;
    page.file = file;
    page.text = text;
    pages.push_back(std::move(page));
}

struct QuizLink {
    std::string file, lang, title;
    size_t questions = 0;
};

std::string index_page(std::vector<QuizLink> quizzes, const std::vector<srm::ResponsibilityModel>& models) {
    std::sort(quizzes.begin(), quizzes.end(), [](const QuizLink& a, const QuizLink& b) { return a.file < b.file; });
    std::string body = "<p>The same quizzes and responsibility models as the interactive SRM Trainer, as plain pages that "
                       "work with any browser, keyboard and screen reader.</p>\n<h2>Quizzes</h2>\n<ul>\n";
    for (const QuizLink& q : quizzes)
        body += "<li><a href=\"" + escape(q.file) + "\" hreflang=\"" + escape(q.lang) + "\" lang=\"" + escape(q.lang) +
                "\">" + escape(q.title) + "</a>" + (q.lang == "fr" ? " (en fran\u00e7ais)" : "") + ": " +
                std::to_string(q.questions) + " questions</li>\n";
    body += "</ul>\n<h2>Responsibility models</h2>\n<ul>\n";
    for (const srm::ResponsibilityModel& m : models)
        body += "<li><a href=\"model-" + escape(m.id) + ".html\">" + escape(m.title) + "</a></li>\n";
    body += "</ul>\n";
    return page("SRM Trainer: accessible version", body, page_words("en"));
}

} // namespace

bool accessible_site(const std::vector<std::pair<std::string, std::string>>& files, const std::string& today,
                     std::vector<SitePage>& pages, std::string& problem) {
    const srm::ContentCatalog english = load(files, today, "en");
    std::set<std::string> languages;
    for (const srm::ContentEntry& e : english.entries())
        if (e.kind == srm::ContentKind::quiz && e.loaded && e.translation) languages.insert(e.lang);
    std::vector<QuizLink> links;
    auto add_quizzes = [&](const srm::ContentCatalog& catalog, const std::string& lang) {
        for (const srm::Quiz& quiz : catalog.quizzes()) {
            if (lang != "en" && quiz.lang != lang) continue; // not translated: its English page has it
            QuizLink link;
            link.file = "quiz-" + quiz.id + (lang == "en" ? "" : "." + lang) + ".html";
            link.lang = lang;
            link.title = quiz.title;
            link.questions = quiz.questions.size();
            std::string html;
            if (!quiz_page(quiz, catalog, html, problem)) return false;
            add_page(pages, link.file, html);
            links.push_back(link);
        }
        return true;
    };
    if (!add_quizzes(english, "en")) return false;
    for (const std::string& lang : languages)
        if (!add_quizzes(load(files, today, lang), lang)) return false;
    for (const srm::ResponsibilityModel& m : english.models())
        add_page(pages, "model-" + m.id + ".html", model_page(m));
    add_page(pages, "index.html", index_page(links, english.models()));
    add_page(pages, "accessible.css", kStyleSheet);
    return true;
}

} // namespace srm_html
