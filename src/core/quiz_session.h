// One learner's run through a quiz: a seeded, reproducible draw of questions with shuffled
// choices, answers scored with partial credit, feedback now (practice) or at the end (exam),
// an optional time limit the learner can extend, and the results: score, pass or fail, a
// per-concept breakdown that names the misconception, and the questions to retry.
//
// Scoring (each question is worth 1):
//   single, true-false   1 when the keyed choice is the only one picked, else 0
//   multiple             (keyed picks - other picks) / keyed choices, never below 0
//   classify, matrix     the share of items (rows) placed on the right owner
//   ordering             the share of items in their right position
//   scenario             the mean of its parts
//   line                 1 on a right boundary, 0.5 one layer off, else 0
// Each type's file in question_types/ holds its rule. Speed is never scored: time is recorded, and a time limit only ends the run.
#pragma once
#include "quiz.h"
#include <cstdint>
#include <string>
#include <vector>

namespace srm {

enum class QuizMode { practice, exam };

// A learner's answer. `values` by type: the picked choice indices (single, multiple,
// true-false); one kAnswerOwners index per item or row, -1 when unplaced (classify, matrix); the
// original item indices in the learner's order (ordering); the number of layers above the line
// (line). Scenarios answer in `parts`. `text` is optional words the learner typed; saved runs
// and results codes carry it only when present.
struct Response {
    std::vector<int> values;
    std::vector<Response> parts;
    std::string text;
};

// Every reader of responses from outside refuses longer text.
constexpr size_t kMaxResponseTextBytes = 280;

// The registry's answers for the question's type (question_types/question_type.h).
double score_response(const Question& q, const Response& response);
bool response_complete(const Question& q, const Response& response);
// True when every value names something the question has (a choice, an owner, an item once, a
// place on the diagram) and its text is within bounds, so a response read from outside (a saved
// run, a results code) can be shown and scored safely.
bool response_fits(const Question& q, const Response& response);
// The response in words, e.g. "The customer" or "Guest OS patching: customer; Hypervisor: provider".
std::string response_words(const Question& q, const Response& response);
// The key as a response (what a fully right answer sends; for a line, its lowest right boundary).
Response correct_response(const Question& q);
// A score that counts as fully right (a question scores 0..1; sums of shares may miss 1 by a hair).
bool fully_right(double score);

struct SessionConfig {
    std::uint64_t seed = 1;
    QuizMode mode = QuizMode::practice;
    size_t count = 0;                  // 0: every eligible question
    std::vector<std::string> concepts; // only questions teaching one of these (empty: all)
    std::vector<std::string> tags;     // only questions carrying one of these tags (empty: all)
    int max_difficulty = 3;
    std::vector<std::string> only_questions; // "retry what I got wrong": just these ids
    double time_limit_seconds = 0;           // 0: no limit
};

// A question as this session shows it: the display order of its choices (or items), seeded.
struct Presented {
    const Question* question = nullptr;
    std::vector<int> order; // display position -> original index
    std::vector<std::vector<int>> part_orders;
};

struct AnswerRecord {
    Response response;
    double score = 0;
    bool answered = false;
    double seconds = 0; // time spent on the question
};

struct ConceptResult {
    std::string concept_id;
    std::string label;
    std::string misconception;
    double score = 0, max = 0;
};

class QuizSession {
public:
    QuizSession(const Quiz& quiz, SessionConfig config, double now_seconds);

    const Quiz& quiz() const { return *quiz_; }
    const SessionConfig& config() const { return config_; }
    size_t size() const { return presented_.size(); }
    size_t current_index() const { return current_; }
    const Presented& presented(size_t index) const { return presented_[index]; }
    const Presented& current() const { return presented_[current_]; }
    const AnswerRecord& record(size_t index) const { return records_[index]; }
    bool current_answered() const { return !finished_ && records_[current_].answered; }
    bool finished() const { return finished_; }
    // In practice mode feedback shows after each answer; in exam mode only at the end.
    bool shows_feedback_now() const { return config_.mode == QuizMode::practice; }

    // Records the response to the current question (once); returns its record.
    const AnswerRecord& answer(const Response& response, double now_seconds);
    // Moves to the question following() names, or finishes when it names none.
    void next(double now_seconds);
    // The question next() goes to, or size() when it finishes the run. Practice: the one after the
    // current one. Exam: the next unanswered one after it (wrapping round); with every question
    // answered, the next flagged one after it.
    size_t following() const;
    // Where the learner may jump from the navigator: in an exam any question; in practice the
    // answered ones (to review them) and the first unanswered one (to go back to work).
    bool can_go_to(size_t index) const;
    // Makes `index` the current question (the caller checks can_go_to; replays do not).
    void go_to(size_t index, double now_seconds);
    // Flags for review (exam): the learner's reminder to come back to a question.
    bool flagged(size_t index) const { return index < flags_.size() && flags_[index]; }
    void set_flag(size_t index, bool on) {
        if (index < flags_.size()) flags_[index] = on;
    }
    void finish(double now_seconds);

    // Time limit: seconds left (negative once over), and adding more.
    bool timed() const { return config_.time_limit_seconds > 0; }
    double time_left(double now_seconds) const;
    void extend(double seconds) { config_.time_limit_seconds += seconds; }
    double elapsed(double now_seconds) const { return (finished_ ? finished_at_ : now_seconds) - started_at_; }

    double score() const;
    double max_score() const { return double(presented_.size()); }
    double scaled() const { return max_score() > 0 ? score() / max_score() : 0; }
    bool passed() const { return scaled() + 1e-9 >= quiz_->pass_mark; }
    std::vector<ConceptResult> breakdown() const;
    std::vector<std::string> wrong_question_ids() const; // not fully right, in the order asked

private:
    const Quiz* quiz_;
    SessionConfig config_;
    std::vector<Presented> presented_;
    std::vector<AnswerRecord> records_;
    std::vector<bool> flags_;
    size_t current_ = 0;
    bool finished_ = false;
    double started_at_ = 0, finished_at_ = 0, question_started_at_ = 0;
};

// A small, portable pseudo-random generator (splitmix64): the same seed gives the same draw on
// every platform, natively and in wasm.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    size_t below(size_t n) { return n ? size_t(next() % n) : 0; }
    template <typename T> void shuffle(std::vector<T>& v) {
        for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
    }

private:
    std::uint64_t state_;
};

} // namespace srm
