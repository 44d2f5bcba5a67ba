// Choice labels and choice feedback (see quiz_text.h).
#include "quiz_text.h"
#include "i18n.h"
#include <algorithm>

namespace srm::ui {

static bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

std::string ChoiceLabel(const Question& q, int index) {
    if (q.type == QuestionType::true_false) return index == 0 ? T("True") : T("False");
    return q.choices[size_t(index)];
}

std::vector<std::string> ChoiceFeedbackLines(const Question& q, const std::vector<int>& picked) {
    std::vector<std::string> lines;
    for (size_t i = 0; i < q.choice_feedback.size() && i < q.choices.size(); ++i) {
        const std::string& sentence = q.choice_feedback[i];
        if (sentence.find_first_not_of(" \t\r\n") == std::string::npos) continue;
        bool keyed = Contains(q.key, int(i)), chosen = Contains(picked, int(i));
        if (chosen && !keyed)
            lines.push_back(F("You chose \xE2\x80\x9C{1}\xE2\x80\x9D: {2}", {ChoiceLabel(q, int(i)), sentence}));
        else if (!chosen && keyed && q.type == QuestionType::multiple_choice)
            lines.push_back(F("You missed \xE2\x80\x9C{1}\xE2\x80\x9D: {2}", {ChoiceLabel(q, int(i)), sentence}));
    }
    return lines;
}

} // namespace srm::ui
