// Headless UI: what the DOM mirror relies on. Requests by semantic id focus a widget (with its
// focus ring, scrolled into view), activate it like a click, or set a text box's text; disabled
// widgets say so; the matrix describes itself as a table.
#include "../core/fixtures.h"
#include "deep_link.h"
#include "headless_host.h"
#include "widgets.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

TEST_CASE("the mirror's requests focus, activate and type into the widgets they name") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 800, 400); // short: the workshop card is below the fold
    host.Frames(2);
    ui::RequestFocus("home.workshop");
    host.Frames(3);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "home.workshop");
    const ui::SemanticNode* n = host.Node("home.workshop");
    CHECK(n->y >= 0);
    CHECK(n->y + n->h <= 400); // scrolled into view
    ui::RequestText("home.join.code", "abc");
    host.Frames(2);
    CHECK(app.workshop().join_draft == "abc");
    ui::RequestActivate("home.quizzes");
    host.Frames(3);
    CHECK(app.screen() == ui::Screen::quizzes);
}

TEST_CASE("activating a radio by request picks that answer; a disabled button says so") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    // A seed whose first question is single choice.
    for (int seed = 1; seed < 40; ++seed) {
        app.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=" + std::to_string(seed)));
        if (app.quiz().session->current().question->type == QuestionType::single_choice) break;
    }
    host.Frames(3);
    std::string first;
    for (const ui::SemanticNode& node : app.semantics().nodes())
        if (node.role == "radio" && node.id.rfind("quiz.choice.", 0) == 0) {
            first = node.id;
            break;
        }
    REQUIRE_FALSE(first.empty());
    CHECK(host.Node("quiz.submit")->state.find("disabled") != std::string::npos);
    ui::RequestActivate(first);
    host.Frames(3);
    CHECK(host.Node(first)->state.find("checked") != std::string::npos);
    CHECK(host.Node("quiz.submit")->state.find("disabled") == std::string::npos);
}

TEST_CASE("the matrix describes itself as a table: caption, column headers, row headers, cells by column") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1400, 2000);
    app.ApplyDeepLink(parse_deep_link("?view=matrix&cloud=test"));
    host.Frames(3);
    const ui::SemanticNode* table = host.Node("matrix.table");
    REQUIRE(table);
    CHECK(table->role == "table");
    int columns = 0, rows = 0, cells = 0;
    for (const ui::SemanticNode& node : app.semantics().nodes()) {
        columns += node.role == "columnheader";
        rows += node.role == "rowheader";
        if (node.role == "cell") {
            ++cells;
            CHECK(std::stoi(node.value) >= 1);
        }
    }
    CHECK(columns == 1 + int(app.explore().model->services.size()));
    CHECK(rows == int(app.explore().model->controls.size()));
    CHECK(cells == rows * int(app.explore().model->services.size()));
}

static std::vector<std::string> Announcements(ui::App& app) {
    std::vector<std::string> out;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        if (r.kind == ui::PlatformRequest::Kind::announce) out.push_back(r.payload);
    return out;
}

TEST_CASE("a screen reader hears each new question, the feedback with the explanation's first sentence, scores and notices") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    host.Frame();
    CHECK(Announcements(app) == std::vector<std::string>{"SRM Trainer"});
    for (int seed = 1; seed < 40; ++seed) {
        app.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=" + std::to_string(seed)));
        if (app.quiz().session->current().question->type == QuestionType::single_choice) break;
    }
    host.Frames(2);
    std::vector<std::string> said = Announcements(app);
    REQUIRE(said.size() == 1);
    CHECK(said[0].rfind("Every type Question 1 of 7 Who patches the guest OS on a VM?", 0) == 0);
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.label == "The customer") {
            REQUIRE(host.Click(n.id));
            break;
        }
    REQUIRE(host.Click("quiz.submit"));
    said = Announcements(app);
    REQUIRE(said.size() == 1);
    CHECK(said[0] == "\xE2\x9C\x93 Correct. The guest OS is yours.");
    REQUIRE(host.Click("quiz.next"));
    said = Announcements(app);
    REQUIRE(said.size() == 1);
    CHECK(said[0].find("Question 2 of 7") != std::string::npos);
    app.Apply(ui::intent::FinishQuiz{});
    host.Frames(2);
    said = Announcements(app);
    REQUIRE_FALSE(said.empty());
    CHECK(said.back().find("Score 1.0 of 7") != std::string::npos);
    app.AddNotice("Progress imported.");
    host.Frames(2);
    said = Announcements(app);
    REQUIRE(said.size() == 1);
    CHECK(said[0] == "Progress imported.");
}
