// Headless UI: the learner's way through a quiz by keyboard as WAI-ARIA expects (a radio group is
// one Tab stop, the arrows check within it, Enter checks the answer), the matrix question as a
// grid with its headers, the question navigator and its flags (kept over a reload), and a review
// that teaches, with a way from a model-linked question to its cell on the diagram.
#include "../core/fixtures.h"
#include "deep_link.h"
#include "headless_host.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

static bool Has(const ui::SemanticNode* n, const std::string& flag) {
    return n && (" " + n->state + " ").find(" " + flag + " ") != std::string::npos;
}

// The first seed whose run of every type asks question `id` at `position`.
static std::uint64_t SeedAsking(const ContentCatalog& catalog, const std::string& id, size_t position, QuizMode mode) {
    for (std::uint64_t seed = 1; seed < 1000; ++seed) {
        SessionConfig config;
        config.seed = seed;
        config.mode = mode;
        QuizSession session(*catalog.find_quiz("all-types"), config, 0);
        if (session.presented(position).question->id == id) return seed;
    }
    return 0;
}

// A run of every type (in practice, or an exam) asking question `id` at `position`.
struct Run {
    ui::App app{fixtures::all_types_catalog()};
    HeadlessHost host{app, 1100, 2400};
    explicit Run(const std::string& id, size_t position = 0, QuizMode mode = QuizMode::practice) {
        std::uint64_t seed = SeedAsking(app.catalog(), id, position, mode);
        REQUIRE(seed != 0);
        std::string exam = mode == QuizMode::exam ? "&mode=exam" : "";
        app.ApplyDeepLink(parse_deep_link("?quiz=all-types" + exam + "&seed=" + std::to_string(seed)));
        host.Frames(3);
        REQUIRE(app.quiz().session);
    }
};

TEST_CASE("a single-choice question reaches its feedback in at most four key presses") {
    Run run("s1");
    int presses = 0;
    auto press = [&](ImGuiKey key) {
        run.host.PressKey(key);
        ++presses;
    };
    press(ImGuiKey_Tab);
    REQUIRE(run.host.Focused());
    CHECK(run.host.Focused()->id == "quiz.choice.0"); // the first Tab lands on the answers, not on "Home"
    press(ImGuiKey_DownArrow);
    CHECK(run.host.Focused()->id == "quiz.choice.1");
    CHECK(Has(run.host.Node("quiz.choice.1"), "checked"));
    press(ImGuiKey_Enter);
    CHECK(presses <= 4);
    REQUIRE(run.host.Node("quiz.feedback.verdict"));
    REQUIRE(run.host.Focused());
    CHECK(run.host.Focused()->id == "quiz.next"); // after checking, focus moves to "Next"
}

TEST_CASE("Space on a question's first focus, before any Tab, chooses that answer") {
    Run run("s1");
    run.host.PressKey(ImGuiKey_Space);
    REQUIRE(run.host.Focused());
    CHECK(run.host.Focused()->id == "quiz.choice.0");
    CHECK(Has(run.host.Node("quiz.choice.0"), "checked"));
    run.host.PressKey(ImGuiKey_Enter);
    CHECK(run.host.Node("quiz.feedback.verdict") != nullptr);
}

TEST_CASE("a quiz opened from a link, as the visit's first page: the first Tab lands on the answers") {
    ui::App app(fixtures::all_types_catalog());
    std::uint64_t seed = SeedAsking(app.catalog(), "s1", 0, QuizMode::practice);
    app.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=" + std::to_string(seed)));
    HeadlessHost host(app, 1100, 2400);
    host.Frames(3);
    host.PressKey(ImGuiKey_Tab);
    REQUIRE(host.Focused());
    CHECK(host.Focused()->id == "quiz.choice.0");
    CHECK_FALSE(Has(host.Node("quiz.choice.0"), "checked"));
}

TEST_CASE("a radio group is one Tab stop and the arrow keys check within it") {
    Run run("s1");
    run.host.PressKey(ImGuiKey_Tab);
    REQUIRE(run.host.Focused()->id == "quiz.choice.0");
    CHECK(Has(run.host.Node("quiz.choice.0"), "tabstop"));
    CHECK_FALSE(Has(run.host.Node("quiz.choice.1"), "tabstop"));
    run.host.PressKey(ImGuiKey_UpArrow); // wraps round to the last choice
    CHECK(run.host.Focused()->id == "quiz.choice.2");
    CHECK(Has(run.host.Node("quiz.choice.2"), "checked"));
    CHECK(Has(run.host.Node("quiz.choice.2"), "tabstop")); // the checked radio is the group's stop
    run.host.PressKey(ImGuiKey_RightArrow);
    CHECK(run.host.Focused()->id == "quiz.choice.0");
    CHECK(Has(run.host.Node("quiz.choice.0"), "checked"));
    CHECK_FALSE(Has(run.host.Node("quiz.choice.2"), "checked"));
    run.host.PressKey(ImGuiKey_Tab); // out of the group at once, to "Check answer"
    REQUIRE(run.host.Focused());
    CHECK(run.host.Focused()->id == "quiz.submit");
    CHECK(Has(run.host.Node("quiz.submit"), "default"));
}

TEST_CASE("a matrix question is a grid: the owners head the columns, each row is a radio group") {
    Run run("x1");
    REQUIRE(run.host.Node("quiz.grid"));
    CHECK(run.host.Node("quiz.grid")->role == "table");
    CHECK(run.host.Node("quiz.grid.head.0")->role == "columnheader");
    CHECK(run.host.Node("quiz.grid.head.0")->label == "Customer");
    CHECK(run.host.Node("quiz.grid.head.3")->label == "Not applicable");
    CHECK(run.host.Node("quiz.row.0")->role == "rowheader");
    const ui::SemanticNode* customer = run.host.Node("quiz.row.0.owner.0");
    const ui::SemanticNode* provider = run.host.Node("quiz.row.0.owner.1");
    REQUIRE(customer);
    REQUIRE(provider);
    CHECK(customer->label == "Customer"); // spoken in full; drawn in its column under the header
    CHECK(provider->x > customer->x);
    CHECK(run.host.Node("quiz.row.1.owner.1")->x == doctest::Approx(provider->x));
    CHECK(run.host.Node("quiz.grid.head.1")->x <= provider->x + provider->w);
}

// The rects of the grid's radios, in the order drawn.
static std::vector<float> GridPlaces(const ui::App& app) {
    std::vector<float> places;
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.role == "radio") places.insert(places.end(), {n.x, n.y, n.w, n.h});
    return places;
}

TEST_CASE("a matrix question's grid holds still, fits the page, and takes a click on any owner") {
    Run run("x1");
    std::vector<float> places = GridPlaces(run.app);
    REQUIRE_FALSE(places.empty());
    run.host.Frame();
    CHECK(GridPlaces(run.app) == places); // no column moves from one frame to the next
    const ui::SemanticNode* customer = run.host.Node("quiz.grid.head.0");
    const ui::SemanticNode* na = run.host.Node("quiz.grid.head.3");
    CHECK(na->h == doctest::Approx(customer->h)); // "Not applicable" on one line where there is room
    const ui::SemanticNode* last = run.host.Node("quiz.row.0.owner.3");
    const ui::SemanticNode* progress = run.host.Node("quiz.progress");
    CHECK(last->x + last->w <= progress->x + progress->w + 1); // within the page's column
    for (int k = 0; k < 4; ++k) {
        std::string id = "quiz.row.1.owner." + std::to_string(k);
        REQUIRE(run.host.Click(id));
        CHECK(Has(run.host.Node(id), "checked"));
    }
}

TEST_CASE("the navigator says each question's state and jumps where practice allows") {
    Run run("s1");
    CHECK(run.host.Node("quiz.nav.1")->label == "Question 1 of 7, unanswered (current)");
    CHECK(Has(run.host.Node("quiz.nav.2"), "disabled")); // practice: not ahead of the answers
    REQUIRE(run.host.Click("quiz.choice.0"));
    REQUIRE(run.host.Click("quiz.submit"));
    bool right = run.app.quiz().session->record(0).score >= 1 - 1e-9;
    REQUIRE(run.host.Click("quiz.next"));
    CHECK(run.host.Node("quiz.nav.1")->label == std::string("Question 1 of 7, ") + (right ? "right" : "wrong"));
    CHECK(run.host.Node("quiz.nav.2")->label == "Question 2 of 7, unanswered (current)");
    CHECK(Has(run.host.Node("quiz.nav.3"), "disabled"));
    REQUIRE(run.host.Click("quiz.nav.1")); // back to review the answered one
    CHECK(run.app.quiz().session->current_index() == 0);
    CHECK(run.app.quiz().session->current().question->id == "s1");
    CHECK(run.host.Node("quiz.feedback.verdict") != nullptr);
    CHECK(run.host.Node("quiz.flag") == nullptr); // flags are for exams
}

TEST_CASE("in an exam any question can be reached, flagged, and the flags survive a reload") {
    std::string saved;
    {
        Run run("t1", 4, QuizMode::exam); // the fifth question is true or false
        ui::App& app = run.app;
        HeadlessHost& host = run.host;
        REQUIRE(host.Click("quiz.flag"));
        CHECK(host.Node("quiz.nav.1")->label == "Question 1 of 7, unanswered, flagged for review (current)");
        CHECK(host.Node("quiz.flag")->label == "Remove the review flag");
        REQUIRE(host.Click("quiz.nav.5")); // straight to the fifth
        CHECK(app.quiz().session->current_index() == 4);
        REQUIRE(host.Click("quiz.choice.0"));
        REQUIRE(host.Click("quiz.submit"));
        REQUIRE(app.quiz().session->record(4).answered);
        CHECK(app.quiz().session->current_index() == 5); // on to the next unanswered one
        CHECK(host.Node("quiz.nav.5")->label == "Question 5 of 7, answered");
        CHECK(host.Node("quiz.feedback.verdict") == nullptr); // no verdict before the end
        REQUIRE(host.Click("quiz.nav.5")); // an answered exam question shows the answer, not the verdict
        CHECK(host.Node("quiz.saved") != nullptr);
        CHECK(host.Node("quiz.feedback.verdict") == nullptr);
        saved = headless::TakeSavedRun(app);
    }
    REQUIRE_FALSE(saved.empty());
    ui::App app(fixtures::all_types_catalog());
    app.LoadRun(saved);
    HeadlessHost host(app, 1100, 2400);
    REQUIRE(host.Click("home.resume"));
    REQUIRE(app.quiz().session);
    CHECK(app.quiz().session->flagged(0));
    CHECK(app.quiz().session->record(4).answered);
    CHECK_FALSE(app.quiz().session->record(0).answered);
    CHECK(app.quiz().session->current_index() == 0); // the first unanswered question
    CHECK(host.Node("quiz.nav.1")->label == "Question 1 of 7, unanswered, flagged for review (current)");
}

TEST_CASE("the review teaches: score, both answers, the explanation, and the cell on the diagram") {
    Run run("s1");
    size_t s1 = 0;
    REQUIRE(run.host.Click("quiz.choice.0"));
    CHECK(run.app.quiz().response.values.size() == 1);
    int picked = run.app.quiz().response.values[0];
    REQUIRE(run.host.Click("quiz.submit"));
    run.app.Apply(ui::intent::FinishQuiz{});
    run.host.Frames(3);
    std::string id = "quiz.review." + std::to_string(s1);
    REQUIRE(run.host.Node(id + ".score"));
    CHECK(run.host.Node(id + ".score")->label == (picked == 0 ? "Score: 100%" : "Score: 0%"));
    CHECK(run.host.Node(id + ".right")->label == "Right answer: The customer");
    CHECK(run.host.Node(id + ".explanation")->label == "The guest OS is yours.");
    REQUIRE(run.host.Click(id + ".diagram"));
    CHECK(run.app.screen() == ui::Screen::explore);
    REQUIRE(run.app.explore().model);
    CHECK(run.app.explore().service_id == "vm");
    CHECK(run.app.explore().control_id == "patching");
}
