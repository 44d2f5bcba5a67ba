// Quiz files: loading and one test per validation error class.
#include "fixtures.h"
#include "catalog.h"
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
    SUBCASE("wrong type") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"pass_mark\": 0.6", "\"pass_mark\": \"high\"")), "wrong-type",
                    "/pass_mark"));
    }
    SUBCASE("missing field") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"explanation\": \"Yes.\",", "")), "missing-field",
                    "/questions/2"));
    }
    SUBCASE("key not among the choices") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"key\": [0, 2]", "\"key\": [0, 3]")), "key-not-a-choice",
                    "/questions/1/key/1"));
    }
    SUBCASE("duplicate ids") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"id\": \"q2\"", "\"id\": \"q1\"")), "duplicate-id",
                    "/questions/1/id"));
    }
    SUBCASE("non-https link") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "https://example.com/c", "http://example.com/c")),
                    "non-https-link", "/questions/1/sources/0"));
    }
    SUBCASE("javascript: link") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "https://example.com/a", "javascript:alert(1)")),
                    "non-https-link", "/questions/2/sources/0"));
    }
    SUBCASE("empty quiz") {
        size_t at = fixtures::kQuiz.find("\"questions\": [");
        std::string text = fixtures::kQuiz.substr(0, at) + "\"questions\": []}";
        CHECK(HasId(LoadBroken(text), "empty-quiz", "/questions"));
    }
    SUBCASE("oversized string") {
        std::string big(5000, 'x');
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"Yes.\"", "\"" + big + "\"")), "oversized-string",
                    "/questions/2/explanation"));
    }
    SUBCASE("invalid UTF-8") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "Basics", "Bas\xFFics")), "syntax-error"));
    }
    SUBCASE("unknown schema_version") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"schema_version\": 1", "\"schema_version\": 2")),
                    "unknown-schema-version"));
    }
    SUBCASE("unknown question type") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "\"type\": \"single\"", "\"type\": \"essay\"")), "unknown-type",
                    "/questions/0/type"));
    }
    SUBCASE("a question without sources") {
        CHECK(HasId(LoadBroken(replace(fixtures::kQuiz, "[\"https://example.com/a\"]", "[]")), "missing-source",
                    "/questions/2/sources"));
    }
}

TEST_CASE("every new type is validated with located errors") {
    auto broken = [](const std::string& from, const std::string& to) {
        Quiz quiz;
        Diagnostics diags;
        CHECK_FALSE(load_quiz(replace(fixtures::kQuizAllTypes, from, to), "q.json", quiz, diags));
        return diags;
    };
    CHECK(broken("\"owner\": \"provider\", \"cell\"", "\"owner\": \"landlord\", \"cell\"").at(0).pointer ==
          "/questions/3/items/0/owner");
    CHECK(broken("\"order\": [\"Cloudco VM\", \"Cloudco Store\"]", "\"order\": [\"Cloudco VM\"]").at(0).id ==
          "bad-choice-count");
    CHECK(broken("{\"id\": \"fix\", \"type\": \"true-false\"", "{\"id\": \"fix\", \"type\": \"scenario\"").at(0).id ==
          "bad-value");
    CHECK(
        broken("\"choice_owners\": [\"customer\", \"provider\", \"shared\"]", "\"choice_owners\": [\"customer\"]").at(0).pointer ==
        "/questions/0/choice_owners");
    CHECK(broken("\"concepts\": [\"guest-os\"], \"cell\"", "\"concepts\": [\"nope\"], \"cell\"").at(0).id == "unknown-id");
    CHECK(broken("\"difficulty\": 1", "\"difficulty\": 5").at(0).pointer == "/questions/1/difficulty");
}

TEST_CASE("an authored key that contradicts the model fails validation, located at the key") {
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", fixtures::kModel);
    // s1 says the provider patches the VM's guest OS; the model says the customer does.
    catalog.add_file("quizzes/all.json", replace(fixtures::kQuizAllTypes, "\"key\": 0,\n     \"choice_feedback\": [\"\", ",
                                                 "\"key\": 1,\n     \"choice_feedback\": [\"It is yours.\", "));
    catalog.finish();
    Diagnostics d = catalog.diagnostics();
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "key-contradicts-model");
    CHECK(d[0].pointer == "/questions/0/key");
    CHECK(d[0].line == 15);
    CHECK(d[0].message == "the keyed answer says provider but the model says customer for test/vm/patching");
    CHECK(catalog.quizzes().at(0).questions.size() == 6); // the contradicting question is left out
}

TEST_CASE("a classify item that contradicts its model cell fails validation") {
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/all.json",
                     replace(fixtures::kQuizAllTypes, "\"owner\": \"provider\", \"cell\": \"test/vm/physical\"",
                             "\"owner\": \"customer\", \"cell\": \"test/vm/physical\""));
    catalog.finish();
    CHECK(catalog.diagnostics().at(0).id == "key-contradicts-model");
    CHECK(catalog.diagnostics().at(0).pointer == "/questions/3/items/0/owner");
}

TEST_CASE("questions are generated from model cells with the cell's explanation and source") {
    std::string quiz = replace(
        fixtures::kQuiz, "\"pass_mark\": 0.6,",
        "\"pass_mark\": 0.6, \"generate\": [{\"model\": \"test\", \"services\": [\"vm\", \"store\"], \"controls\": [\"patching\", \"physical\"], \"concepts\": [\"generated\"]}],");
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", quiz);
    catalog.finish();
    CHECK(catalog.diagnostics().empty());
    const Quiz& q = catalog.quizzes().at(0);
    REQUIRE(q.questions.size() == 3 + 4);
    const Question& g = q.questions[3];
    CHECK(g.generated);
    CHECK(g.id == "gen-test-vm-patching");
    CHECK(g.prompt == "Who is responsible for Guest OS patching on Cloudco VM?");
    CHECK(g.choices == std::vector<std::string>{"The customer", "Cloudco", "Shared between the customer and Cloudco"});
    CHECK(g.key == std::vector<int>{0});
    CHECK(g.explanation == "You patch the guest.");
    CHECK(g.sources == std::vector<std::string>{"https://example.com/b"});
    CHECK(q.questions[4].key == std::vector<int>{1}); // vm/physical: the provider
}

TEST_CASE("a quiz whose generator names a model that did not load warns, and is left out when empty") {
    std::string quiz = replace(
        fixtures::kQuiz, "\"questions\": [",
        "\"generate\": [{\"model\": \"ghost\", \"services\": [\"a\"], \"controls\": [\"b\"], \"concepts\": []}], \"questions\": [");
    size_t at = quiz.find("\"questions\": [");
    quiz = quiz.substr(0, at) + "\"questions\": []}";
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("quizzes/basics.json", quiz);
    catalog.finish();
    Diagnostics d = catalog.diagnostics();
    REQUIRE(d.size() == 2);
    CHECK(d[0].id == "unknown-model");
    CHECK(d[1].id == "empty-quiz");
    CHECK(catalog.quizzes().empty());
}
