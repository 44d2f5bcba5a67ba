// Helpers for the workshop tests: answers that are fully right or fully wrong for any question
// type, and a participant's run made of them.
#pragma once
#include "catalog.h"
#include "fixtures.h"
#include "quiz_session.h"
#include <algorithm>

namespace workshop_test {

inline srm::Response RightAnswer(const srm::Question& q) {
    using srm::QuestionType;
    srm::Response r;
    switch (q.type) {
    case QuestionType::single_choice:
    case QuestionType::true_false: r.values = {q.key[0]}; break;
    case QuestionType::multiple_choice: r.values = q.key; break;
    case QuestionType::classify: for (const srm::ClassifyItem& item : q.items) r.values.push_back(srm::answer_owner_index(item.owner)); break;
    case QuestionType::matrix: for (srm::Owner o : q.row_key) r.values.push_back(srm::answer_owner_index(o)); break;
    case QuestionType::ordering: for (size_t i = 0; i < q.order.size(); ++i) r.values.push_back(int(i)); break;
    case QuestionType::scenario: for (const srm::Question& part : q.parts) r.parts.push_back(RightAnswer(part)); break;
    }
    return r;
}

// A complete answer that scores 0: the first wrong choice, every item on a wrong owner, the
// order reversed.
inline srm::Response WrongAnswer(const srm::Question& q) {
    using srm::QuestionType;
    srm::Response r = RightAnswer(q);
    switch (q.type) {
    case QuestionType::single_choice:
    case QuestionType::true_false:
    case QuestionType::multiple_choice:
        for (int i = 0; i < int(q.choices.size()); ++i)
            if (std::find(q.key.begin(), q.key.end(), i) == q.key.end()) { r.values = {i}; break; }
        break;
    case QuestionType::classify:
    case QuestionType::matrix: for (int& v : r.values) v = (v + 1) % 3; break;
    case QuestionType::ordering: std::reverse(r.values.begin(), r.values.end()); break;
    case QuestionType::scenario: for (size_t i = 0; i < q.parts.size(); ++i) r.parts[i] = WrongAnswer(q.parts[i]); break;
    }
    return r;
}

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
