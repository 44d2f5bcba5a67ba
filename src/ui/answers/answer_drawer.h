// One answer drawer per question type: how the UI builds, draws, reviews and words an answer of
// that type. Each type has its own file (answer_<type>.cpp) and one line in answer_drawers.cpp;
// the quiz page, the results review and the presenter view go through answer_drawer(type) and
// never switch over QuestionType themselves. The core scores and checks answers; this is only
// how they look.
#pragma once
#include "app.h"
#include "quiz.h"
#include "quiz_session.h"
#include <string>
#include <vector>

namespace srm::ui {

// A question (or a scenario's part) on the quiz page. Ids: <prefix>.choice.<pos> |
// .item.<i>.owner.<k> | .row.<i>.owner.<k> | .order.<pos>.up/down | .part.<p>...
struct AnswerView {
    AnswerView(const Question& question, const std::vector<int>& order, const std::vector<std::vector<int>>& part_orders,
               const Response& response, bool answered, std::string prefix, int part)
        : question(question), order(order), part_orders(part_orders), response(response), answered(answered),
          prefix(std::move(prefix)), part(part) {}
    const Question& question;
    const std::vector<int>& order;                    // display position -> index in the content
    const std::vector<std::vector<int>>& part_orders; // a scenario's parts' orders
    const Response& response;                         // being built, or the recorded answer
    bool answered;                                    // show the key and mark answers right and wrong in words
    std::string prefix;                               // semantic id prefix ("quiz", "quiz.part.1")
    int part;                                         // the scenario part, -1 for the question itself
};

// A question in the presenter view, as the room sees it.
struct PresentedView {
    PresentedView(const Question& question, const std::vector<int>& order,
                  const std::vector<std::vector<int>>& part_orders, bool revealed, std::string prefix)
        : question(question), order(order), part_orders(part_orders), revealed(revealed), prefix(std::move(prefix)) {}
    const Question& question;
    const std::vector<int>& order;
    const std::vector<std::vector<int>>& part_orders;
    bool revealed;      // the answer is shown, each line saying in words whether it is right
    std::string prefix; // "present", "present.part.1"
    // The room's answers to this question from the results codes pasted into the room summary
    // (answered ones only); empty when none were pasted.
    std::vector<const Response*> room_answers;
};

struct AnswerDrawer {
    explicit AnswerDrawer(QuestionType type) : type(type) {}
    QuestionType type;
    // Picking a choice toggles it (several may be picked) instead of replacing the pick.
    bool picks_several = false;
    // The empty answer a question starts from (ordering starts from the shown order).
    void (*empty_response)(const Question& q, const std::vector<int>& order, Response& out) = nullptr;
    // The answer widget: being answered, or answered with the key marked.
    void (*draw)(const AnswerView& view, Intents& out) = nullptr;
    // Reviewed: the feedback sentences of what was picked wrongly or missed.
    void (*feedback)(const Question& q, const Response& response, const std::string& prefix) = nullptr;
    // The learner's answer in words (results review); "" when nothing was given.
    std::string (*answer_text)(const Question& q, const Response& response) = nullptr;
    // The presenter's lines for the room.
    void (*present)(const PresentedView& view) = nullptr;
    // Shown under a disabled "Check answer": what is still missing.
    const char* (*incomplete_hint)() = nullptr;
};

const AnswerDrawer& answer_drawer(QuestionType type);

// One drawer per type, each defined in its own file.
AnswerDrawer SingleChoiceAnswers();
AnswerDrawer MultipleChoiceAnswers();
AnswerDrawer TrueFalseAnswers();
AnswerDrawer ClassifyAnswers();
AnswerDrawer MatrixAnswers();
AnswerDrawer OrderingAnswers();
AnswerDrawer ScenarioAnswers();
AnswerDrawer LineAnswers();

// The feedback card of an answered question: the verdict, the feedback sentences, the
// explanation and its sources (answer_shared.cpp).
void DrawFeedbackCard(const Question& q, const Response& response, double score, const std::string& prefix);

} // namespace srm::ui
