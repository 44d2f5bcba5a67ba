// A quiz as a form: per question a section with its heading, its controls (drawn by the renderer of
// its type) and "Show the answer" (a <details>) with the key, the explanation and the sources.
#include "quiz_page.h"
#include "question_html.h"

namespace srm_html {

namespace {

bool has_renderers(const srm::Question& q, std::string& problem) {
    if (!renderer_for(q)) {
        problem =
            "question \"" + q.id + "\" has type \"" + srm::question_type_id(q.type) + "\", which no HTML renderer draws";
        return false;
    }
    for (const srm::Question& part : q.parts)
        if (!has_renderers(part, problem)) return false;
    return true;
}

std::string sources(const srm::Question& q, const PageWords& w) {
    std::string out;
    for (size_t i = 0; i < q.sources.size(); ++i)
        out += (i ? " " : "") + source_link(q.sources[i], i ? w.another_source : w.learn_more);
    return out;
}

} // namespace

bool quiz_page(const srm::Quiz& quiz, const srm::ContentCatalog& catalog, std::string& html, std::string& problem) {
    const PageWords& w = page_words(quiz.lang);
    std::string body = "<p>" + escape(quiz.description) + "</p>\n<p>" +
                       escape(std::to_string(quiz.questions.size()) + w.intro) + "</p>\n<form>\n";
    for (size_t i = 0; i < quiz.questions.size(); ++i) {
        const srm::Question& q = quiz.questions[i];
        if (!has_renderers(q, problem)) {
            problem = quiz.id + ": " + problem;
            return false;
        }
        const std::string n = std::to_string(i + 1), id = "q" + n;
        QuestionPlace place;
        place.words = &w;
        place.catalog = &catalog;
        place.name = id;
        QuestionHtml question = renderer_for(q)(q, place);
        body += "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" + escape(w.question + n) + "</h2>\n" +
                question.form + "<details><summary>" + escape(w.show_answer + n) + "</summary>\n" + question.answer +
                "\n<p>" + escape(q.explanation) + "</p>\n<p>" + sources(q, w) + "</p>\n</details>\n</section>\n";
    }
    body += "</form>\n";
    html = page(quiz.title, body, w);
    return true;
}

} // namespace srm_html
