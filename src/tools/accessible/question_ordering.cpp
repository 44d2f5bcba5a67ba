// Ordering: the items as a list in alphabetical order (not the answer's); the answer gives the order.
#include "question_html.h"
#include <algorithm>

namespace srm_html {

QuestionHtml ordering_question(const srm::Question& q, const QuestionPlace& place) {
    std::vector<std::string> shuffled = q.order;
    std::sort(shuffled.begin(), shuffled.end());
    std::string fields = "<p>" + escape(place.words->put_in_order) + "</p><ul>";
    for (const std::string& item : shuffled) fields += "<li>" + escape(item) + "</li>";
    fields += "</ul>\n";
    std::string key;
    for (const std::string& item : q.order) key += (key.empty() ? "" : " > ") + item;
    return framed_question(q, place, fields, key);
}

} // namespace srm_html
