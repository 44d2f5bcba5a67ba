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
    CHECK(load(replace(kLessons, "\"?view=explore&cloud=test&service=vm\"", "\"https://evil.example\"")).at(0).id ==
          "bad-link");
    CHECK(load(replace(kLessons, "\"?view=explore&cloud=test&service=vm\"", "\"?view=explore&bogus=1\"")).at(0).pointer ==
          "/lessons/0/explore");
    CHECK(load(replace(kLessons, "https://example.com/srm", "javascript:alert(1)")).at(0).id == "non-https-link");
    CHECK(load(replace(kLessons, "\"paragraphs\": [", "\"paragraphs\": [\"\", ")).at(0).pointer ==
          "/lessons/0/paragraphs/0");
    CHECK(load(replace(kLessons, "\"schema_version\": 1", "\"schema_version\": 3")).at(0).id == "unknown-schema-version");
}

TEST_CASE("a lesson pointing at a missing service is an error; at a missing quiz, a warning") {
    ContentCatalog catalog("2026-11-29");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("lessons/path.json", replace(replace(kLessons, "\"service\": \"vm\"", "\"service\": \"db\""),
                                                  "\"quiz\": \"basics\"", "\"quiz\": \"nope\""));
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
    CHECK_FALSE(load_resources(replace(kResources, "https://example.com/srm", "http://example.com/srm"), "r.json",
                               groups, diags));
    CHECK(diags.at(0).pointer == "/groups/0/links/0/url");
}

TEST_CASE("lessons and resources in French replace the English ones in French only, keeping their links") {
    std::string lessons_fr =
        replace(replace(replace(kLessons, "\"schema_version\": 1,", "\"schema_version\": 1, \"lang\": \"fr\","),
                        "\"title\": \"Of and in\"", "\"title\": \"Du et dans\""),
                "The provider secures the cloud.", "Le fournisseur s\xE2\x80\x99occupe du cloud.");
    std::string resources_fr =
        replace(replace(kResources, "\"schema_version\": 1,", "\"schema_version\": 1, \"lang\": \"fr\","),
                "\"title\": \"The model\"", "\"title\": \"Le mod\xC3\xA8le\"");
    for (const char* lang : {"en", "fr"}) {
        ContentCatalog catalog("2026-11-29");
        catalog.set_language(lang);
        for (const auto& [path, text] :
             std::vector<std::pair<const char*, std::string>>{{"models/test.json", fixtures::kModel},
                                                              {"quizzes/basics.json", fixtures::kQuiz},
                                                              {"lessons/path.json", kLessons},
                                                              {"lessons/path.fr.json", lessons_fr},
                                                              {"resources/links.json", kResources},
                                                              {"resources/links.fr.json", resources_fr}})
            catalog.add_file(path, text);
        catalog.finish();
        CHECK(catalog.diagnostics().empty());
        bool french = std::string(lang) == "fr";
        REQUIRE(catalog.lessons().size() == 1); // a translation is not a second lesson
        CHECK((catalog.lessons()[0].title == "Du et dans") == french);
        CHECK(catalog.lessons()[0].explore == "?view=explore&cloud=test&service=vm");
        REQUIRE(catalog.resources().size() == 1);
        CHECK((catalog.resources()[0].title == "Le mod\xC3\xA8le") == french);
    }
    // A translation must keep its original's links: a different explore link or URL is refused.
    ContentCatalog catalog("2026-11-29");
    catalog.set_language("fr");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", fixtures::kQuiz);
    catalog.add_file("lessons/path.json", kLessons);
    catalog.add_file("lessons/path.fr.json", replace(lessons_fr, "service=vm\"", "service=store\""));
    catalog.add_file("resources/links.json", kResources);
    catalog.add_file("resources/links.fr.json",
                     replace(resources_fr, "https://example.com/srm", "https://example.com/other"));
    catalog.finish();
    CHECK(catalog.error_count() == 2);
    for (const Diagnostic& d : catalog.diagnostics()) CHECK(d.id == "translation-mismatch");
    CHECK(catalog.lessons()[0].title == "Of and in");
}
