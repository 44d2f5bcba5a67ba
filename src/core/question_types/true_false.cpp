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
        QuestionTypeInfo t;
        t.type = QuestionType::true_false;
        t.id = "true-false";
        t.display = DisplayOrder::as_authored;
        t.read = read;
        t.link = choice_fields::link;
        t.models_needed = type_helpers::no_models_needed;
        t.answer_slots = type_helpers::one_slot;
        t.shown_items = choice_fields::shown_items;
        t.score = choice_fields::score_one_pick;
        t.complete = choice_fields::complete;
        t.fits = choice_fields::fits_one_pick;
        t.words = choice_fields::words;
        t.right_response = choice_fields::right_response;
        t.wrong_response = choice_fields::wrong_response;
        t.first_response = choice_fields::first_response;
        return t;
    }();
    return info;
}

} // namespace srm
