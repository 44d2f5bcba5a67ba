// Headless UI: the real app driven by injected mouse and keyboard events, asserting on the
// screen the learner sees and on the semantic nodes the browser mirror and tests rely on.
#include "../core/fixtures.h"
#include "deep_link.h"
#include "headless_host.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

static ContentCatalog FixtureCatalog() {
    ContentCatalog catalog("2026-03-01"); // the fixture's cells were checked two months before
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", fixtures::kQuiz);
    catalog.finish();
    return catalog;
}

TEST_CASE("home lists the models and quizzes it loaded") {
    ui::App app(FixtureCatalog());
    HeadlessHost host(app);
    CHECK(app.screen() == ui::Screen::home);
    REQUIRE(host.Node("home.model.test"));
    CHECK(host.Node("home.model.test")->label == "Explore Cloudco model");
    REQUIRE(host.Node("home.quiz.basics"));
    CHECK(host.Node("screen.title")->role == "heading");
}

TEST_CASE("mouse: home to the model screen, choose a service, and back") {
    ui::App app(FixtureCatalog());
    HeadlessHost host(app);
    REQUIRE(host.Click("home.model.test"));
    CHECK(app.screen() == ui::Screen::explore);
    CHECK(app.explore().service_id == "vm");
    REQUIRE(host.Node("model.cell.patching"));
    CHECK(host.Node("model.cell.patching")->label == "Guest OS patching, Cloudco VM: Customer");
    REQUIRE(host.Click("explore.service"));
    REQUIRE(host.Click("model.service.store"));
    CHECK(app.explore().service_id == "store");
    CHECK(host.Node("model.cell.patching")->label == "Guest OS patching, Cloudco Store: Cloudco");
    REQUIRE(host.Click("model.cell.patching"));
    CHECK(app.explore().control_id == "patching");
    REQUIRE(host.Node("detail.source"));
    CHECK(host.Node("detail.source")->href == "https://example.com/d");
    REQUIRE(host.Click("nav.home"));
    CHECK(app.screen() == ui::Screen::home);
}

TEST_CASE("keyboard: Tab moves focus, Enter activates, Escape goes back and then releases focus") {
    ui::App app(FixtureCatalog());
    HeadlessHost host(app);
    CHECK(host.Focused() == nullptr);
    host.PressKey(ImGuiKey_Tab);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "home.accessible");
    host.PressKey(ImGuiKey_Tab);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "home.line.explore"); // the line excerpt's tiles are not stops
    host.PressKey(ImGuiKey_Tab);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "home.stack");
    host.PressKey(ImGuiKey_Tab);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "home.model.test");
    host.PressKey(ImGuiKey_Tab);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "home.quizzes");
    host.PressKey(ImGuiKey_Enter);
    CHECK(app.screen() == ui::Screen::quizzes);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "nav.home"); // focus moves to the new page's first control
    app.TakeRequests();                      // the "ready" event for the host page
    host.PressKey(ImGuiKey_Escape);
    CHECK(app.screen() == ui::Screen::home);
    auto requests = app.TakeRequests(); // only the new page, announced
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].kind == ui::PlatformRequest::Kind::announce);
    CHECK(requests[0].payload == "SRM Trainer");
    host.PressKey(ImGuiKey_Escape);
    requests = app.TakeRequests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].kind == ui::PlatformRequest::Kind::release_focus);
}

// Clicks the choice whose label starts with `text` (choices are shuffled by the seed).
static bool ClickChoice(HeadlessHost& host, ui::App& app, const std::string& text) {
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if ((n.role == "radio" || n.role == "checkbox") && n.label.rfind(text, 0) == 0) return host.Click(n.id);
    return false;
}

TEST_CASE("a whole quiz by mouse: feedback in words and marks, results with pass or fail") {
    ui::App app(FixtureCatalog());
    HeadlessHost host(app);
    app.ApplyDeepLink(parse_deep_link("?quiz=basics&seed=3"));
    host.Frames(3);
    CHECK(host.Node("quiz.progress")->label == "Question 1 of 3");
    for (int i = 0; i < 3; ++i) {
        const std::string prompt = host.Node("quiz.prompt")->label;
        if (prompt == "Who patches the guest OS on a VM?") {
            REQUIRE(ClickChoice(host, app, "The customer"));
            REQUIRE(host.Click("quiz.submit"));
            CHECK(host.Node("quiz.feedback.verdict")->label == "\xE2\x9C\x93 Correct.");
        } else if (prompt == "Which are the provider's?") {
            REQUIRE(ClickChoice(host, app, "Physical security")); // half of the key
            REQUIRE(host.Click("quiz.submit"));
            CHECK(host.Node("quiz.feedback.verdict")->label == "Partly correct: 50% of the mark.");
        } else {
            REQUIRE(ClickChoice(host, app, "False")); // wrong
            REQUIRE(host.Click("quiz.submit"));
            CHECK(host.Node("quiz.feedback.verdict")->label == "\xE2\x9C\x97 Not quite.");
            REQUIRE(host.Node("quiz.feedback.source.0"));
            CHECK(host.Node("quiz.feedback.source.0")->role == "link");
            bool marked = false;
            for (const ui::SemanticNode& n : app.semantics().nodes())
                marked = marked || n.label == "\xE2\x9C\x93 True (correct answer)";
            CHECK(marked);
        }
        REQUIRE(host.Click("quiz.next"));
    }
    REQUIRE(host.Node("quiz.result.title"));
    CHECK(host.Node("quiz.result.title")->label == "Not passed yet: 50%");
    REQUIRE(host.Click("quiz.retry"));
    CHECK(app.quiz().session->size() == 2); // the partly right and the wrong one
    CHECK(host.Node("quiz.progress")->label == "Question 1 of 2");
}

TEST_CASE("a narrow window still shows every control tile") {
    ui::App app(FixtureCatalog());
    HeadlessHost host(app, 400, 300);
    REQUIRE(host.Click("home.model.test"));
    for (const char* id : {"model.cell.classification", "model.cell.patching", "model.cell.physical"}) {
        const ui::SemanticNode* n = host.Node(id);
        REQUIRE(n);
        CHECK(n->x >= 0);
        CHECK(n->x + n->w <= 400);
    }
}

TEST_CASE("typing in the filter narrows the control tiles; copy puts the cell on the clipboard") {
    ui::App app(FixtureCatalog());
    HeadlessHost host(app);
    REQUIRE(host.Click("home.model.test"));
    REQUIRE(host.Click("model.filter"));
    ImGui::GetIO().AddInputCharactersUTF8("PATCH");
    host.Frames(3);
    CHECK(app.explore().filter == "PATCH");
    CHECK(host.Node("model.filter")->value == "PATCH");
    CHECK(host.Node("model.cell.patching") != nullptr);
    CHECK(host.Node("model.cell.physical") == nullptr);
    CHECK(host.Node("model.cell.classification") == nullptr);
    REQUIRE(host.Click("model.cell.patching"));
    REQUIRE(host.Click("detail.copy"));
    CHECK(std::string(ImGui::GetClipboardText()) ==
          "Guest OS patching, Cloudco VM: Customer. You patch the guest. Source: https://example.com/b (checked 2026-01-02)");
}
