// Headless UI: the certificate. A passed run offers it from the results; the learner types a
// name, the sheet shows it with the quiz, the score, the date and a verification code that the
// core checks, and "Print or save as PDF" asks the page to print. A failed run, a run inside a
// learning platform and a room's run offer none; a certificate code pasted in a room summary is
// checked there.
#include "../core/fixtures.h"
#include "certificate.h"
#include "deep_link.h"
#include "headless_host.h"
#include "widgets.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

static std::string Label(const ui::App& app, const std::string& id) {
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.id == id) return n.label;
    return "";
}

// Answers every question with its key (picks and placements, parts included) and finishes.
static void PassQuiz(ui::App& app, HeadlessHost& host) {
    ui::intent::StartQuiz start("all-types");
    start.start.concepts = {"data"}; // t1, c1, x1, sc1: answered by picks and placements
    app.Apply(start);
    host.Frames(2);
    while (!app.quiz().session->finished()) {
        const Question& q = *app.quiz().session->current().question;
        auto apply = [&](const Question& question, const Response& key, int part) {
            bool places = question.type == QuestionType::classify || question.type == QuestionType::matrix;
            for (size_t i = 0; i < key.values.size(); ++i) {
                if (places) app.Apply(ui::intent::AnswerPlace(part, int(i), key.values[i]));
                else app.Apply(ui::intent::AnswerPick(part, key.values[i]));
            }
        };
        Response key = correct_response(q);
        apply(q, key, -1);
        for (size_t i = 0; i < q.parts.size(); ++i) apply(q.parts[i], key.parts[i], int(i));
        app.Apply(ui::intent::SubmitAnswer{});
        app.Apply(ui::intent::NextQuestion{});
    }
    host.Frames(2);
}

static bool AskedToPrint(ui::App& app) {
    bool asked = false;
    for (const ui::PlatformRequest& r : app.TakeRequests()) asked = asked || r.kind == ui::PlatformRequest::Kind::print;
    return asked;
}

TEST_CASE("a passed run leads to a certificate with the name, the score and a code that checks out") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    host.Frames(2);
    PassQuiz(app, host);
    REQUIRE(Label(app, "quiz.result.title") == "Passed: 100%");
    REQUIRE(host.Click("quiz.certificate"));
    CHECK(app.screen() == ui::Screen::certificate);
    CHECK(Label(app, "certificate.name.problem") == "Enter your name first.");
    CHECK(host.Node("certificate.print")->state.find("disabled") != std::string::npos);
    CHECK(host.Node("certificate.sheet.code") == nullptr); // no sheet without a name

    ui::RequestText("certificate.name", "  Ada Lovelace "); // typed, as the page's text field hands it over
    host.Frames(3);
    CHECK(Label(app, "certificate.sheet.name") == "Ada Lovelace");
    CHECK(Label(app, "certificate.sheet.quiz") == "passed the quiz \"Every type\" with a score of 100%.");
    CHECK(Label(app, "certificate.sheet.date") == "Date: 2026-03-01");
    CHECK(Label(app, "certificate.sheet.edition.0") == "Cloudco model, cells checked up to 2026-01-02");
    std::string shown = Label(app, "certificate.sheet.code");
    REQUIRE(shown.rfind("Verification code: SRMC1|", 0) == 0);
    Certificate c;
    Problem problem;
    REQUIRE(parse_certificate_code(shown.substr(std::string("Verification code: ").size()), c, problem));
    CHECK(c.name == "Ada Lovelace");
    CHECK(c.quiz_id == "all-types");
    CHECK(c.percent == 100);
    CHECK(c.date == "2026-03-01");
    CHECK(c.edition == "test:2026-01-02");

    app.TakeRequests();
    REQUIRE(host.Click("certificate.print"));
    CHECK(AskedToPrint(app));
    REQUIRE(host.Click("certificate.back"));
    CHECK(app.screen() == ui::Screen::quiz); // back to the results
}

TEST_CASE("a failed run, a run in a learning platform and a room's run offer no certificate") {
    SUBCASE("failed") {
        ui::App app(fixtures::all_types_catalog());
        HeadlessHost host(app, 1100, 2400);
        app.Apply(ui::intent::StartQuiz("all-types"));
        app.Apply(ui::intent::FinishQuiz{});
        host.Frames(2);
        REQUIRE(Label(app, "quiz.result.title").rfind("Not passed yet", 0) == 0);
        CHECK(host.Node("quiz.certificate") == nullptr);
        app.Apply(ui::intent::OpenCertificate{});
        CHECK(app.screen() == ui::Screen::quiz);
    }
    SUBCASE("in a learning platform, which records the pass itself") {
        ui::App app(fixtures::all_types_catalog());
        app.SetLearningPlatform(true);
        HeadlessHost host(app, 1100, 2400);
        host.Frames(2);
        PassQuiz(app, host);
        REQUIRE(Label(app, "quiz.result.title") == "Passed: 100%");
        CHECK(host.Node("quiz.certificate") == nullptr);
        app.Apply(ui::intent::OpenCertificate{});
        CHECK(app.screen() == ui::Screen::quiz);
    }
}

TEST_CASE("names that cannot go on a certificate are refused in words and nothing prints") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    host.Frames(2);
    PassQuiz(app, host);
    app.Apply(ui::intent::OpenCertificate{});
    host.Frames(2);
    ui::RequestText("certificate.name", std::string(70, 'x'));
    host.Frames(3);
    CHECK(Label(app, "certificate.name.problem") == "A name on a certificate can be at most 64 characters long.");
    CHECK(host.Node("certificate.sheet.name") == nullptr);
    app.TakeRequests();
    app.Apply(ui::intent::PrintCertificate{});
    CHECK_FALSE(AskedToPrint(app));
}
