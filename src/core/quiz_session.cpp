// Scoring and progression of a quiz run (see quiz_session.h).
#include "quiz_session.h"
#include <algorithm>
#include <cassert>

namespace srm {

double score_response(const Question& q, const std::vector<int>& response) {
    auto keyed = [&](int i) { return std::find(q.key.begin(), q.key.end(), i) != q.key.end(); };
    if (q.type != QuestionType::multiple_choice)
        return response.size() == 1 && keyed(response[0]) ? 1.0 : 0.0;
    if (q.key.empty()) return 0;
    std::vector<int> unique = response;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    int hits = 0, misses = 0;
    for (int i : unique) (keyed(i) ? hits : misses)++;
    return std::max(0.0, double(hits - misses) / double(q.key.size()));
}

QuizSession::QuizSession(const Quiz& quiz) : quiz_(&quiz), records_(quiz.questions.size()) {
    finished_ = quiz.questions.empty();
}

const AnswerRecord& QuizSession::answer(const std::vector<int>& response) {
    assert(!finished_);
    AnswerRecord& r = records_[current_];
    if (!r.answered) {
        r.response = response;
        r.score = score_response(current(), response);
        r.answered = true;
    }
    return r;
}

void QuizSession::next() {
    if (finished_) return;
    if (current_ + 1 < quiz_->questions.size()) ++current_;
    else finished_ = true;
}

double QuizSession::score() const {
    double total = 0;
    for (const AnswerRecord& r : records_) total += r.score;
    return total;
}

} // namespace srm
