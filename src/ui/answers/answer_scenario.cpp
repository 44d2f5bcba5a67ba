// Scenario: a case to read, then its parts, each answered (and, answered, given its own feedback
// card) with the drawer of the part's type.
#include "answer_shared.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

static const Response& PartResponse(const Response& r, size_t i) {
    static const Response kEmpty;
    return i < r.parts.size() ? r.parts[i] : kEmpty;
}

static void Draw(const AnswerView& a, Intents& out) {
    const Question& q = a.question;
    BeginCard();
    Paragraph(a.prefix + ".case", q.case_text);
    EndCard();
    for (size_t i = 0; i < q.parts.size(); ++i) {
        const Question& part = q.parts[i];
        std::string prefix = a.prefix + ".part." + std::to_string(i);
        ImGui::Spacing();
        Heading(prefix + ".prompt", std::to_string(i + 1) + ". " + part.prompt, 3);
        const Response& pr = PartResponse(a.response, i);
        AnswerView view(part, a.part_orders[i], a.part_orders, pr, a.answered, prefix, int(i));
        answer_drawer(part.type).draw(view, out);
        if (a.answered) DrawFeedbackCard(part, pr, score_response(part, pr), prefix + ".feedback");
    }
}

static void Feedback(const Question& q, const Response& r, const std::string& prefix) {
    for (size_t i = 0; i < q.parts.size() && i < r.parts.size(); ++i)
        answer_drawer(q.parts[i].type).feedback(q.parts[i], r.parts[i], prefix + ".part." + std::to_string(i));
}

static std::string Text(const Question& q, const Response& r) {
    std::string out;
    for (size_t i = 0; i < r.parts.size() && i < q.parts.size(); ++i) {
        std::string part = answer_drawer(q.parts[i].type).answer_text(q.parts[i], r.parts[i]);
        out += (out.empty() ? "" : " | ") + (part.empty() ? T("(no answer)") : part);
    }
    return out;
}

static void Present(const PresentedView& v) {
    const Question& q = v.question;
    Paragraph(v.prefix + ".case", q.case_text);
    for (size_t i = 0; i < q.parts.size(); ++i) {
        std::string prefix = v.prefix + ".part." + std::to_string(i);
        Heading(prefix + ".prompt", std::to_string(i + 1) + ". " + q.parts[i].prompt, 2);
        PresentedView part(q.parts[i], v.part_orders[i], v.part_orders, v.revealed, prefix);
        answer_drawer(q.parts[i].type).present(part);
    }
}

AnswerDrawer ScenarioAnswers() {
    AnswerDrawer d(QuestionType::scenario);
    d.empty_response = EmptyValues; // the parts are shaped by their own drawers
    d.draw = Draw;
    d.feedback = Feedback;
    d.answer_text = Text;
    d.present = Present;
    d.incomplete_hint = [] { return T("Answer every part to go on."); };
    return d;
}

} // namespace srm::ui
