// Choice feedback: one sentence per wrong choice of a single or multiple question, saying which
// misconception it reflects. Checked for shape (one entry per choice), reported when a wrong choice
// has none, and kept choice for choice by a translation.
#include "catalog.h"
#include "fixtures.h"
#include <doctest/doctest.h>

using namespace srm;
using fixtures::replace;

static const std::string kFeedback =
    R"("choice_feedback": ["", "The provider runs the host, not the operating system inside your VM."],)";

static Diagnostics Load(const std::string& text, Quiz& quiz) {
    Diagnostics diags;
    load_quiz(text, "quizzes/basics.json", quiz, diags);
    return diags;
}

TEST_CASE("choice feedback is read choice by choice") {
    Quiz quiz;
    CHECK(Load(fixtures::kQuiz, quiz).empty());
    CHECK(quiz.questions[0].choice_feedback ==
          std::vector<std::string>{"", "The provider runs the host, not the operating system inside your VM."});
    CHECK_FALSE(lacks_choice_feedback(quiz.questions[0]));
}

TEST_CASE("a wrong choice without feedback is a warning at the question; a list of the wrong length is an error") {
    Quiz quiz;
    Diagnostics d = Load(replace(fixtures::kQuiz, kFeedback, R"("choice_feedback": ["", " "],)"), quiz);
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "missing-choice-feedback");
    CHECK(d[0].severity == Severity::warning);
    CHECK(d[0].pointer == "/questions/0/choice_feedback");

    Quiz none;
    d = Load(replace(fixtures::kQuiz, kFeedback, ""), none);
    REQUIRE(d.size() == 1);
    CHECK(d[0].pointer == "/questions/0");

    Quiz wrong_length;
    d = Load(replace(fixtures::kQuiz, kFeedback, R"("choice_feedback": ["Right."],)"), wrong_length);
    CHECK(d.at(0).id == "bad-value");
    CHECK(d.at(0).severity == Severity::error);
    CHECK(d.at(0).message == "choice_feedback has one entry for each of the 2 choices, found 1");
}

TEST_CASE("a translation must give feedback for the same choices as its original") {
    std::string french = replace(replace(fixtures::kQuiz, "\"lang\": \"en\"", "\"lang\": \"fr\""), kFeedback,
                                 R"("choice_feedback": ["", "Le fournisseur gère l'hôte, pas le système de la VM."],)");
    for (bool same : {true, false}) {
        ContentCatalog catalog("2026-03-01");
        catalog.set_language("fr");
        catalog.add_file("models/test.json", fixtures::kModel);
        catalog.add_file("quizzes/basics.json", fixtures::kQuiz);
        catalog.add_file("quizzes/basics.fr.json", same ? french : replace(french, R"(["", "Le)", R"(["Bien.", "Le)"));
        catalog.finish();
        CHECK((catalog.error_count() == 0) == same);
        if (!same) CHECK(catalog.diagnostics().at(0).id == "translation-mismatch");
    }
}
