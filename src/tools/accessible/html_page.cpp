// Escaping, page words, the page frame and the style sheet (see html_page.h).
#include "html_page.h"

namespace srm_html {

std::string escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#x27;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

PageWords english() {
    PageWords w;
    w.lang = "en";
    w.all_pages = "Accessible version: all pages";
    w.interactive = "Interactive version";
    w.question = "Question ";
    w.intro = " questions. Answer each, then open \"Show the answer\" to check it. Nothing is sent anywhere.";
    w.show_answer = "Show the answer to question ";
    w.answer = "Answer:";
    w.learn_more = "Learn more";
    w.another_source = "Another source";
    w.put_in_order = "Put these in order:";
    w.owners = {"Customer", "Provider", "Shared", "Not applicable"};
    w.true_false = {"True", "False"};
    w.why_not = "Why not";
    w.also_right = "Also right";
    w.colon = ": ";
    w.semicolon = "; ";
    w.open_quote = "\u201c";
    w.close_quote = "\u201d";
    return w;
}

// French typography: a narrow no-break space (U+202F) before ":" and ";" and inside guillemets.
PageWords french() {
    PageWords w;
    w.lang = "fr";
    w.all_pages = "Version accessible\u202f: toutes les pages";
    w.interactive = "Version interactive";
    w.question = "Question ";
    w.intro =
        " questions. R\u00e9pondez \u00e0 chacune, puis ouvrez \u00ab\u202fVoir la r\u00e9ponse\u202f\u00bb pour v\u00e9rifier. "
        "Rien n\u2019est envoy\u00e9 nulle part.";
    w.show_answer = "Voir la r\u00e9ponse \u00e0 la question ";
    w.answer = "R\u00e9ponse\u202f:";
    w.learn_more = "En savoir plus";
    w.another_source = "Autre source";
    w.put_in_order = "Mettez dans l\u2019ordre\u202f:";
    w.owners = {"Client", "Fournisseur", "Partag\u00e9", "Sans objet"};
    w.true_false = {"Vrai", "Faux"};
    w.why_not = "Pourquoi pas";
    w.also_right = "Juste aussi";
    w.colon = "\u202f: ";
    w.semicolon = "\u202f; ";
    w.open_quote = "\u00ab\u202f";
    w.close_quote = "\u202f\u00bb";
    return w;
}

} // namespace

const PageWords& page_words(const std::string& lang) {
    static const PageWords kEnglish = english(), kFrench = french();
    return lang == "fr" ? kFrench : kEnglish;
}

std::string page(const std::string& title, const std::string& body, const PageWords& words) {
    return "<!doctype html>\n<html lang=\"" + escape(words.lang) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           escape(title) +
           "</title>\n"
           "<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"accessible.css\">\n"
           "</head>\n<body>\n<nav aria-label=\"Pages\"><a href=\"index.html\">" +
           escape(words.all_pages) +
           "</a> \u00b7 "
           "<a href=\"../index.html\">" +
           escape(words.interactive) + "</a></nav>\n<main>\n<h1>" + escape(title) + "</h1>\n" + body +
           "</main>\n</body>\n</html>\n";
}

std::string source_link(const std::string& url, const std::string& text) {
    if (url.rfind("https://", 0) != 0) return "";
    return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
}

const char* const kStyleSheet =
    R"css(body { max-width: 48rem; margin: 0 auto; padding: 1rem; font: 1.05rem/1.6 system-ui, sans-serif;
  color: #171c26; background: #fff; }
a { color: #1d4ed8; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
fieldset { border: 1px solid #6b7280; border-radius: 6px; margin: 0 0 1rem; padding: .5rem 1rem; }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; padding: .2rem 0; }
details { margin: .5rem 0 1rem; }
summary { cursor: pointer; color: #1d4ed8; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #6b7280; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.case { border-left: 4px solid #6b7280; padding-left: .75rem; }
@media (prefers-color-scheme: dark) {
  body { color: #eceff4; background: #111319; }
  a, summary { color: #93c5fd; }
  th, td, fieldset { border-color: #9ca3af; }
}
)css";

} // namespace srm_html
