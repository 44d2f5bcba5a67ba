// Provider defaults: what a provider does out of the box for a cell ("default"), validated with
// located errors, translated by a model translation, and asked by generated "on by default?"
// questions.
#include "catalog.h"
#include "fixtures.h"
#include <doctest/doctest.h>

using namespace srm;
using fixtures::replace;

static const std::string kStoreCell =
    R"("explanation": "No guest OS to patch.", "source": "https://example.com/d", "last_verified": "2026-01-02")";

static std::string WithDefault(const std::string& fields) {
    return replace(fixtures::kModel, kStoreCell, kStoreCell + ", \"default\": {" + fields + "}");
}

static Diagnostics LoadModel(const std::string& text, ResponsibilityModel& m) {
    Diagnostics diags;
    load_model(text, "models/test.json", "2026-03-01", m, diags);
    return diags;
}

TEST_CASE("a cell's default is read with what, on, since and its own source") {
    ResponsibilityModel m;
    Diagnostics d = LoadModel(WithDefault(R"("on": true, "what": "Automatic patching of the store's hosts", "since": "2023-01",
                                            "source": "https://example.com/defaults")"),
                              m);
    CHECK(d.empty());
    const Cell* cell = m.find_cell("store", "patching");
    REQUIRE(cell->has_default);
    CHECK(cell->provider_default.on);
    CHECK(cell->provider_default.what == "Automatic patching of the store's hosts");
    CHECK(cell->provider_default.since == "2023-01");
    CHECK(cell->default_source() == "https://example.com/defaults");
    CHECK_FALSE(m.find_cell("vm", "patching")->has_default);
    CHECK(m.find_cell("vm", "patching")->default_source() == "https://example.com/b"); // no default: the cell's source
}

TEST_CASE("a malformed default is a located error") {
    struct Case {
        const char* fields;
        const char* id;
        const char* pointer;
    };
    for (const Case& c :
         {Case{R"("on": true)", "missing-field", "/cells/4/default"},
          Case{R"("on": "yes", "what": "x")", "wrong-type", "/cells/4/default/on"},
          Case{R"("on": true, "what": "x", "since": "January 2023")", "malformed-date", "/cells/4/default/since"},
          Case{R"("on": true, "what": "x", "since": "2026-04")", "future-date", "/cells/4/default/since"},
          Case{R"("on": true, "what": "x", "source": "http://example.com")", "non-https-link", "/cells/4/default/source"}}) {
        INFO(c.fields);
        ResponsibilityModel m;
        Diagnostics d = LoadModel(WithDefault(c.fields), m);
        REQUIRE(d.size() == 1);
        CHECK(d[0].id == c.id);
        CHECK(d[0].pointer == c.pointer);
    }
}

TEST_CASE("a model translation gives a default's words in its language, and names unknown defaults") {
    std::string model = WithDefault(R"("on": false, "what": "Versioning of stored objects")");
    for (const char* lang : {"en", "fr"}) {
        ContentCatalog catalog("2026-03-01");
        catalog.set_language(lang);
        catalog.add_file("models/test.json", model);
        catalog.add_file("models/test.fr.json",
                         R"({"schema_version": 1, "translates": "test", "lang": "fr", "title": "T", "summary": "S",
          "defaults": {"store/patching": "Gestion des versions des objets stockés"}})");
        catalog.finish();
        CHECK(catalog.error_count() == 0);
        bool french = std::string(lang) == "fr";
        CHECK((catalog.find_model("test")->find_cell("store", "patching")->provider_default.what ==
               "Gestion des versions des objets stock\xC3\xA9s") == french);
    }
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", model);
    catalog.add_file("models/test.fr.json",
                     R"({"schema_version": 1, "translates": "test", "lang": "fr", "title": "T", "summary": "S",
      "defaults": {"vm/patching": "Rien"}})");
    catalog.finish();
    CHECK(catalog.error_count() == 1);
    CHECK(catalog.diagnostics().at(0).pointer == "/defaults/vm~1patching");
}

TEST_CASE("\"ask\": \"default\" generates a true-false question for each listed cell that states a default") {
    std::string quiz =
        R"({"schema_version": 1, "id": "defaults", "title": "Defaults", "lang": "en", "description": "d", "pass_mark": 0.7,
      "questions": [], "generate": [{"model": "test", "ask": "default", "services": ["vm", "store"],
                                      "controls": ["patching", "physical"], "concepts": ["c"]}]})";
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json",
                     WithDefault(R"("on": true, "what": "Automatic patching of the store's hosts", "since": "2023-01-05")"));
    catalog.add_file("quizzes/defaults.json", quiz);
    catalog.finish();
    INFO(format_all(catalog.diagnostics()));
    CHECK(catalog.error_count() == 0);
    const Quiz* q = catalog.find_quiz("defaults");
    REQUIRE(q);
    REQUIRE(q->questions.size() == 1); // only store/patching states a default
    const Question& g = q->questions[0];
    CHECK(g.generated);
    CHECK(g.type == QuestionType::true_false);
    CHECK(g.key == std::vector<int>{0});
    CHECK(g.id == "gen-default-test-store-patching");
    CHECK(g.prompt ==
          "On Cloudco Store, this is on by default, before you configure anything: Automatic patching of the store's hosts.");
    CHECK(g.explanation.rfind("On by default (since 2023-01-05): Automatic patching", 0) == 0);
    CHECK(g.sources == std::vector<std::string>{"https://example.com/d"});

    ContentCatalog bad("2026-03-01");
    bad.add_file("models/test.json", fixtures::kModel);
    bad.add_file("quizzes/defaults.json", replace(quiz, "\"ask\": \"default\"", "\"ask\": \"everything\""));
    bad.finish();
    CHECK(bad.diagnostics().at(0).id == "bad-value");
    CHECK(bad.diagnostics().at(0).pointer == "/generate/0/ask");
}
