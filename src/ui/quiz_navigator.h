// The quiz navigator: a marker for every question of the run, saying its state in a mark and in
// words ("Question 3 of 5, unanswered"), for jumping where the mode allows (see
// QuizSession::can_go_to), and in an exam the current question's "flag for review".
#pragma once
#include "intents.h"
#include "quiz_session.h"

namespace srm::ui {

void DrawQuizNavigator(const QuizSession& session, Intents& out);

} // namespace srm::ui
