// Headless UI: what the audited content adds to the screens. A wrong choice shows its own feedback
// sentence, the hint under a disabled "Check answer" fits the question type, true/false reads in
// the interface's language, and provider defaults show in the explorer's detail and the matrix.
#include "../core/fixtures.h"
#include "bundled_content.h"
#include "deep_link.h"
#include "headless_host.h"
#include "i18n.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

// Plays the basics quiz until `prompt` is on screen (answering the others with their first choice).
static bool ReachQuestion(HeadlessHost& host, ui::App& app, const std::string& prompt) {
    for (int i = 0; i < 3; ++i) {
        if (host.Node("quiz.prompt")->label == prompt) return true;
        for (const ui::SemanticNode& n : app.semantics().nodes())
            if (n.role == "radio" || n.role == "checkbox") {
                host.Click(n.id);
                break;
            }
        host.Click("quiz.submit");
        host.Click("quiz.next");
    }
    return host.Node("quiz.prompt")->label == prompt;
}

TEST_CASE("picking a wrong choice shows that choice's feedback sentence above the explanation, and again in the review") {
    ui::App app(fixtures::basics_catalog());
    HeadlessHost host(app, 1000, 2000);
    app.ApplyDeepLink(parse_deep_link("?quiz=basics&seed=3"));
    host.Frames(3);
    REQUIRE(ReachQuestion(host, app, "Who patches the guest OS on a VM?"));
    CHECK(host.Node("quiz.incomplete")->label == "Choose an answer to go on.");
    std::string wrong;
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.role == "radio" && n.label == "The provider") wrong = n.id;
    REQUIRE(host.Click(wrong));
    REQUIRE(host.Click("quiz.submit"));
    REQUIRE(host.Node("quiz.feedback.choice.0"));
    CHECK(host.Node("quiz.feedback.choice.0")->label ==
          "You chose \xE2\x80\x9CThe provider\xE2\x80\x9D: The provider runs the host, not the operating system inside your VM.");
    CHECK(host.Node("quiz.feedback.choice.0")->y < host.Node("quiz.feedback.explanation")->y);
    for (int step = 0; step < 8 && !app.quiz().session->finished(); ++step) { // answer the rest, then see the results
        if (host.Node("quiz.next")) {
            host.Click("quiz.next");
            continue;
        }
        for (const ui::SemanticNode& n : app.semantics().nodes())
            if (n.role == "radio" || n.role == "checkbox") {
                host.Click(n.id);
                break;
            }
        host.Click("quiz.submit");
    }
    REQUIRE(app.quiz().session->finished());
    bool in_review = false;
    for (const ui::SemanticNode& n : app.semantics().nodes())
        in_review = in_review ||
                    (n.id.rfind("quiz.review.", 0) == 0 && n.label.rfind("You chose \xE2\x80\x9CThe provider", 0) == 0);
    CHECK(in_review);
}

TEST_CASE("true/false choices read Vrai and Faux in French, whatever language the quiz file is in") {
    ui::SetLanguage("fr");
    ui::App app(fixtures::basics_catalog());
    HeadlessHost host(app, 1000, 2000);
    app.ApplyDeepLink(parse_deep_link("?quiz=basics&seed=3"));
    host.Frames(3);
    REQUIRE(ReachQuestion(host, app, "Data is always the customer's."));
    std::vector<std::string> labels;
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.role == "radio") labels.push_back(n.label);
    ui::SetLanguage("en");
    CHECK(labels == std::vector<std::string>{"Vrai", "Faux"});
}

TEST_CASE("a provider default shows in the cell's detail and is marked in the matrix") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1400, 2400);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=s3&control=encryption-at-rest"));
    host.Frames(3);
    REQUIRE(host.Node("detail.default"));
    CHECK(host.Node("detail.default")->label ==
          "On by default since 2023-01-05: Server-side encryption of new objects with SSE-S3.");
    app.ApplyDeepLink(parse_deep_link("?view=matrix&cloud=aws"));
    host.Frames(3);
    const ui::SemanticNode* cell = host.Node("matrix.cell.rds.encryption-at-rest");
    REQUIRE(cell);
    CHECK(cell->label.find("Off until you turn it on: Storage encryption of new DB instances.") != std::string::npos);
    CHECK(host.Node("matrix.legend"));
}
