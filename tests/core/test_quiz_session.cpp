// Quiz runs: scoring of every question type, partial credit, progression and the pass mark.
#include "fixtures.h"
#include "quiz_session.h"
#include <doctest/doctest.h>

using namespace srm;

static Quiz LoadFixture() {
    Quiz quiz;
    Diagnostics diags;
    REQUIRE(load_quiz(fixtures::kQuiz, "q.json", quiz, diags));
    return quiz;
}

TEST_CASE("single choice and true/false score all or nothing") {
    Quiz quiz = LoadFixture();
    CHECK(score_response(quiz.questions[0], {0}) == 1.0);
    CHECK(score_response(quiz.questions[0], {1}) == 0.0);
    CHECK(score_response(quiz.questions[0], {}) == 0.0);
    CHECK(score_response(quiz.questions[0], {0, 1}) == 0.0);
    CHECK(score_response(quiz.questions[2], {0}) == 1.0);
    CHECK(score_response(quiz.questions[2], {1}) == 0.0);
}

TEST_CASE("multiple choice gives partial credit, never below zero") {
    const Question q = LoadFixture().questions[1];  // key {0, 2} of 3 choices
    CHECK(score_response(q, {0, 2}) == 1.0);
    CHECK(score_response(q, {2, 0}) == 1.0);
    CHECK(score_response(q, {0}) == doctest::Approx(0.5));
    CHECK(score_response(q, {0, 1}) == 0.0);          // one right, one wrong
    CHECK(score_response(q, {0, 1, 2}) == doctest::Approx(0.5));
    CHECK(score_response(q, {1}) == 0.0);
    CHECK(score_response(q, {0, 0}) == doctest::Approx(0.5));  // a repeated pick counts once
}

TEST_CASE("a session records each answer once, moves on and reports pass or fail") {
    Quiz quiz = LoadFixture();
    QuizSession s(quiz);
    CHECK_FALSE(s.finished());
    CHECK(s.answer({0}).score == 1.0);
    CHECK(s.answer({1}).score == 1.0);   // a second answer does not overwrite the first
    s.next();
    s.answer({0});
    s.next();
    s.answer({1});
    s.next();
    CHECK(s.finished());
    CHECK(s.score() == doctest::Approx(1.5));
    CHECK(s.max_score() == 3.0);
    CHECK_FALSE(s.passed());   // 50% < 60%
}
