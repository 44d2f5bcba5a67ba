// Retired sources: archived documents whose advice has changed may not be cited by any content,
// wherever the link sits (a cell, a question, a lesson, a resource).
#include "catalog.h"
#include "fixtures.h"
#include "json_checker.h"
#include <doctest/doctest.h>

using namespace srm;
using fixtures::replace;

static const char* kWhitepaper = "https://d1.awsstatic.com/whitepapers/Security/AWS_Security_Best_Practices.pdf";

TEST_CASE("the archived 2016 AWS whitepaper is a retired source, refused with a located error") {
    REQUIRE(kRetiredSourceCount >= 1);
    CHECK(std::string(kRetiredSources[0].url_prefix) == kWhitepaper);
    struct Case {
        const char* path;
        std::string text;
        const char* pointer;
    };
    for (const Case& c :
         {Case{"models/test.json", replace(fixtures::kModel, "https://example.com/d", kWhitepaper), "/cells/4/source"},
          Case{"quizzes/basics.json", replace(fixtures::kQuiz, "https://example.com/b", kWhitepaper),
               "/questions/0/sources/0"}}) {
        ContentCatalog catalog("2026-03-01");
        catalog.add_file(c.path, c.text);
        catalog.finish();
        INFO(c.path);
        REQUIRE(catalog.error_count() >= 1);
        Diagnostic d = catalog.diagnostics().at(0);
        CHECK(d.id == "retired-source");
        CHECK(d.pointer == c.pointer);
        CHECK(d.message.find("archived 2016 AWS Security Best Practices whitepaper") != std::string::npos);
    }
}
