// The parts every accessible HTML page shares: escaping, the page's own words in English and
// French, the page frame (lang attribute, navigation, one <h1>) and the style sheet.
#pragma once
#include <array>
#include <string>

namespace srm_html {

// Text from content made safe inside an element or a double-quoted attribute.
std::string escape(const std::string& text);

// The words of the pages themselves, in the language of the content they show.
struct PageWords {
    const char* lang = "";
    const char* all_pages = "";          // the navigation link to the index
    const char* interactive = "";        // the navigation link to the app
    const char* question = "";           // "Question " before its number
    const char* intro = "";              // after the question count: how to use the page
    const char* show_answer = "";        // "Show the answer to question " before its number
    const char* answer = "";             // "Answer:"
    const char* learn_more = "";         // the first source
    const char* another_source = "";     // every further source
    const char* put_in_order = "";       // before the items of an ordering question
    std::array<const char*, 4> owners{}; // customer, provider, shared, not applicable (srm::kAnswerOwners' order)
    std::array<const char*, 2> true_false{};
    const char* why_not = "";    // feedback of a wrong choice
    const char* also_right = ""; // feedback of a keyed choice
    const char* colon = "";      // between a label and its value
    const char* semicolon = "";  // between the values of one answer
    const char* open_quote = "";
    const char* close_quote = "";
};

// English for "en" and any language without words of its own; French for "fr".
const PageWords& page_words(const std::string& lang);

// A whole page: doctype, lang, title, navigation back to the index and to the app, <main> with
// the title as its only <h1> and `body` (HTML) after it.
std::string page(const std::string& title, const std::string& body, const PageWords& words);

// A link to an https source; anything else gives no link at all.
std::string source_link(const std::string& url, const std::string& text);

// accessible.css: readable measure, visible focus, light and dark.
extern const char* const kStyleSheet;

} // namespace srm_html
