// True or false: two radios in the page's language; the answer says which is right.
#include "question_html.h"

namespace srm_html {

QuestionHtml true_false_question(const srm::Question& q, const QuestionPlace& place) {
    return choice_question(q, place, "radio", {place.words->true_false[0], place.words->true_false[1]});
}

} // namespace srm_html
