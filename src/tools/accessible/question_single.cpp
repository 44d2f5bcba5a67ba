// Single choice: one radio per choice; the answer names the keyed choice.
#include "question_html.h"

namespace srm_html {

QuestionHtml single_question(const srm::Question& q, const QuestionPlace& place) {
    return choice_question(q, place, "radio", q.choices);
}

} // namespace srm_html
