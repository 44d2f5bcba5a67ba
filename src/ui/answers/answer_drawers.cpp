// The list of answer drawers, one line per question type, in the order of QuestionType.
#include "answer_drawer.h"
#include "imgui.h"

namespace srm::ui {

static std::vector<AnswerDrawer> BuildDrawers() {
    std::vector<AnswerDrawer> drawers;
    drawers.push_back(SingleChoiceAnswers());
    drawers.push_back(MultipleChoiceAnswers());
    drawers.push_back(TrueFalseAnswers());
    drawers.push_back(ClassifyAnswers());
    drawers.push_back(MatrixAnswers());
    drawers.push_back(OrderingAnswers());
    drawers.push_back(ScenarioAnswers());
    drawers.push_back(LineAnswers());
    return drawers;
}

static const std::vector<AnswerDrawer>& Drawers() {
    static const std::vector<AnswerDrawer> drawers = [] {
        std::vector<AnswerDrawer> built = BuildDrawers();
        IM_ASSERT(built.size() == kQuestionTypeCount && "one answer drawer per question type");
        for (size_t i = 0; i < built.size(); ++i)
            IM_ASSERT(built[i].type == QuestionType(i) && "drawers in the order of QuestionType");
        return built;
    }();
    return drawers;
}

const AnswerDrawer& answer_drawer(QuestionType type) { return Drawers()[size_t(type)]; }

} // namespace srm::ui
