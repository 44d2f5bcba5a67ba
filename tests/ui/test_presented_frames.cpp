// Headless UI: the frame presented after an input already shows what the input did. A press and
// a release that arrive together (a quick click, a tap) take one presented frame, however many
// ImGui passes it needs inside (frame_passes.h), as the web frame loop presents them.
#include "../core/fixtures.h"
#include "deep_link.h"
#include "headless_host.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

// The first answer radio on screen that is not picked yet ("" when the question has none).
static std::string UnpickedRadio(const ui::App& app) {
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.role == "radio" && n.id.rfind("quiz.", 0) == 0 && n.state.find("checked") == std::string::npos)
            return n.id;
    return "";
}

static bool Checked(const HeadlessHost& host, const std::string& id) {
    const ui::SemanticNode* n = host.Node(id);
    return n && n->state.find("checked") != std::string::npos;
}

TEST_CASE("a click on an answer is drawn picked in the first frame presented after it, and Check's feedback too") {
    ui::App app(fixtures::basics_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?quiz=basics&seed=3"));
    host.Frames(3);
    REQUIRE(app.quiz().session);
    // The multiple-answer question has checkboxes only: answer it the slow way and move on.
    if (UnpickedRadio(app).empty()) {
        for (const ui::SemanticNode& n : std::vector<ui::SemanticNode>(app.semantics().nodes()))
            if (n.role == "checkbox" && n.id.rfind("quiz.", 0) == 0) REQUIRE(host.Click(n.id));
        REQUIRE(host.Click("quiz.submit"));
        REQUIRE(host.Click("quiz.next"));
    }
    std::string radio = UnpickedRadio(app);
    REQUIRE_FALSE(radio.empty());

    int presented = host.presented();
    REQUIRE(host.QueueClick(radio));
    host.Present();
    CHECK(host.presented() == presented + 1);
    CHECK(Checked(host, radio));
    CHECK(app.quiz().response.values.size() == 1);

    REQUIRE(host.Node("quiz.feedback.verdict") == nullptr);
    REQUIRE(host.QueueClick("quiz.submit"));
    host.Present();
    CHECK(host.presented() == presented + 2);
    CHECK(app.quiz().session->current_answered());
    CHECK(host.Node("quiz.feedback.verdict") != nullptr);
}

TEST_CASE("a presented frame with no input runs a single pass") {
    ui::App app(fixtures::basics_catalog());
    HeadlessHost host(app);
    host.Frames(3);
    CHECK(host.Present() == 1);
}

TEST_CASE("a tap that opens a page presents the new page, not the old one, in one frame") {
    ui::App app(fixtures::basics_catalog());
    HeadlessHost host(app, 1024, 2400);
    host.Frames(3);
    REQUIRE(host.QueueClick("home.quiz.basics"));
    host.Present();
    CHECK(app.screen() == ui::Screen::quiz);
    CHECK(host.Node("home.quiz.basics") == nullptr);
    CHECK(host.Node("quiz.submit") != nullptr);
}
