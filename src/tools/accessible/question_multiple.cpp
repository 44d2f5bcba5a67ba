// Multiple choice: one checkbox per choice; the answer names every keyed choice.
#include "question_html.h"

namespace srm_html {

QuestionHtml multiple_question(const srm::Question& q, const QuestionPlace& place) {
    return choice_question(q, place, "checkbox", q.choices);
}

} // namespace srm_html
