// "single": one right choice among 2 to 8, shown shuffled. Scores 1 when the keyed choice is the
// only one picked, else 0.
#include "question_type.h"

namespace srm {

namespace {

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool, Question& q) {
    choice_fields::read(check, j, p, choice_fields::KeyShape::one_index, q);
}

} // namespace

const QuestionTypeInfo& single_choice_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t = choice_fields::type_info(QuestionType::single_choice, "single", DisplayOrder::shuffled);
        t.asks_choice_feedback = true;
        t.read = read;
        return t;
    }();
    return info;
}

} // namespace srm
