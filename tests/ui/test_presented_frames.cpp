// Headless UI: the frame presented after an input already shows what the input did. A press and
// a release that arrive together (a quick click, a tap) take one presented frame, however many
// ImGui passes it needs inside (frame_passes.h), as the web frame loop presents them.
#include "../core/fixtures.h"
#include "bundled_content.h"
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

// What a frame draws: every vertex (position, texture coordinate, colour) and every command's
// clip rectangle, in order.
static std::vector<float> Drawn() {
    std::vector<float> out;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        for (const ImDrawVert& v : list->VtxBuffer)
            out.insert(out.end(), {v.pos.x, v.pos.y, v.uv.x, v.uv.y, float(v.col)});
        for (const ImDrawCmd& c : list->CmdBuffer)
            out.insert(out.end(), {c.ClipRect.x, c.ClipRect.y, c.ClipRect.z, c.ClipRect.w, float(c.ElemCount)});
    }
    return out;
}

// The web app draws its first frame from one pass (main_web.cpp, srm_start): the home page, on a
// desktop and a phone, or a quiz a link opens.
TEST_CASE("the first pass of the page the app opens on draws what the settled page draws") {
    for (auto [width, height, link] : {std::tuple{1024.0f, 768.0f, ""}, std::tuple{390.0f, 844.0f, ""},
                                       std::tuple{1024.0f, 768.0f, "?quiz=fundamentals&seed=3"}}) {
        INFO(width << " " << link);
        ui::App app(BundledCatalog("en"));
        app.ApplyDeepLink(parse_deep_link(link));
        HeadlessHost host(app, width, height); // draws its first frame, one pass
        std::vector<float> first = Drawn();
        REQUIRE(!first.empty());
        CHECK(app.Unsettled()); // a second pass would follow: the page's unseen first focus
        host.Frames(4);
        CHECK(Drawn() == first);
    }
}
