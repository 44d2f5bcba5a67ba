// Lessons and resources: loading, validation, and cross-checks against models and quizzes.
#include "catalog.h"
#include "fixtures.h"
#include <doctest/doctest.h>

using namespace srm;
using fixtures::replace;

static const std::string kLessons = R"({
  "schema_version": 1,
  "lessons": [
    {"id": "of-and-in", "title": "Of and in", "summary": "The split.",
     "paragraphs": ["The provider secures the cloud.", "You secure what you put in it."],
     "diagram": {"cloud": "test", "service": "vm", "layers": ["hardware"]},
     "explore": "?view=explore&cloud=test&service=vm", "quiz": "basics",
     "sources": ["https://example.com/srm"]}
  ]
})";

static const std::string kResources = R"({
  "schema_version": 1,
  "groups": [
    {"id": "model", "title": "The model", "links": [
      {"title": "The official page", "url": "https://example.com/srm", "description": "Where it all starts."}]}
  ]
})";

TEST_CASE("lessons and resources load into the catalog and check their references") {
    ContentCatalog catalog("2026-11-29");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", fixtures::kQuiz);
    catalog.add_file("lessons/path.json", kLessons);
    catalog.add_file("resources/links.json", kResources);
    catalog.finish();
    CHECK(catalog.diagnostics().empty());
    REQUIRE(catalog.lessons().size() == 1);
    CHECK(catalog.lessons()[0].paragraphs.size() == 2);
    CHECK(catalog.lessons()[0].diagram.layers == std::vector<std::string>{"hardware"});
    REQUIRE(catalog.find_lesson("of-and-in"));
    REQUIRE(catalog.resources().size() == 1);
    CHECK(catalog.resources()[0].links[0].url == "https://example.com/srm");
}

TEST_CASE("lesson validation errors are located") {
    auto load = [](const std::string& text) {
        std::vector<Lesson> lessons;
        Diagnostics diags;
        CHECK_FALSE(load_lessons(text, "l.json", lessons, diags));
        return diags;
    };
    CHECK(load(replace(kLessons, "\"?view=explore&cloud=test&service=vm\"", "\"https://evil.example\"")).at(0).id == "bad-link");
    CHECK(load(replace(kLessons, "\"?view=explore&cloud=test&service=vm\"", "\"?view=explore&bogus=1\"")).at(0).pointer == "/lessons/0/explore");
    CHECK(load(replace(kLessons, "https://example.com/srm", "javascript:alert(1)")).at(0).id == "non-https-link");
    CHECK(load(replace(kLessons, "\"paragraphs\": [", "\"paragraphs\": [\"\", ")).at(0).pointer == "/lessons/0/paragraphs/0");
    CHECK(load(replace(kLessons, "\"schema_version\": 1", "\"schema_version\": 3")).at(0).id == "unknown-schema-version");
}

TEST_CASE("a lesson pointing at a missing service is an error; at a missing quiz, a warning") {
    ContentCatalog catalog("2026-11-29");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("lessons/path.json", replace(replace(kLessons, "\"service\": \"vm\"", "\"service\": \"db\""), "\"quiz\": \"basics\"", "\"quiz\": \"nope\""));
    catalog.finish();
    Diagnostics d = catalog.diagnostics();
    REQUIRE(d.size() == 2);
    CHECK(d[0].id == "unknown-id");
    CHECK(d[0].pointer == "/lessons/0/diagram/service");
    CHECK(d[1].id == "unknown-quiz");
    CHECK(d[1].severity == Severity::warning);
}

TEST_CASE("resource links must be https") {
    std::vector<ResourceGroup> groups;
    Diagnostics diags;
    CHECK_FALSE(load_resources(replace(kResources, "https://example.com/srm", "http://example.com/srm"), "r.json", groups, diags));
    CHECK(diags.at(0).pointer == "/groups/0/links/0/url");
}
