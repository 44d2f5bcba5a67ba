// Ordering: the learner's current order, with move up / move down buttons on every item;
// answered, each item says where it belongs.
#include "answer_shared.h"
#include "theme.h"
#include "i18n.h"
#include "widgets.h"

namespace srm::ui {

static void Draw(const AnswerView& a, Intents& out) {
    const std::vector<int>& current = a.response.values;
    for (size_t pos = 0; pos < current.size(); ++pos) {
        int index = current[pos];
        std::string base = a.prefix + ".order." + std::to_string(pos);
        std::string text = std::to_string(pos + 1) + ". " + a.question.order[size_t(index)];
        if (a.answered)
            text = index == int(pos) ? kCheckMark + text
                                     : kCrossMark + F("{1} (belongs at {2})", {text, std::to_string(index + 1)});
        ImGui::AlignTextToFramePadding();
        Paragraph(base, text);
        if (a.answered) continue;
        ImGui::SameLine();
        ImGui::BeginDisabled(pos == 0);
        if (Button(base + ".up", "\xE2\x86\x91", false, 0, F("Move up: {1}", {a.question.order[size_t(index)]})))
            out.push_back(intent::AnswerMove::up(a.part, int(pos)));
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(pos + 1 == current.size());
        if (Button(base + ".down", "\xE2\x86\x93", false, 0, F("Move down: {1}", {a.question.order[size_t(index)]})))
            out.push_back(intent::AnswerMove::down(a.part, int(pos)));
        ImGui::EndDisabled();
    }
}

static std::string Text(const Question& q, const Response& r) {
    std::string out;
    for (int v : r.values) out += (out.empty() ? "" : " > ") + q.order[size_t(v)];
    return out;
}

static void Present(const PresentedView& v) {
    Paragraph(v.prefix + ".hint", v.revealed ? T("The right order:") : T("Put these in order:"), Colors().text_muted);
    for (size_t pos = 0; pos < v.order.size(); ++pos) {
        size_t index = v.revealed ? pos : size_t(v.order[pos]);
        PresentLine(v.prefix + ".item." + std::to_string(pos),
                    (v.revealed ? std::to_string(pos + 1) + ". " : "\xE2\x80\xA2 ") + v.question.order[index],
                    v.revealed, true);
    }
}

AnswerDrawer OrderingAnswers() {
    AnswerDrawer d(QuestionType::ordering);
    d.empty_response = [](const Question&, const std::vector<int>& order, Response& out) { out.values = order; };
    d.draw = Draw;
    d.feedback = NoFeedback;
    d.answer_text = Text;
    d.present = Present;
    d.incomplete_hint = [] { return T("Put the items in order to go on."); };
    return d;
}

} // namespace srm::ui
