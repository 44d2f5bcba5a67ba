// The content summary: worked out from the catalog, written and read back by the build's file,
// used instead of the content's own lists when a catalog is given one, and refused with a
// located error when the file is damaged.
#include "catalog.h"
#include "content_summary.h"
#include "fixtures.h"
#include <doctest/doctest.h>

using namespace srm;

static ContentCatalog FullCatalog() { return fixtures::basics_catalog(); }

TEST_CASE("a catalog sums up its models and quizzes in the order it holds them") {
    ContentCatalog catalog = FullCatalog();
    CHECK_FALSE(catalog.from_summary());
    const ContentSummary& s = catalog.summary();
    CHECK(s.lang == "en");
    REQUIRE(s.models.size() == 1);
    CHECK(s.models[0].id == "test");
    CHECK(s.models[0].provider == "Cloudco");
    CHECK(s.models[0].title == "Cloudco model");
    CHECK(s.models[0].services == catalog.models()[0].services.size());
    CHECK(s.models[0].controls == catalog.models()[0].controls.size());
    CHECK(s.models[0].layers == catalog.models()[0].layers.size());
    REQUIRE(s.quizzes.size() == 1);
    CHECK(s.quizzes[0].id == catalog.quizzes()[0].id);
    CHECK(s.quizzes[0].questions == catalog.quizzes()[0].questions.size());
    CHECK(s.quizzes[0].pass_mark == catalog.quizzes()[0].pass_mark);
}

TEST_CASE("the summary file reads back as written, and a catalog given it lists from it") {
    std::string text = summary_to_json(FullCatalog().summary());
    ContentCatalog first_view("2026-03-01");
    first_view.add_file("models/test.json", fixtures::kModel);
    first_view.add_file("first-view.json", text);
    first_view.finish();
    CHECK(first_view.error_count() == 0);
    CHECK(first_view.from_summary());
    CHECK(first_view.quizzes().empty());               // the quiz itself is not there...
    REQUIRE(first_view.summary().quizzes.size() == 1); // ...but the home page still lists it
    CHECK(first_view.summary().quizzes[0].title == FullCatalog().summary().quizzes[0].title);
    CHECK(summary_to_json(first_view.summary()) == text);
    CHECK(ContentCatalog::kind_of("first-view.fr.json") == ContentKind::summary);
    CHECK(ContentCatalog::kind_of("site/first-view.json") == ContentKind::summary);
    CHECK(ContentCatalog::kind_of("site/not-first-view.json") == ContentKind::unknown);
}

TEST_CASE("a damaged summary is a located content error and the lists stay empty") {
    std::string text = summary_to_json(FullCatalog().summary());
    struct Case {
        std::string text;
        const char* id;
    };
    std::string count = fixtures::replace(text, "\"questions\":", "\"questions\":-");
    std::string mark = fixtures::replace(text, "\"pass_mark\":", "\"pass_mark\":4");
    for (const Case& c :
         {Case{"{\"schema_version\":1,", "syntax-error"}, Case{"[]", "wrong-type"},
          Case{"{\"schema_version\":2}", "unknown-schema-version"},
          Case{"{\"schema_version\":1,\"lang\":\"en\",\"models\":[]}", "missing-field"}, Case{count, "wrong-format"},
          Case{mark, "wrong-format"}, Case{std::string(kMaxSummaryBytes + 1, ' '), "too-large"}}) {
        CAPTURE(c.text.substr(0, 80));
        ContentCatalog catalog;
        catalog.add_file("first-view.json", c.text);
        catalog.finish();
        REQUIRE(catalog.error_count() >= 1);
        CHECK(catalog.diagnostics().at(0).id == c.id);
        CHECK(catalog.diagnostics().at(0).file == "first-view.json");
        CHECK(catalog.summary().quizzes.empty());
    }
}

TEST_CASE("a summary lists at most its bound of entries") {
    std::string lessons;
    for (size_t i = 0; i <= kMaxSummaryEntries; ++i)
        lessons += (i ? "," : "") + std::string("{\"id\":\"l\",\"title\":\"t\"}");
    ContentSummary out;
    Diagnostics diags;
    CHECK_FALSE(
        load_summary("{\"schema_version\":1,\"lang\":\"en\",\"models\":[],\"quizzes\":[],\"lessons\":[" + lessons + "]}",
                     "first-view.json", out, diags));
    REQUIRE_FALSE(diags.empty());
    CHECK(diags[0].id == "too-large");
    CHECK(diags[0].pointer == "/lessons");
}

TEST_CASE("the first model cut down to one service still loads, with that service and its cells alone") {
    std::string cut = cut_model_to_service(fixtures::kModel, "vm");
    ResponsibilityModel model;
    Diagnostics diags;
    REQUIRE(load_model(cut, "models/test.json", "2026-11-29", model, diags));
    CHECK(diags.empty());
    REQUIRE(model.services.size() == 1);
    CHECK(model.services[0].id == "vm");
    for (const Cell& c : model.cells) CHECK(c.service == "vm");
    CHECK(cut_model_to_service("[1, 2]", "vm").empty());
    CHECK(cut_model_to_service("{\"a\": ", "vm").empty());
}
