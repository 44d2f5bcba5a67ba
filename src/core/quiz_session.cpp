// Scoring and the course of a quiz run (see quiz_session.h).
//
// [SECTION] Scoring
// [SECTION] Drawing and presenting
// [SECTION] Answers, time and results
#include "quiz_session.h"
#include <algorithm>
#include <cassert>

namespace srm {

//-----------------------------------------------------------------------------
// [SECTION] Scoring
//-----------------------------------------------------------------------------

static double share_placed_right(const std::vector<int>& values, const std::vector<Owner>& key) {
    if (key.empty()) return 0;
    size_t right = 0;
    for (size_t i = 0; i < key.size() && i < values.size(); ++i) right += values[i] == answer_owner_index(key[i]);
    return double(right) / double(key.size());
}

double score_response(const Question& q, const Response& r) {
    auto keyed = [&](int i) { return std::find(q.key.begin(), q.key.end(), i) != q.key.end(); };
    switch (q.type) {
    case QuestionType::single_choice:
    case QuestionType::true_false:
        return r.values.size() == 1 && keyed(r.values[0]) ? 1.0 : 0.0;
    case QuestionType::multiple_choice: {
        if (q.key.empty()) return 0;
        std::vector<int> unique = r.values;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        int hits = 0, misses = 0;
        for (int i : unique) (keyed(i) ? hits : misses)++;
        return std::max(0.0, double(hits - misses) / double(q.key.size()));
    }
    case QuestionType::classify: {
        std::vector<Owner> key;
        for (const ClassifyItem& item : q.items) key.push_back(item.owner);
        return share_placed_right(r.values, key);
    }
    case QuestionType::matrix:
        return share_placed_right(r.values, q.row_key);
    case QuestionType::ordering: {
        if (q.order.empty()) return 0;
        size_t right = 0;
        for (size_t i = 0; i < q.order.size() && i < r.values.size(); ++i) right += r.values[i] == int(i);
        return double(right) / double(q.order.size());
    }
    case QuestionType::scenario: {
        if (q.parts.empty()) return 0;
        double total = 0;
        for (size_t i = 0; i < q.parts.size(); ++i) total += i < r.parts.size() ? score_response(q.parts[i], r.parts[i]) : 0;
        return total / double(q.parts.size());
    }
    }
    return 0;
}

bool response_complete(const Question& q, const Response& r) {
    switch (q.type) {
    case QuestionType::single_choice:
    case QuestionType::true_false:
    case QuestionType::multiple_choice:
        return !r.values.empty();
    case QuestionType::classify:
    case QuestionType::matrix:
        return r.values.size() == q.answer_slots() && std::find(r.values.begin(), r.values.end(), -1) == r.values.end();
    case QuestionType::ordering:
        return r.values.size() == q.order.size();
    case QuestionType::scenario:
        if (r.parts.size() != q.parts.size()) return false;
        for (size_t i = 0; i < q.parts.size(); ++i)
            if (!response_complete(q.parts[i], r.parts[i])) return false;
        return true;
    }
    return false;
}

bool response_fits(const Question& q, const Response& r) {
    auto within = [&](int low, int high) {
        return std::all_of(r.values.begin(), r.values.end(), [&](int v) { return v >= low && v < high; });
    };
    if (q.type != QuestionType::scenario && !r.parts.empty()) return false;
    switch (q.type) {
    case QuestionType::single_choice:
    case QuestionType::true_false:
        return r.values.size() <= 1 && within(0, int(q.choices.size()));
    case QuestionType::multiple_choice: {
        std::vector<int> unique = r.values;
        std::sort(unique.begin(), unique.end());
        return std::adjacent_find(unique.begin(), unique.end()) == unique.end() && within(0, int(q.choices.size()));
    }
    case QuestionType::classify:
    case QuestionType::matrix:
        return r.values.size() == q.answer_slots() && within(-1, q.type == QuestionType::matrix ? 4 : 3);
    case QuestionType::ordering: {
        std::vector<int> sorted = r.values;
        std::sort(sorted.begin(), sorted.end());
        for (size_t i = 0; i < sorted.size(); ++i)
            if (sorted[i] != int(i)) return false;
        return sorted.size() == q.order.size();
    }
    case QuestionType::scenario:
        if (!r.values.empty() || r.parts.size() != q.parts.size()) return false;
        for (size_t i = 0; i < q.parts.size(); ++i)
            if (!response_fits(q.parts[i], r.parts[i])) return false;
        return true;
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing and presenting
//-----------------------------------------------------------------------------

std::uint64_t SeededRandom::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Display order for a question's choices or items. True/false keeps True first; an ordering
// question never starts already in the right order.
static std::vector<int> display_order(const Question& q, SeededRandom& rng) {
    size_t n = q.type == QuestionType::classify ? q.items.size()
             : q.type == QuestionType::matrix ? q.rows.size()
             : q.type == QuestionType::ordering ? q.order.size()
             : q.choices.size();
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = int(i);
    if (q.type == QuestionType::true_false || q.type == QuestionType::matrix || q.type == QuestionType::scenario) return order;
    rng.shuffle(order);
    if (q.type == QuestionType::ordering && n > 1 && std::is_sorted(order.begin(), order.end())) std::swap(order[0], order[1]);
    return order;
}

QuizSession::QuizSession(const Quiz& quiz, SessionConfig config, double now) : quiz_(&quiz), config_(std::move(config)) {
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

void QuizSession::next(double now) {
    if (finished_) return;
    if (current_ + 1 < presented_.size()) {
        ++current_;
        question_started_at_ = now;
    } else {
        finish(now);
    }
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
        if (records_[i].score < 1 - 1e-9) out.push_back(presented_[i].question->id);
    return out;
}

} // namespace srm
