// Quiz runs: scoring of every type with partial credit, seeded reproducible draws and shuffles,
// practice and exam modes, time limits, the per-concept breakdown and "retry what I got wrong".
#include "catalog.h"
#include "fixtures.h"
#include "quiz_session.h"
#include "question_types/question_type.h"
#include <algorithm>
#include <doctest/doctest.h>

using namespace srm;

static ContentCatalog AllTypes() {
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/all.json", fixtures::kQuizAllTypes);
    catalog.finish();
    INFO(format_all(catalog.diagnostics()));
    CHECK(catalog.diagnostics().empty());
    return catalog;
}

static SessionConfig Practice(std::uint64_t seed, size_t count) {
    SessionConfig config;
    config.seed = seed;
    config.mode = QuizMode::practice;
    config.count = count;
    return config;
}

static const Question& Q(const ContentCatalog& c, const std::string& id) {
    for (const Question& q : c.quizzes().at(0).questions)
        if (q.id == id) return q;
    FAIL("no question " << id);
    return c.quizzes().at(0).questions.at(0);
}

static Response R(std::vector<int> values, std::vector<Response> parts = {}) {
    return Response{std::move(values), std::move(parts), {}};
}

TEST_CASE("single choice and true/false score all or nothing") {
    ContentCatalog c = AllTypes();
    CHECK(score_response(Q(c, "s1"), R({0})) == 1.0);
    CHECK(score_response(Q(c, "s1"), R({1})) == 0.0);
    CHECK(score_response(Q(c, "s1"), R({})) == 0.0);
    CHECK(score_response(Q(c, "s1"), R({0, 1})) == 0.0);
    CHECK(score_response(Q(c, "t1"), R({0})) == 1.0);
    CHECK(score_response(Q(c, "t1"), R({1})) == 0.0);
}

TEST_CASE("multiple choice: partial credit is (right - wrong) / keyed, never below zero") {
    ContentCatalog c = AllTypes();
    const Question& q = Q(c, "m1"); // key {0, 2} of 3
    CHECK(score_response(q, R({0, 2})) == 1.0);
    CHECK(score_response(q, R({2, 0})) == 1.0);
    CHECK(score_response(q, R({0})) == doctest::Approx(0.5));
    CHECK(score_response(q, R({0, 1})) == 0.0);
    CHECK(score_response(q, R({0, 1, 2})) == doctest::Approx(0.5));
    CHECK(score_response(q, R({1})) == 0.0);
    CHECK(score_response(q, R({0, 0})) == doctest::Approx(0.5));
}

TEST_CASE("classify and matrix score the share placed right; the matrix key comes from the model") {
    ContentCatalog c = AllTypes();
    const Question& cl = Q(c, "c1"); // provider, customer, customer
    CHECK(score_response(cl, R({1, 0, 0})) == 1.0);
    CHECK(score_response(cl, R({0, 0, 0})) == doctest::Approx(2.0 / 3));
    CHECK(score_response(cl, R({2, 2, 2})) == 0.0);
    CHECK(score_response(cl, R({1, -1})) == doctest::Approx(1.0 / 3));
    CHECK_FALSE(response_complete(cl, R({1, -1, 0})));
    const Question& mx = Q(c, "x1"); // store: classification customer, patching provider, physical provider
    REQUIRE(mx.row_key.size() == 3);
    CHECK(mx.row_labels[1] == "Guest OS patching");
    CHECK(score_response(mx, R({0, 1, 1})) == 1.0);
    CHECK(score_response(mx, R({0, 0, 1})) == doctest::Approx(2.0 / 3));
}

TEST_CASE("ordering scores items in the right position; a scenario is the mean of its parts") {
    ContentCatalog c = AllTypes();
    CHECK(score_response(Q(c, "o1"), R({0, 1})) == 1.0);
    CHECK(score_response(Q(c, "o1"), R({1, 0})) == 0.0);
    const Question& sc = Q(c, "sc1");
    CHECK(score_response(sc, R({}, {R({0}), R({0})})) == 1.0);
    CHECK(score_response(sc, R({}, {R({0}), R({1})})) == doctest::Approx(0.5));
    CHECK(score_response(sc, R({}, {R({0})})) == doctest::Approx(0.5));
    CHECK(sc.parts[0].sources == sc.sources); // parts inherit the scenario's sources
}

TEST_CASE("the same seed draws the same questions in the same order with the same choice order") {
    ContentCatalog c = AllTypes();
    const Quiz& quiz = c.quizzes().at(0);
    auto signature = [&](std::uint64_t seed) {
        QuizSession s(quiz, Practice(seed, 5), 0);
        std::string out;
        for (size_t i = 0; i < s.size(); ++i) {
            out += s.presented(i).question->id + "[";
            for (int o : s.presented(i).order) out += std::to_string(o);
            out += "]";
        }
        return out;
    };
    CHECK(signature(42) == signature(42));
    CHECK(signature(42) != signature(43));
    // The same draw natively and in wasm: splitmix64 is defined to the bit.
    SeededRandom rng(42);
    CHECK(rng.next() == 0xBDD732262FEB6E95ull);
    QuizSession s(quiz, Practice(7, 5), 0);
    CHECK(s.size() == 5);
}

TEST_CASE("filters: concepts, tags, difficulty, and only the questions to retry") {
    ContentCatalog c = AllTypes();
    const Quiz& quiz = c.quizzes().at(0);
    SessionConfig by_concept;
    by_concept.concepts = {"guest-os"};
    QuizSession a(quiz, by_concept, 0);
    CHECK(a.size() == 2);
    SessionConfig easy;
    easy.max_difficulty = 1;
    CHECK(QuizSession(quiz, easy, 0).size() == 1);
    SessionConfig tagged;
    tagged.tags = {"warm-up"};
    QuizSession t(quiz, tagged, 0);
    REQUIRE(t.size() == 1);
    CHECK(t.presented(0).question->id == "t1");
    SessionConfig retry;
    retry.only_questions = {"t1", "x1"};
    CHECK(QuizSession(quiz, retry, 0).size() == 2);
}

TEST_CASE("a practice run: answers once, records time, breakdown names the misconception, retry list") {
    ContentCatalog c = AllTypes();
    const Quiz& quiz = c.quizzes().at(0);
    SessionConfig only;
    only.only_questions = {"s1", "t1", "m1"};
    QuizSession s(quiz, only, 100);
    CHECK(s.shows_feedback_now());
    double t = 100;
    while (!s.finished()) {
        const Question& q = *s.current().question;
        Response r = q.id == "s1" ? R({1}) : q.id == "t1" ? R({0}) : R({0});
        t += 10;
        CHECK(s.answer(r, t).seconds == doctest::Approx(10));
        s.answer(R({0, 2}), t + 1); // a second answer does not overwrite the first
        s.next(t);
    }
    CHECK(s.score() == doctest::Approx(1.5));
    CHECK_FALSE(s.passed() == (s.scaled() < 0.5));
    CHECK(s.elapsed(999) == doctest::Approx(30));
    std::vector<ConceptResult> b = s.breakdown();
    auto guest = std::find_if(b.begin(), b.end(), [](const ConceptResult& r) { return r.concept_id == "guest-os"; });
    REQUIRE(guest != b.end());
    CHECK(guest->score == 0);
    CHECK(guest->misconception == "Believing the provider patches the OS of your virtual machines.");
    std::vector<std::string> wrong = s.wrong_question_ids();
    CHECK(std::find(wrong.begin(), wrong.end(), "s1") != wrong.end());
    CHECK(std::find(wrong.begin(), wrong.end(), "m1") != wrong.end());
    CHECK(std::find(wrong.begin(), wrong.end(), "t1") == wrong.end());
}

TEST_CASE("exam mode holds feedback to the end; a time limit can be extended and never scores speed") {
    ContentCatalog c = AllTypes();
    SessionConfig exam;
    exam.mode = QuizMode::exam;
    exam.time_limit_seconds = 60;
    QuizSession s(c.quizzes().at(0), exam, 0);
    CHECK_FALSE(s.shows_feedback_now());
    CHECK(s.timed());
    CHECK(s.time_left(50) == doctest::Approx(10));
    s.extend(300);
    CHECK(s.time_left(50) == doctest::Approx(310));
    s.finish(400);
    CHECK(s.finished());
    CHECK(s.score() == 0);
}

TEST_CASE("seed 42 draws exactly this quiz, natively and in wasm") {
    ContentCatalog c = AllTypes();
    QuizSession s(c.quizzes().at(0), Practice(42, 0), 0);
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        out += s.presented(i).question->id + "[";
        for (int o : s.presented(i).order) out += std::to_string(o);
        out += "]";
    }
    CHECK(out == "t1[01]x1[012]sc1[]s1[012]c1[012]m1[201]o1[10]");
}

// The key of a question as a response.
static Response Right(const Question& q) { return question_type_info(q.type).right_response(q); }

TEST_CASE("the navigator's rules: an exam goes anywhere and on to what is left; practice reviews what is answered") {
    ContentCatalog catalog = AllTypes();
    const Quiz& quiz = catalog.quizzes().at(0);
    SessionConfig exam_config = Practice(5, 0);
    exam_config.mode = QuizMode::exam;
    QuizSession exam(quiz, exam_config, 0);
    size_t n = exam.size();
    REQUIRE(n >= 4);
    CHECK(exam.can_go_to(n - 1));
    exam.set_flag(0, true);
    exam.go_to(2, 1);
    exam.answer(Right(*exam.current().question), 2);
    CHECK(exam.following() == 3); // the next unanswered one
    exam.go_to(n - 1, 3);
    CHECK(exam.following() == 0); // wrapping round to what is left
    for (size_t i = 0; i < n; ++i) {
        if (exam.record(i).answered) continue;
        exam.go_to(i, 4);
        exam.answer(Right(*exam.current().question), 5);
    }
    exam.go_to(0, 6);
    CHECK(exam.following() == n); // everything answered, no flag after the first: the run ends
    exam.set_flag(1, true);
    CHECK(exam.following() == 1); // a later flag is visited first
    QuizSession practice(quiz, Practice(5, 0), 0);
    CHECK(practice.can_go_to(0));
    CHECK_FALSE(practice.can_go_to(1)); // not ahead of the answers
    practice.answer(Right(*practice.current().question), 1);
    practice.next(2);
    CHECK(practice.can_go_to(0));
    CHECK(practice.can_go_to(1));
    CHECK_FALSE(practice.can_go_to(2));
}
