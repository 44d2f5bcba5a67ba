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
        QuestionTypeInfo t;
        t.type = QuestionType::single_choice;
        t.id = "single";
        t.display = DisplayOrder::shuffled;
        t.asks_choice_feedback = true;
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
