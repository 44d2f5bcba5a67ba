// Classify: a group of owner radios (customer, provider, shared) per item; the answer gives each item's owner.
#include "question_html.h"

namespace srm_html {

QuestionHtml classify_question(const srm::Question& q, const QuestionPlace& place) {
    const PageWords& w = *place.words;
    std::string fields, key;
    for (size_t i = 0; i < q.items.size(); ++i) {
        const srm::ClassifyItem& item = q.items[i];
        fields += "<fieldset><legend>" + escape(item.text) + "</legend>";
        for (size_t o = 0; o < 3; ++o)
            fields += "<label><input type=\"radio\" name=\"" + escape(place.name) + "-" + std::to_string(i) + "\"> " +
                      escape(w.owners[o]) + "</label>";
        fields += "</fieldset>\n";
        key += (i ? w.semicolon : "") + item.text + w.colon +
               w.owners[size_t(srm::answer_owner_index(item.owner))]; // one of the four
    }
    return framed_question(q, place, fields, key);
}

} // namespace srm_html
