// Scenario: the prompt and the case, then each part as a numbered question of its own type; the
// answer gives each part's key and explanation in turn.
#include "question_html.h"

namespace srm_html {

QuestionHtml scenario_question(const srm::Question& q, const QuestionPlace& place) {
    QuestionHtml out;
    out.form = "<p><strong>" + escape(q.prompt) + "</strong></p>\n<p class=\"case\">" + escape(q.case_text) + "</p>\n";
    for (size_t p = 0; p < q.parts.size(); ++p) {
        QuestionPlace part = place;
        part.part = int(p) + 1;
        part.name = place.name + "-" + std::to_string(part.part);
        QuestionRenderer render = renderer_for(q.parts[p]); // the quiz page checked every part has one
        QuestionHtml html = render(q.parts[p], part);
        out.form += html.form;
        out.answer += html.answer;
    }
    return out;
}

} // namespace srm_html
