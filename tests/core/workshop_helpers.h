// Helpers for the workshop tests: answers that are fully right or fully wrong for any question
// type, and a participant's run made of them.
#pragma once
#include "catalog.h"
#include "fixtures.h"
#include "question_types/question_type.h"
#include "quiz_session.h"

namespace workshop_test {

inline srm::Response RightAnswer(const srm::Question& q) { return srm::question_type_info(q.type).right_response(q); }

// A complete answer that misses the key: the first wrong choice, every item on a wrong owner, the
// order reversed.
inline srm::Response WrongAnswer(const srm::Question& q) { return srm::question_type_info(q.type).wrong_response(q); }

// A participant's run of the room's quiz: `right[i]` says whether question i is answered right.
inline srm::QuizSession TakeRun(const srm::Quiz& quiz, const srm::SessionConfig& config, const std::vector<bool>& right) {
    srm::QuizSession run(quiz, config, 0);
    for (size_t i = 0; !run.finished(); ++i) {
        const srm::Question& q = *run.current().question;
        run.answer(i < right.size() && right[i] ? RightAnswer(q) : WrongAnswer(q), 0);
        run.next(0);
    }
    return run;
}

} // namespace workshop_test
