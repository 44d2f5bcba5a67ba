// The quiz navigator (see quiz_navigator.h).
#include "quiz_navigator.h"
#include "i18n.h"
#include "theme.h"
#include "widgets.h"

namespace srm::ui {

// A question's state in words; practice says right or wrong once its feedback has shown.
static std::string StateWords(const QuizSession& session, size_t i) {
    const AnswerRecord& r = session.record(i);
    std::string words = !r.answered                     ? T("unanswered")
                        : !session.shows_feedback_now() ? T("answered")
                        : fully_right(r.score)          ? T("right")
                                                        : T("wrong");
    if (session.flagged(i)) words = F("{1}, flagged for review", {words});
    return words;
}

// The same state as a mark beside the number, so colour is never the only cue.
static std::string Mark(const QuizSession& session, size_t i) {
    const AnswerRecord& r = session.record(i);
    std::string mark = !r.answered                     ? ""
                       : !session.shows_feedback_now() ? " \xE2\x80\xA2"
                       : fully_right(r.score)          ? " \xE2\x9C\x93"
                                                       : " \xE2\x9C\x97";
    return session.flagged(i) ? mark + " !" : mark;
}

void DrawQuizNavigator(const QuizSession& session, Intents& out) {
    size_t n = session.size(), k = session.current_index();
    bool exam = !session.shows_feedback_now();
    if (exam) {
        bool flagged = session.flagged(k);
        if (Button("quiz.flag", flagged ? T("Remove the review flag") : T("Flag for review"), false))
            out.push_back(intent::ToggleFlag{});
    }
    Heading("quiz.nav.title", T("Questions"), 3);
    for (size_t i = 0; i < n; ++i) {
        std::string number = std::to_string(i + 1);
        std::string label = number + Mark(session, i);
        std::string spoken = F("Question {1} of {2}, {3}", {number, std::to_string(n), StateWords(session, i)});
        if (i == k) spoken = F("{1} (current)", {spoken});
        if (i > 0) SameLineIfRoom(label);
        bool allowed = i != k && session.can_go_to(i);
        ImGui::BeginDisabled(!allowed && i != k);
        if (Button("quiz.nav." + number, label, i == k, 0, spoken) && allowed) out.push_back(intent::GoToQuestion(i));
        ImGui::EndDisabled();
    }
}

} // namespace srm::ui
