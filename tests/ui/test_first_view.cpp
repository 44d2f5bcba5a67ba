// Headless UI: the web app's first view. The home page drawn from the first model and the
// build's summary of the content (first-view[.<lang>].json) shows exactly what it shows with
// every file loaded, in English and in French, on a phone and on a desktop: same nodes, same
// words, same places. The rest of the content arrives at the first input (docs/architecture.md).
#include "bundled_content.h"
#include "headless_host.h"
#include "i18n.h"
#include "model_queries.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

// The first view's files as the build writes them (srm-check --first-view): the first model and
// its translation into `lang` cut down to the service the home page draws, and the summary.
static ContentCatalog FirstViewCatalog(const std::string& lang) {
    ContentCatalog full = BundledCatalog(lang);
    const Service* excerpt = line_excerpt_service(full.models().front());
    REQUIRE(excerpt);
    ContentCatalog catalog("2026-11-30");
    catalog.set_language(lang);
    std::string first_model;
    for (const std::string& path : BundledContentPaths()) {
        if (ContentCatalog::kind_of(path) != ContentKind::model) continue;
        std::string stem = path.substr(0, path.find('.'));
        if (first_model.empty()) first_model = stem;
        if (stem == first_model) catalog.add_file(path, cut_model_to_service(ReadSource(path), excerpt->id));
    }
    catalog.add_file(lang == "en" ? "first-view.json" : "first-view." + lang + ".json", summary_to_json(full.summary()));
    catalog.finish();
    return catalog;
}

static std::string Describe(const ui::SemanticNode& n) {
    return n.id + " | " + n.role + " | " + n.label + " | " + n.state + " @" + std::to_string(int(n.x)) + "," +
           std::to_string(int(n.y)) + " " + std::to_string(int(n.w)) + "x" + std::to_string(int(n.h));
}

static std::vector<std::string> HomeNodes(ContentCatalog catalog, float width, float height) {
    ui::App app(std::move(catalog));
    HeadlessHost host(app, width, height);
    host.Frames(4);
    std::vector<std::string> out;
    for (const ui::SemanticNode& n : app.semantics().nodes()) out.push_back(Describe(n));
    return out;
}

TEST_CASE("the first view's home page is the home page, in both languages and at both sizes") {
    for (const char* lang : {"en", "fr"}) {
        ui::SetLanguage(lang);
        if (std::string(lang) == "fr") {
            std::string error;
            REQUIRE(ui::LoadStrings(ReadSource("src/ui/strings.fr.json"), error));
        }
        ContentCatalog first = FirstViewCatalog(lang);
        INFO(format_all(first.diagnostics()));
        CHECK(first.diagnostics().empty());
        CHECK(first.models().at(0).services.size() == 1);
        CHECK(first.from_summary());
        CHECK(first.models().size() == 1);
        CHECK(first.quizzes().empty());
        for (auto [width, height] : {std::pair<float, float>{390, 844}, {1920, 1080}}) {
            CAPTURE(lang);
            CAPTURE(width);
            std::vector<std::string> whole = HomeNodes(BundledCatalog(lang), width, height);
            std::vector<std::string> light = HomeNodes(FirstViewCatalog(lang), width, height);
            CHECK(whole.size() > 40);
            CHECK(light == whole);
        }
    }
    ui::SetLanguage("en");
}
