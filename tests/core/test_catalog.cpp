// The content catalog: classification by folder, broken files isolated, cross-file checks.
#include "catalog.h"
#include "fixtures.h"
#include <doctest/doctest.h>

using namespace srm;

TEST_CASE("a broken file is reported by name and position while the others load") {
    ContentCatalog catalog("2026-11-29");
    catalog.add_file("assets/models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", fixtures::kQuiz);
    catalog.add_file("quizzes/broken.json", "{\n  \"id\": \"broken\",\n  oops\n}");
    catalog.add_unreadable("quizzes/missing.json", "HTTP 404 Not Found");
    catalog.finish();
    CHECK(catalog.models().size() == 1);
    CHECK(catalog.quizzes().size() == 1);
    CHECK(catalog.error_count() == 2);
    Diagnostics diags = catalog.diagnostics();
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].format().rfind("quizzes/broken.json:3:3: error:", 0) == 0);
    CHECK(diags[1].format() == "quizzes/missing.json: error: HTTP 404 Not Found [unreadable-file]");
}

TEST_CASE("content kind comes from the folder") {
    CHECK(ContentCatalog::kind_of("content/models/aws.json") == ContentKind::model);
    CHECK(ContentCatalog::kind_of("quizzes/x.json") == ContentKind::quiz);
    ContentCatalog catalog;
    catalog.add_file("notes/x.json", "{}");
    CHECK(catalog.diagnostics().at(0).id == "unknown-content-kind");
}

TEST_CASE("a question naming a model cell that does not exist is an error and is left out") {
    ContentCatalog catalog("2026-11-29");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", fixtures::replace(fixtures::kQuiz, "test/vm/patching", "test/vm/nothing"));
    catalog.finish();
    Diagnostics diags = catalog.diagnostics();
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].id == "unknown-cell");
    CHECK(diags[0].format().rfind("quizzes/basics.json:13:40: error: /questions/0/cell:", 0) == 0); // located at the cell
    CHECK(catalog.error_count() == 1);
    REQUIRE(catalog.quizzes().size() == 1);
    CHECK(catalog.quizzes()[0].questions.size() == 2);
}

TEST_CASE("two files with the same id: the second is refused") {
    ContentCatalog catalog("2026-11-29");
    catalog.add_file("quizzes/a.json", fixtures::kQuiz);
    catalog.add_file("quizzes/b.json", fixtures::kQuiz);
    CHECK(catalog.quizzes().size() == 1);
    CHECK(catalog.diagnostics().at(0).id == "duplicate-id");
}
