// Translations: a model's words in another language replace the English ones only in that
// language; keys naming nothing are errors and untranslated cells a warning; a quiz in another
// language must match its original question by question.
#include "catalog.h"
#include "fixtures.h"
#include <doctest/doctest.h>

using namespace srm;

static const char* kTranslation = R"({"schema_version": 1, "translates": "test", "lang": "fr",
  "title": "Modèle d'essai", "summary": "Pour les tests.",
  "controls": {"patching": "Correctifs"},
  "cells": {"vm/patching": "Vous corrigez l'invité."}})";

static bool Has(const Diagnostics& diags, const std::string& id) {
    for (const Diagnostic& d : diags)
        if (d.id == id) return true;
    return false;
}

TEST_CASE("a model translation applies in its language only, and says what it left untranslated") {
    for (const char* lang : {"en", "fr"}) {
        ContentCatalog catalog("2026-03-01");
        catalog.set_language(lang);
        catalog.add_file("models/test.json", fixtures::kModel);
        catalog.add_file("models/test.fr.json", kTranslation);
        catalog.finish();
        const ResponsibilityModel* m = catalog.find_model("test");
        REQUIRE(m);
        bool french = std::string(lang) == "fr";
        CHECK((m->find_control("patching")->label == "Correctifs") == french);
        CHECK((m->find_cell("vm", "patching")->explanation == "Vous corrigez l'invité.") == french);
        CHECK(Has(catalog.diagnostics(), "untranslated"));
        CHECK(catalog.error_count() == 0);
    }
}

TEST_CASE("a translation naming something its model lacks is a located error") {
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("models/test.fr.json",
                     fixtures::replace(kTranslation, "\"patching\": \"Correctifs\"", "\"teleport\": \"Téléportation\""));
    catalog.finish();
    CHECK(catalog.error_count() == 1);
    CHECK(format_all(catalog.diagnostics())
              .find("models/test.fr.json:3:28: error: /controls/teleport: model \"test\" has nothing called \"teleport\" to translate") !=
          std::string::npos);
}

TEST_CASE("a quiz in another language must match its original; a mismatch keeps the original") {
    std::string french = fixtures::replace(fixtures::replace(fixtures::kQuiz, "\"lang\": \"en\"", "\"lang\": \"fr\""),
                                           "\"title\": \"Basics\"", "\"title\": \"Les bases\"");
    ContentCatalog good("2026-03-01");
    good.set_language("fr");
    good.add_file("models/test.json", fixtures::kModel);
    good.add_file("quizzes/basics.json", fixtures::kQuiz);
    good.add_file("quizzes/basics.fr.json", french);
    good.finish();
    INFO(format_all(good.diagnostics()));
    CHECK(good.error_count() == 0);
    REQUIRE(good.quizzes().size() == 1);
    CHECK(good.quizzes()[0].title == "Les bases");

    ContentCatalog bad("2026-03-01");
    bad.set_language("fr");
    bad.add_file("models/test.json", fixtures::kModel);
    bad.add_file("quizzes/basics.json", fixtures::kQuiz);
    bad.add_file("quizzes/basics.fr.json", fixtures::replace(french, "\"key\": [0, 2]", "\"key\": [0, 1]"));
    bad.finish();
    CHECK(bad.error_count() == 1);
    CHECK(Has(bad.diagnostics(), "translation-mismatch"));
    CHECK(bad.quizzes()[0].title != "Les bases");
}
