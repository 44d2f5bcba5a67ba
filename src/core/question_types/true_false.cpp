// "true-false": a statement keyed true or false; True is always shown first. Scores 1 for the
// keyed answer, else 0.
#include "question_type.h"

namespace srm {

namespace {

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool, Question& q) {
    choice_fields::read(check, j, p, choice_fields::KeyShape::boolean, q);
}

} // namespace

const QuestionTypeInfo& true_false_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t = choice_fields::type_info(QuestionType::true_false, "true-false", DisplayOrder::as_authored);
        t.read = read;
        return t;
    }();
    return info;
}

} // namespace srm
