// One learner's run through a quiz: answers, immediate feedback and the final score.
// Scoring rule: single choice and true/false score 1 or 0. Multiple choice gives partial credit:
// (correct choices picked - wrong choices picked) / correct choices, never below 0.
#pragma once
#include "quiz.h"
#include <vector>

namespace srm {

// Score in [0, 1] for one response (indices of the chosen choices) to `q`.
double score_response(const Question& q, const std::vector<int>& response);

struct AnswerRecord {
    std::vector<int> response;
    double score = 0;
    bool answered = false;
};

class QuizSession {
public:
    explicit QuizSession(const Quiz& quiz);

    const Quiz& quiz() const { return *quiz_; }
    size_t current_index() const { return current_; }
    const Question& current() const { return quiz_->questions[current_]; }
    bool finished() const { return finished_; }

    // Records the response to the current question; a question is answered once.
    const AnswerRecord& answer(const std::vector<int>& response);
    const AnswerRecord& record(size_t index) const { return records_[index]; }
    bool current_answered() const { return records_[current_].answered; }
    // Moves to the next question, or finishes after the last one.
    void next();

    double score() const;        // sum of question scores
    double max_score() const { return double(quiz_->questions.size()); }
    double scaled() const { return max_score() > 0 ? score() / max_score() : 0; }
    bool passed() const { return scaled() + 1e-9 >= quiz_->pass_mark; }

private:
    const Quiz* quiz_;
    std::vector<AnswerRecord> records_;
    size_t current_ = 0;
    bool finished_ = false;
};

} // namespace srm
