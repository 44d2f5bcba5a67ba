// Headless UI: a "move the line" question answered by dragging the line and by the keyboard, its
// slider node's value in words (English and French), the feedback with the learner's line and
// the right one, and the presenter's layers.
#include "../core/fixtures.h"
#include "deep_link.h"
#include "headless_host.h"
#include "i18n.h"
#include "room.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

namespace {

ContentCatalog LineCatalog() {
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", fixtures::model_with_settings());
    catalog.add_file("quizzes/line.json", fixtures::kQuizLine);
    catalog.finish();
    return catalog;
}

// Starts the line quiz and goes to the authored question on Cloudco VM (layers: CUSTOMER DATA,
// OPERATING SYSTEM, HARDWARE; the line falls between the last two).
const Question& OpenVmLine(ui::App& app, HeadlessHost& host) {
    app.ApplyDeepLink(parse_deep_link("?quiz=line&seed=4"));
    host.Frames(3);
    REQUIRE(app.quiz().session);
    for (int guard = 0; guard < 10 && app.quiz().session->current().question->id != "vm-line"; ++guard) {
        REQUIRE(host.Node("quiz.line"));
        REQUIRE(host.Drag("quiz.line", 0.9f, 0.9f));
        REQUIRE(host.Click("quiz.submit"));
        REQUIRE(host.Click("quiz.next"));
    }
    const Question& q = *app.quiz().session->current().question;
    REQUIRE(q.id == "vm-line");
    REQUIRE(q.layer_labels.size() == 3);
    REQUIRE(q.line_lowest == 2);
    REQUIRE(q.line_highest == 2);
    return q;
}

// The fraction of the slider's height where boundary k lies: a customer band, then one row a layer.
float BoundaryAt(int k, int layers) { return float(k + 1) / float(layers + 1); }

bool SubmitEnabled(HeadlessHost& host) {
    const ui::SemanticNode* submit = host.Node("quiz.submit");
    return submit && submit->state.find("disabled") == std::string::npos;
}

} // namespace

TEST_CASE("the line is dragged with the mouse onto the nearest boundary and scored") {
    ui::App app(LineCatalog());
    HeadlessHost host(app, 1100, 1600);
    const Question& q = OpenVmLine(app, host);
    const ui::SemanticNode* slider = host.Node("quiz.line");
    REQUIRE(slider);
    CHECK(slider->role == "slider");
    CHECK(slider->value == "not placed");
    CHECK(slider->min == 0);
    CHECK(slider->max == 3);
    CHECK_FALSE(SubmitEnabled(host));
    CHECK(host.Node("quiz.incomplete")->label == "Move the line to go on.");

    // Dropped a little off the boundary, the line snaps to it.
    REQUIRE(host.Drag("quiz.line", 0.1f, BoundaryAt(2, 3) + 0.05f));
    CHECK(host.Node("quiz.line")->value == "between OPERATING SYSTEM and HARDWARE");
    CHECK(host.Node("quiz.line")->now == 2);
    CHECK(SubmitEnabled(host));
    REQUIRE(host.Drag("quiz.line", BoundaryAt(2, 3), BoundaryAt(0, 3)));
    CHECK(host.Node("quiz.line")->value == "above CUSTOMER DATA");
    REQUIRE(host.Drag("quiz.line", BoundaryAt(0, 3), BoundaryAt(2, 3)));

    REQUIRE(host.Click("quiz.submit"));
    CHECK(host.Node("quiz.feedback.verdict")->label == "\xE2\x9C\x93 Correct.");
    CHECK(host.Node("quiz.feedback.line.yours")->label == "\xE2\x9C\x93 Your line: between OPERATING SYSTEM and HARDWARE.");
    CHECK(host.Node("quiz.feedback.line.right")->label == "The right line: between OPERATING SYSTEM and HARDWARE.");
    CHECK(host.Node("quiz.line")->state.find("disabled") != std::string::npos);
    CHECK(q.id == "vm-line");
}

TEST_CASE("the line moves with the arrow keys, Home and End while it has keyboard focus") {
    ui::App app(LineCatalog());
    HeadlessHost host(app, 1100, 1600);
    OpenVmLine(app, host);
    for (int i = 0; i < 60 && !(host.Focused() && host.Focused()->id == "quiz.line"); ++i) host.PressKey(ImGuiKey_Tab);
    REQUIRE(host.Focused());
    REQUIRE(host.Focused()->id == "quiz.line");

    host.PressKey(ImGuiKey_DownArrow); // placed at the top first
    CHECK(host.Node("quiz.line")->value == "above CUSTOMER DATA");
    host.PressKey(ImGuiKey_DownArrow);
    CHECK(host.Node("quiz.line")->value == "between CUSTOMER DATA and OPERATING SYSTEM");
    host.PressKey(ImGuiKey_End);
    CHECK(host.Node("quiz.line")->value == "below HARDWARE");
    host.PressKey(ImGuiKey_DownArrow); // already at the bottom
    CHECK(host.Node("quiz.line")->value == "below HARDWARE");
    host.PressKey(ImGuiKey_Home);
    CHECK(host.Node("quiz.line")->value == "above CUSTOMER DATA");
    host.PressKey(ImGuiKey_DownArrow);
    CHECK(host.Node("quiz.line")->now == 1);
    // The keys moved the line, not the keyboard focus.
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "quiz.line");

    // One layer off the right boundary: half the mark, with the right line in words.
    REQUIRE(host.Click("quiz.submit"));
    CHECK(host.Node("quiz.feedback.verdict")->label == "Partly correct: 50% of the mark.");
    CHECK(host.Node("quiz.feedback.line.yours")->label ==
          "\xE2\x9C\x97 Your line: between CUSTOMER DATA and OPERATING SYSTEM.");
    CHECK(host.Node("quiz.feedback.line.right")->label == "The right line: between OPERATING SYSTEM and HARDWARE.");
}

TEST_CASE("the line's value is read out in French") {
    struct French {
        French() { ui::SetLanguage("fr"); }
        ~French() { ui::SetLanguage("en"); }
    } french;
    {
        ui::App app(LineCatalog());
        HeadlessHost host(app, 1100, 1600);
        OpenVmLine(app, host);
        CHECK(host.Node("quiz.line")->label == "Ligne de responsabilit\xC3\xA9");
        CHECK(host.Node("quiz.line")->value == "pas encore plac\xC3\xA9"
                                               "e");
        REQUIRE(host.Drag("quiz.line", 0.1f, BoundaryAt(2, 3)));
        CHECK(host.Node("quiz.line")->value == "entre OPERATING SYSTEM et HARDWARE");
        REQUIRE(host.Drag("quiz.line", BoundaryAt(2, 3), 1.0f));
        CHECK(host.Node("quiz.line")->value == "en dessous de HARDWARE");
        REQUIRE(host.Drag("quiz.line", 1.0f, 0.0f));
        CHECK(host.Node("quiz.line")->value == "au-dessus de CUSTOMER DATA");
        REQUIRE(host.Click("quiz.submit"));
        CHECK(host.Node("quiz.feedback.line.right")->label ==
              "La bonne ligne\xE2\x80\xAF: entre OPERATING SYSTEM et HARDWARE.");
    }
}

TEST_CASE("a results review words the learner's line and the right one") {
    ui::App app(LineCatalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?quiz=line&seed=4"));
    host.Frames(3);
    REQUIRE(app.quiz().session);
    while (!app.quiz().session->finished()) {
        REQUIRE(host.Drag("quiz.line", 0.5f, 0.0f));
        REQUIRE(host.Click("quiz.submit"));
        REQUIRE(host.Click("quiz.next"));
    }
    const ui::SemanticNode* answer = host.Node("quiz.review.0.answer");
    REQUIRE(answer);
    CHECK(answer->label == "Your answer: above CUSTOMER DATA");
    REQUIRE(host.Node("quiz.review.0.feedback.line.right"));
    CHECK(host.Node("quiz.review.0.feedback.line.right")->label.rfind("The right line: between ", 0) == 0);
}

namespace {

// Takes the line quiz's room as `nickname`, dropping the line at `where` (a fraction of the
// diagram's height) on every question; returns the results code.
std::string TakeLineRoom(const std::string& code, const std::string& nickname, float where) {
    ui::App app(LineCatalog());
    app.SetPageAddress("https://srm.example/");
    HeadlessHost host(app, 1100, 1600);
    app.ApplyDeepLink(parse_deep_link("?room=" + code));
    app.Apply(ui::intent::SetNicknameDraft(nickname));
    app.Apply(ui::intent::StartRoomRun{});
    host.Frames(2);
    REQUIRE(app.quiz().session);
    while (!app.quiz().session->finished()) {
        REQUIRE(host.Drag("quiz.line", where, where));
        REQUIRE(host.Click("quiz.submit"));
        REQUIRE(host.Click("quiz.next"));
    }
    const ui::SemanticNode* results = host.Node("quiz.room.code");
    REQUIRE(results);
    return results->label;
}

} // namespace

TEST_CASE("the presenter counts where the room's pasted answers put the line, and reveals the right range") {
    Room room;
    room.quiz_id = "line";
    room.seed = 77;
    std::string code = room_code(room);
    std::string ana = TakeLineRoom(code, "Ana", 0.0f), ben = TakeLineRoom(code, "Ben", 1.0f),
                cy = TakeLineRoom(code, "Cy", 0.0f);

    ui::App app(LineCatalog());
    HeadlessHost host(app, 1280, 2000);
    app.ApplyDeepLink(parse_deep_link("?room=" + code + "&mode=summary"));
    host.Frames(2);
    app.Apply(ui::intent::SetPasted(ana + "\n" + ben + "\n" + cy + "\n"));
    app.Apply(ui::intent::OpenPresent{});
    app.Apply(ui::intent::PresentGo::next());
    host.Frames(2);
    const Question& q = *app.workshop().presented->presented(0).question;
    int n = int(q.layer_labels.size());
    CHECK(host.Node("present.hint")->label == "Where the room placed the line (3 answers):");
    CHECK(host.Node("present.boundary.0")->label == "\xE2\x80\x94 Lines placed here: 2");
    CHECK(host.Node("present.boundary.1")->label == "\xE2\x80\x94 Lines placed here: 0");
    CHECK(host.Node("present.boundary." + std::to_string(n))->label == "\xE2\x80\x94 Lines placed here: 1");
    CHECK(host.Node("present.layer.0")->label == "1.  " + q.layer_labels[0]);
    CHECK(host.Node("present.line.right") == nullptr);

    app.Apply(ui::intent::PresentReveal{});
    host.Frames(2);
    REQUIRE(host.Node("present.line.right"));
    CHECK(host.Node("present.line.right")->label.rfind("The right line: ", 0) == 0);
    for (int k = 0; k <= n; ++k) {
        bool right = k >= q.line_lowest && k <= q.line_highest;
        CAPTURE(k);
        CHECK((host.Node("present.boundary." + std::to_string(k))->label.rfind("\xE2\x9C\x93 ", 0) == 0) == right);
    }
}
