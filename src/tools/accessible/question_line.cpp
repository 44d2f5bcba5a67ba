// Move the line: the service's layers as an ordered list, top (the customer's side) down, and the
// right place for the line in words in the answer. The words are the page's own, in English or
// French after the page's language.
#include "question_html.h"
#include <cstring>

namespace srm_html {

namespace {

struct LineWords {
    const char* layers;  // before the list
    const char* above;   // "above " + the first layer
    const char* below;   // "below " + the last layer
    const char* between; // "between " + A + and + B
    const char* and_word;
    const char* either; // ", on either side of " + the shared layers
};

const LineWords kEnglish = {
    "The layers, from the top (your side) down:", "above ", "below ", "between ", " and ", ", on either side of "};
const LineWords kFrench = {"Les couches, du haut (votre c\xC3\xB4t\xC3\xA9) vers le bas\xE2\x80\xAF:",
                           "au-dessus de ",
                           "en dessous de ",
                           "entre ",
                           " et ",
                           ", d\xE2\x80\x99un c\xC3\xB4t\xC3\xA9 ou de l\xE2\x80\x99"
                           "autre de "};

std::string label(const srm::Question& q, int i) { return q.layer_labels[size_t(i)]; }

// Between layers `upper` (-1: the top) and `lower` (n: the bottom), not both outside.
std::string between(const srm::Question& q, const LineWords& w, int upper, int lower) {
    int n = int(q.layer_labels.size());
    if (upper < 0) return w.above + label(q, lower);
    if (lower >= n) return w.below + label(q, upper);
    return w.between + label(q, upper) + w.and_word + label(q, lower);
}

// The right lines: one boundary, or the layers bounding the range and the shared ones between.
std::string range_words(const srm::Question& q, const LineWords& w) {
    int n = int(q.layer_labels.size());
    if (n == 0) return {};
    if (q.line_lowest >= q.line_highest || (q.line_lowest == 0 && q.line_highest >= n))
        return between(q, w, q.line_lowest - 1, q.line_lowest);
    std::string words = between(q, w, q.line_lowest - 1, q.line_highest);
    std::string either;
    for (int i = q.line_lowest; i < q.line_highest; ++i)
        either += (i == q.line_lowest ? "" : i + 1 == q.line_highest ? w.and_word : ", ") + label(q, i);
    return words + w.either + either;
}

} // namespace

QuestionHtml line_question(const srm::Question& q, const QuestionPlace& place) {
    const LineWords& w = std::strcmp(place.words->lang, "fr") == 0 ? kFrench : kEnglish;
    std::string fields = "<p>" + escape(w.layers) + "</p><ol>";
    for (const std::string& layer : q.layer_labels) fields += "<li>" + escape(layer) + "</li>";
    fields += "</ol>\n";
    return framed_question(q, place, fields, range_words(q, w));
}

} // namespace srm_html
