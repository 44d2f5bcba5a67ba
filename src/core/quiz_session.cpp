// Scoring and the course of a quiz run (see quiz_session.h).
//
// [SECTION] Scoring
// [SECTION] Drawing and presenting
// [SECTION] Answers, time and results
#include "quiz_session.h"
#include "question_types/question_type.h"
#include <algorithm>
#include <cassert>

namespace srm {

//-----------------------------------------------------------------------------
// [SECTION] Scoring
//-----------------------------------------------------------------------------

double score_response(const Question& q, const Response& r) { return question_type_info(q.type).score(q, r); }

bool response_complete(const Question& q, const Response& r) { return question_type_info(q.type).complete(q, r); }

bool response_fits(const Question& q, const Response& r) {
    return r.text.size() <= kMaxResponseTextBytes && question_type_info(q.type).fits(q, r);
}

std::string response_words(const Question& q, const Response& r) { return question_type_info(q.type).words(q, r); }

Response correct_response(const Question& q) { return question_type_info(q.type).right_response(q); }

bool fully_right(double score) { return score >= 1 - 1e-9; }

//-----------------------------------------------------------------------------
// [SECTION] Drawing and presenting
//-----------------------------------------------------------------------------

std::uint64_t SeededRandom::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Display order for a question's choices or items, as its type asks. Only shuffling draws from
// `rng`, so a type shown as authored leaves the rest of the run's draw unchanged.
static std::vector<int> display_order(const Question& q, SeededRandom& rng) {
    const QuestionTypeInfo& type = question_type_info(q.type);
    size_t n = type.shown_items(q);
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = int(i);
    if (type.display == DisplayOrder::as_authored) return order;
    rng.shuffle(order);
    if (type.display == DisplayOrder::shuffled_unsolved && n > 1 && std::is_sorted(order.begin(), order.end()))
        std::swap(order[0], order[1]);
    return order;
}

QuizSession::QuizSession(const Quiz& quiz, SessionConfig config, double now)
    : quiz_(&quiz), config_(std::move(config)) {
    SeededRandom rng(config_.seed);
    std::vector<const Question*> pool;
    for (const Question& q : quiz.questions) {
        if (q.difficulty > config_.max_difficulty) continue;
        if (!config_.only_questions.empty() &&
            std::find(config_.only_questions.begin(), config_.only_questions.end(), q.id) == config_.only_questions.end())
            continue;
        auto any_of = [](const std::vector<std::string>& wanted, const std::vector<std::string>& has) {
            if (wanted.empty()) return true;
            for (const std::string& h : has)
                if (std::find(wanted.begin(), wanted.end(), h) != wanted.end()) return true;
            return false;
        };
        if (any_of(config_.concepts, q.concepts) && any_of(config_.tags, q.tags)) pool.push_back(&q);
    }
    rng.shuffle(pool);
    if (config_.count > 0 && pool.size() > config_.count) pool.resize(config_.count);
    for (const Question* q : pool) {
        Presented p;
        p.question = q;
        p.order = display_order(*q, rng);
        for (const Question& part : q->parts) p.part_orders.push_back(display_order(part, rng));
        presented_.push_back(std::move(p));
    }
    records_.resize(presented_.size());
    flags_.resize(presented_.size());
    finished_ = presented_.empty();
    started_at_ = question_started_at_ = finished_at_ = now;
}

//-----------------------------------------------------------------------------
// [SECTION] Answers, time and results
//-----------------------------------------------------------------------------

const AnswerRecord& QuizSession::answer(const Response& response, double now) {
    assert(!finished_);
    AnswerRecord& r = records_[current_];
    if (!r.answered) {
        r.response = response;
        r.score = score_response(*presented_[current_].question, response);
        r.answered = true;
        r.seconds = now - question_started_at_;
    }
    return r;
}

size_t QuizSession::following() const {
    size_t n = presented_.size();
    if (config_.mode == QuizMode::practice) return current_ + 1;
    for (size_t step = 1; step < n; ++step)
        if (!records_[(current_ + step) % n].answered) return (current_ + step) % n;
    for (size_t i = current_ + 1; i < n; ++i)
        if (flagged(i)) return i;
    return n;
}

void QuizSession::next(double now) {
    if (finished_) return;
    size_t to = following();
    if (to < presented_.size()) go_to(to, now);
    else finish(now);
}

bool QuizSession::can_go_to(size_t index) const {
    if (finished_ || index >= presented_.size()) return false;
    if (config_.mode == QuizMode::exam) return true;
    size_t first_open = 0;
    while (first_open < records_.size() && records_[first_open].answered) ++first_open;
    return records_[index].answered || index == first_open;
}

void QuizSession::go_to(size_t index, double now) {
    if (finished_ || index >= presented_.size()) return;
    current_ = index;
    question_started_at_ = now;
}

void QuizSession::finish(double now) {
    if (finished_) return;
    finished_ = true;
    finished_at_ = now;
}

double QuizSession::time_left(double now) const {
    return timed() ? config_.time_limit_seconds - (now - started_at_) : 0;
}

double QuizSession::score() const {
    double total = 0;
    for (const AnswerRecord& r : records_) total += r.score;
    return total;
}

std::vector<ConceptResult> QuizSession::breakdown() const {
    std::vector<ConceptResult> out;
    for (size_t i = 0; i < presented_.size(); ++i) {
        for (const std::string& c : presented_[i].question->concepts) {
            auto it = std::find_if(out.begin(), out.end(), [&](const ConceptResult& r) { return r.concept_id == c; });
            if (it == out.end()) {
                const Concept* def = quiz_->find_concept(c);
                out.push_back({c, def ? def->label : c, def ? def->misconception : std::string()});
                it = out.end() - 1;
            }
            it->score += records_[i].score;
            it->max += 1;
        }
    }
    return out;
}

std::vector<std::string> QuizSession::wrong_question_ids() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < presented_.size(); ++i)
        if (!fully_right(records_[i].score)) out.push_back(presented_[i].question->id);
    return out;
}

} // namespace srm
