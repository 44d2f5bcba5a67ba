// The list of question renderers: one line per question type, keyed by question_type_id().
// A new question type adds its question_<type>.cpp and one line here (with its declaration).
#include "question_html.h"
#include <cstring>
#include <iterator>

namespace srm_html {

QuestionHtml single_question(const srm::Question&, const QuestionPlace&);
QuestionHtml multiple_question(const srm::Question&, const QuestionPlace&);
QuestionHtml true_false_question(const srm::Question&, const QuestionPlace&);
QuestionHtml classify_question(const srm::Question&, const QuestionPlace&);
QuestionHtml matrix_question(const srm::Question&, const QuestionPlace&);
QuestionHtml ordering_question(const srm::Question&, const QuestionPlace&);
QuestionHtml scenario_question(const srm::Question&, const QuestionPlace&);
QuestionHtml line_question(const srm::Question&, const QuestionPlace&);

namespace {

struct Entry {
    const char* type; // question_type_id() of the type it draws
    QuestionRenderer render;
};

const Entry kRenderers[] = {
    {"single", single_question},     {"multiple", multiple_question}, {"true-false", true_false_question},
    {"classify", classify_question}, {"matrix", matrix_question},     {"ordering", ordering_question},
    {"scenario", scenario_question}, {"line", line_question},
};

// Every question type has a renderer: a new type must add its line above.
static_assert(std::size(kRenderers) == srm::kQuestionTypeCount, "one HTML renderer per srm::QuestionType");

} // namespace

QuestionRenderer renderer_for(const srm::Question& question) {
    const char* id = srm::question_type_id(question.type);
    for (const Entry& entry : kRenderers)
        if (std::strcmp(entry.type, id) == 0) return entry.render;
    return nullptr;
}

} // namespace srm_html
