// Headless UI: the quiz player answers every question type by mouse and by keyboard alone, shows
// feedback in words, and reaches the results with the per-concept breakdown.
#include "../core/fixtures.h"
#include "deep_link.h"
#include "headless_host.h"
#include "i18n.h"
#include <doctest/doctest.h>
#include <functional>
#include <nlohmann/json.hpp>

using namespace srm;
using srm::headless::HeadlessHost;

// The node whose id starts with `prefix` and whose label starts with `label`.
static std::string Find(ui::App& app, const std::string& prefix, const std::string& label) {
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.id.rfind(prefix, 0) == 0 && n.label.rfind(label, 0) == 0) return n.id;
    return "";
}

// The right answer to each fixture question, as the widgets to activate (in order).
static std::vector<std::string> RightAnswer(ui::App& app, const std::string& question_id) {
    if (question_id == "s1") return {Find(app, "quiz.choice.", "The customer")};
    if (question_id == "m1")
        return {Find(app, "quiz.choice.", "Physical security"), Find(app, "quiz.choice.", "Hypervisor")};
    if (question_id == "t1") return {Find(app, "quiz.choice.", "True")};
    if (question_id == "c1") return {"quiz.item.0.owner.1", "quiz.item.1.owner.0", "quiz.item.2.owner.0"};
    if (question_id == "x1") return {"quiz.row.0.owner.0", "quiz.row.1.owner.1", "quiz.row.2.owner.1"};
    if (question_id == "o1") {
        // Two items, always shown out of order: moving the first down fixes it.
        return {"quiz.order.0.down"};
    }
    if (question_id == "sc1")
        return {Find(app, "quiz.part.0.choice.", "Someone in the account"), Find(app, "quiz.part.1.choice.", "True")};
    return {};
}

static bool TabTo(HeadlessHost& host, const std::string& id) {
    for (int i = 0; i < 80; ++i) {
        const ui::SemanticNode* f = host.Focused();
        if (f && f->id == id) return true;
        host.PressKey(ImGuiKey_Tab);
    }
    return false;
}

// A radio is reached as WAI-ARIA expects: Tab to its group's one stop, then the arrow keys.
static bool KeyTo(HeadlessHost& host, const std::string& id) {
    const ui::SemanticNode* node = host.Node(id);
    if (!node || node->role != "radio") return TabTo(host, id);
    std::string group = id.substr(0, id.rfind('.') + 1);
    for (int i = 0; i < 80; ++i) {
        const ui::SemanticNode* f = host.Focused();
        if (f && f->role == "radio" && f->id.rfind(group, 0) == 0) break;
        host.PressKey(ImGuiKey_Tab);
    }
    for (int i = 0; i < 10; ++i) {
        const ui::SemanticNode* f = host.Focused();
        if (f && f->id == id) return true;
        host.PressKey(ImGuiKey_DownArrow);
    }
    return false;
}

static void TakeWholeQuiz(const std::function<bool(HeadlessHost&, const std::string&)>& activate) {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=11"));
    host.Frames(3);
    REQUIRE(app.quiz().session);
    REQUIRE(app.quiz().session->size() == 7);
    std::vector<std::string> seen;
    while (!app.quiz().session->finished()) {
        std::string qid = app.quiz().session->current().question->id;
        seen.push_back(qid);
        CAPTURE(qid);
        for (const std::string& node : RightAnswer(app, qid)) {
            REQUIRE_FALSE(node.empty());
            REQUIRE(activate(host, node));
        }
        REQUIRE(activate(host, "quiz.submit"));
        REQUIRE(host.Node("quiz.feedback.verdict"));
        CHECK(host.Node("quiz.feedback.verdict")->label == "\xE2\x9C\x93 Correct.");
        REQUIRE(activate(host, "quiz.next"));
    }
    CHECK(seen.size() == 7);
    CHECK(host.Node("quiz.result.title")->label == "Passed: 100%");
    CHECK(host.Node("quiz.concept.guest-os") != nullptr);
    CHECK(host.Node("quiz.retry") == nullptr); // nothing to retry
    CHECK(app.learning().progress.quizzes.at("all-types").best_percent == 100);
}

TEST_CASE("every question type answered by mouse") {
    TakeWholeQuiz([](HeadlessHost& host, const std::string& id) { return host.Click(id); });
}

TEST_CASE("every question type answered by keyboard alone") {
    TakeWholeQuiz([](HeadlessHost& host, const std::string& id) {
        if (!KeyTo(host, id)) return false;
        host.PressKey(ImGuiKey_Space);
        return true;
    });
}

TEST_CASE("a wrong classification is marked item by item, and the results name the misconception") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=11"));
    host.Frames(3);
    while (app.quiz().session->current().question->id != "c1") {
        for (const std::string& node : RightAnswer(app, app.quiz().session->current().question->id))
            REQUIRE(host.Click(node));
        REQUIRE(host.Click("quiz.submit"));
        REQUIRE(host.Click("quiz.next"));
    }
    CHECK(host.Node("quiz.submit")->state.find("disabled") != std::string::npos); // nothing placed yet
    for (const char* node : {"quiz.item.0.owner.0", "quiz.item.1.owner.0", "quiz.item.2.owner.0"})
        REQUIRE(host.Click(node));
    CHECK(host.Node("quiz.submit")->state.find("disabled") == std::string::npos);
    REQUIRE(host.Click("quiz.submit"));
    CHECK(host.Node("quiz.feedback.verdict")->label == "Partly correct: 67% of the mark.");
    CHECK(host.Node("quiz.item.0.owner.0")->label == "\xE2\x9C\x97 Customer");
    CHECK(host.Node("quiz.item.0.owner.1")->label == "\xE2\x9C\x93 Provider");
    app.Apply(ui::intent::FinishQuiz{});
    host.Frames(3);
    REQUIRE(host.Node("quiz.concept.of-the-cloud"));
    CHECK(host.Node("quiz.concept.of-the-cloud")->label.find("Watch out for: Thinking physical security is partly yours.") !=
          std::string::npos);
}

TEST_CASE("exam mode: no feedback until the end; the time limit can be extended") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.SetClock(1000);
    ui::intent::StartQuiz exam("all-types");
    exam.start.mode = QuizMode::exam;
    exam.start.time_limit_minutes = 1;
    app.Apply(exam);
    host.Frames(3);
    CHECK(Find(app, "quiz.timer", "Time left: 1:00") == "quiz.timer");
    CHECK(app.WantsClockTicks());
    std::string first = app.quiz().session->current().question->id;
    for (const std::string& node : RightAnswer(app, first)) REQUIRE(host.Click(node));
    REQUIRE(host.Click("quiz.submit"));
    CHECK(host.Node("quiz.feedback.verdict") == nullptr); // no feedback in an exam
    CHECK(app.quiz().session->current_index() == 1);
    app.SetClock(1070);
    host.Frames(2);
    CHECK(host.Node("quiz.timeup") != nullptr);
    REQUIRE(host.Click("quiz.extend"));
    CHECK(Find(app, "quiz.timer", "Time left: 4:50") == "quiz.timer");
    app.SetClock(1400);
    host.Frames(2);
    REQUIRE(host.Click("quiz.finish"));
    CHECK(app.quiz().session->finished());
    CHECK(host.Node("quiz.result.title")->label == "Not passed yet: 14%");
    CHECK(Find(app, "quiz.review.0", "\xE2\x9C\x93 1.") == "quiz.review.0");
}

TEST_CASE("a quiz in progress is saved after every answer and resumes after a reload") {
    std::string saved;
    std::vector<std::string> asked;
    {
        ui::App app(fixtures::all_types_catalog());
        HeadlessHost host(app, 1100, 2400);
        app.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=11"));
        host.Frames(3);
        for (size_t i = 0; i < 7; ++i) asked.push_back(app.quiz().session->presented(i).question->id);
        for (int n = 0; n < 2; ++n) {
            for (const std::string& node : RightAnswer(app, app.quiz().session->current().question->id))
                REQUIRE(host.Click(node));
            REQUIRE(host.Click("quiz.submit"));
            REQUIRE(host.Click("quiz.next"));
        }
        saved = headless::TakeSavedRun(app);
    }
    REQUIRE_FALSE(saved.empty());
    ui::App app(fixtures::all_types_catalog());
    app.LoadRun(saved);
    HeadlessHost host(app, 1100, 2400);
    REQUIRE(app.resumable());
    CHECK(host.Node("home.resume.what")->label == "Every type: 2 questions answered so far.");
    REQUIRE(host.Click("home.resume"));
    REQUIRE(app.quiz().session);
    CHECK(app.quiz().session->current_index() == 2);
    CHECK(app.quiz().session->score() == doctest::Approx(2.0));
    for (size_t i = 0; i < 7; ++i) CHECK(app.quiz().session->presented(i).question->id == asked[i]);
    CHECK(app.resumable() == nullptr);
}

TEST_CASE("an unreadable saved run is set aside with a notice") {
    ui::App app(fixtures::all_types_catalog());
    app.LoadRun("{\"v\":1,\"quiz\":\"all-types\",\"answers\":\"nope\"}");
    CHECK(app.resumable() == nullptr);
    REQUIRE(app.notices().size() == 1);
    CHECK(app.notices()[0] == "A quiz in progress could not be restored and has been set aside.");
}

TEST_CASE("progress codes: copy out, import elsewhere, refuse a damaged one") {
    ui::App first(fixtures::all_types_catalog());
    {
        HeadlessHost host(first, 1100, 2400);
        first.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=11"));
        host.Frames(2);
        first.Apply(ui::intent::FinishQuiz{});
        host.Frames(2);
    }
    std::string code = progress_to_code(first.learning().progress);
    ui::App second(fixtures::all_types_catalog());
    HeadlessHost host(second, 1100, 1600);
    REQUIRE(host.Click("home.progress"));
    second.Apply(ui::intent::SetImportDraft(code.substr(0, code.size() - 1) + (code.back() == '0' ? "1" : "0")));
    REQUIRE(host.Click("progress.import"));
    CHECK(second.learning().progress.quizzes.empty());
    CHECK(second.notices().back() ==
          "That progress code could not be used: Saved progress is damaged (its checksum does not match).");
    second.Apply(ui::intent::SetImportDraft(code));
    REQUIRE(host.Click("progress.import"));
    CHECK(second.notices().back() == "Progress imported.");
    CHECK(second.learning().progress.quizzes.at("all-types").attempts == 1);
    CHECK(host.Node("progress.code")->label == code);
}

TEST_CASE("in French a refused progress code is explained in French") {
    ui::SetLanguage("fr");
    ui::App app(fixtures::all_types_catalog());
    app.Apply(ui::intent::ImportProgressCode{"SRM9|L|Q|C|00000000"});
    app.LoadProgress("junk");
    std::vector<std::string> notices = app.notices();
    ui::SetLanguage("en");
    REQUIRE(notices.size() == 2);
    CHECK(notices[0] == "Ce code de progression n\xE2\x80\x99"
                        "a pas pu \xC3\xAA"
                        "tre utilis\xC3\xA9\xE2\x80\xAF: la progression vient d\xE2\x80\x99"
                        "une autre version de SRM Trainer.");
    CHECK(notices[1] == "La progression enregistr\xC3\xA9"
                        "e \xC3\xA9"
                        "tait illisible et a \xC3\xA9t\xC3\xA9 mise de c\xC3\xB4t\xC3\xA9. Une copie en est gard\xC3\xA9"
                        "e dans ce navigateur.");
}

static std::vector<nlohmann::json> Events(ui::App& app, std::vector<std::string>* origins = nullptr) {
    std::vector<nlohmann::json> out;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        if (r.kind == ui::PlatformRequest::Kind::post_event) {
            out.push_back(nlohmann::json::parse(r.payload));
            if (origins) origins->push_back(r.origin);
        }
    return out;
}

TEST_CASE("host page events: learner data only to parent_origin, in order, with the score") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?parent_origin=https%3A%2F%2Fwiki.example.com&embed=1"));
    app.SetClock(10);
    ui::intent::StartQuiz start("all-types");
    start.start.concepts = {"data"}; // t1, c1, x1, sc1
    app.Apply(start);
    host.Frames(3);
    while (!app.quiz().session->finished()) {
        for (const std::string& node : RightAnswer(app, app.quiz().session->current().question->id))
            REQUIRE(host.Click(node));
        REQUIRE(host.Click("quiz.submit"));
        REQUIRE(host.Click("quiz.next"));
    }
    std::vector<std::string> origins;
    std::vector<nlohmann::json> events = Events(app, &origins);
    REQUIRE(events.size() == 1 + 1 + 4 + 1);
    CHECK(events[0]["type"] == "ready");
    CHECK(events[1]["type"] == "quiz_started");
    CHECK(events[2]["type"] == "question_answered");
    CHECK(events[2]["correct"] == true);
    for (size_t i = 2; i < 6; ++i) { // answered right: the correct response is the response given
        CHECK(events[i]["correct_response"] == events[i]["response"]);
        CHECK(events[i]["question_type"].is_string());
        CHECK(!events[i]["prompt"].get<std::string>().empty());
    }
    CHECK(events[6]["type"] == "quiz_completed");
    CHECK(events[6]["score"]["raw"] == 4.0);
    CHECK(events[6]["score"]["scaled"] == 1.0);
    CHECK(events[6]["passed"] == true);
    for (const nlohmann::json& e : events) {
        CHECK(e["source"] == "srm-trainer");
        CHECK(e["version"] == 1);
    }
    for (size_t i = 1; i < origins.size(); ++i)
        CHECK(origins[i] == "https://wiki.example.com"); // "ready" came first, from the first frame
}

TEST_CASE("without parent_origin no learner data leaves the app") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?quiz=all-types&seed=1"));
    host.Frames(3);
    std::vector<std::string> origins;
    std::vector<nlohmann::json> events = Events(app, &origins);
    REQUIRE(events.size() == 1);
    CHECK(events[0]["type"] == "ready");
    CHECK(origins[0] == "*");
}
