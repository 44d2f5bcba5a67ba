// Quiz files: loading and one test per validation error class.
#include "fixtures.h"
#include "quiz.h"
#include <doctest/doctest.h>

using namespace srm;
using fixtures::replace;

static Diagnostics LoadBroken(const std::string& text) {
    Quiz quiz;
    Diagnostics diags;
    CHECK_FALSE(load_quiz(text, "q.json", quiz, diags));
    CHECK_FALSE(diags.empty());
    return diags;
}

static bool HasId(const Diagnostics& diags, const std::string& id, const std::string& pointer = "") {
    for (const Diagnostic& d : diags)
        if (d.id == id && (pointer.empty() || d.pointer == pointer)) return true;
    return false;
}

TEST_CASE("the fixture quiz loads with every question type") {
    Quiz quiz;
    Diagnostics diags;
    REQUIRE(load_quiz(fixtures::kQuiz, "q.json", quiz, diags));
    CHECK(diags.empty());
    REQUIRE(quiz.questions.size() == 3);
    CHECK(quiz.questions[0].type == QuestionType::single_choice);
    CHECK(quiz.questions[1].key == std::vector<int>{0, 2});
    CHECK(quiz.questions[2].choices == std::vector<std::string>{"True", "False"});
    CHECK(quiz.questions[2].key == std::vector<int>{0});
    CHECK(quiz.questions[0].cell == "test/vm/patching");
    CHECK(quiz.pass_mark == doctest::Approx(0.6));
}

TEST_CASE("quiz validation errors are located and carry stable ids") {
    SUBCASE("syntax error") {
        Diagnostics d = LoadBroken(replace(fixtures::kQuiz, "\"key\": 0,", "\"key\": 0,,"));
        CHECK(HasId(d, "syntax-error"));
        CHECK(d[0].line == 10);
    }
    SUBCASE("wrong type") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"pass_mark\": 0.6", "\"pass_mark\": \"high\"")), "wrong-type", "/pass_mark")); }
    SUBCASE("missing field") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"explanation\": \"Yes.\",", "")), "missing-field", "/questions/2")); }
    SUBCASE("key not among the choices") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"key\": [0, 2]", "\"key\": [0, 3]")), "key-not-a-choice", "/questions/1/key/1")); }
    SUBCASE("duplicate ids") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"id\": \"q2\"", "\"id\": \"q1\"")), "duplicate-id", "/questions/1/id")); }
    SUBCASE("non-https link") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "https://example.com/c", "http://example.com/c")), "non-https-link", "/questions/1/sources/0")); }
    SUBCASE("javascript: link") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "https://example.com/a", "javascript:alert(1)")), "non-https-link", "/questions/2/sources/0")); }
    SUBCASE("empty quiz") {
        size_t at = fixtures::kQuiz.find("\"questions\": [");
        std::string text = fixtures::kQuiz.substr(0, at) + "\"questions\": []}";
        CHECK(HasId(LoadBroken(text), "empty-quiz", "/questions"));
    }
    SUBCASE("oversized string") {
        std::string big(5000, 'x');
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"Yes.\"", "\"" + big + "\"")), "oversized-string", "/questions/2/explanation"));
    }
    SUBCASE("invalid UTF-8") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "Basics", "Bas\xFFics")), "syntax-error")); }
    SUBCASE("unknown schema_version") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"schema_version\": 1", "\"schema_version\": 2")), "unknown-schema-version")); }
    SUBCASE("unknown question type") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"type\": \"single\"", "\"type\": \"essay\"")), "unknown-type", "/questions/0/type")); }
    SUBCASE("a question without sources") { CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "[\"https://example.com/a\"]", "[]")), "missing-source", "/questions/2/sources")); }
}
