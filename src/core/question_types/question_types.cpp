// The registry: every question type, one line each, in QuestionType order. Adding a type means a
// value in QuestionType (quiz.h), its file in this folder and its line here; the count is checked
// when this file compiles, the order when the core tests run.
#include "question_type.h"
#include <cassert>

namespace srm {

#define SRM_QUESTION_TYPES(X)                                                                                          \
    X(single_choice_type)                                                                                              \
    X(multiple_choice_type)                                                                                            \
    X(true_false_type)                                                                                                 \
    X(classify_type)                                                                                                   \
    X(matrix_type)                                                                                                     \
    X(ordering_type)                                                                                                   \
    X(scenario_type)                                                                                                   \
    X(line_type)

#define SRM_DECLARE_QUESTION_TYPE(entry) const QuestionTypeInfo& entry();
SRM_QUESTION_TYPES(SRM_DECLARE_QUESTION_TYPE)
#define SRM_LIST_QUESTION_TYPE(entry) entry,
static const QuestionTypeInfo& (*const kQuestionTypes[])() = {SRM_QUESTION_TYPES(SRM_LIST_QUESTION_TYPE)};
static_assert(sizeof kQuestionTypes / sizeof kQuestionTypes[0] == kQuestionTypeCount, "one registry line per QuestionType");

const QuestionTypeInfo& question_type_info(QuestionType type) {
    const QuestionTypeInfo& info = kQuestionTypes[size_t(type)]();
    assert(info.type == type && "the registry lists the types in QuestionType order");
    return info;
}

const QuestionTypeInfo* find_question_type(const std::string& id) {
    for (auto entry : kQuestionTypes)
        if (id == entry().id) return &entry();
    return nullptr;
}

std::string question_type_ids() {
    std::string out;
    for (auto entry : kQuestionTypes) out += (out.empty() ? "" : ", ") + std::string(entry().id);
    return out;
}

} // namespace srm
