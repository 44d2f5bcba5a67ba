// Headless UI: a workshop end to end on one machine. The facilitator sets up a room and presents
// it (reveal, explanation, timer, clicker keys); a participant joins by link, chooses a nickname,
// answers every question and gets a results code; the room summary reads the codes; team mode
// passes the questions round the teams.
#include "../core/fixtures.h"
#include "deep_link.h"
#include "headless_host.h"
#include "i18n.h"
#include "room_summary.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace srm;
using srm::headless::HeadlessHost;

// The code of a room of the all-types quiz, without a timer.
static std::string AllTypesRoom(std::uint16_t seed, size_t count) {
    Room room;
    room.quiz_id = "all-types";
    room.seed = seed;
    room.count = count;
    return room_code(room);
}

static std::string Label(const ui::App& app, const std::string& id) {
    const ui::SemanticNode* n = app.semantics().find(id);
    return n ? n->label : "";
}

static nlohmann::json State(const ui::App& app) {
    nlohmann::json j;
    app.DescribeState(j);
    return j;
}

// Answers the current question by clicking the first option of every choice, item and row.
static void AnswerByClicking(HeadlessHost& host, const ui::App& app) {
    std::vector<std::string> targets;
    for (const ui::SemanticNode& n : app.semantics().nodes()) {
        const std::string& id = n.id;
        auto ends = [&](const char* tail) {
            return id.size() > strlen(tail) && id.compare(id.size() - strlen(tail), strlen(tail), tail) == 0;
        };
        if (id.rfind("quiz.", 0) == 0 && (ends(".choice.0") || ends(".owner.0"))) targets.push_back(id);
    }
    for (const std::string& id : targets) CHECK(host.Click(id));
    CHECK(host.Click("quiz.submit"));
    CHECK(host.Click("quiz.next"));
}

static std::string TakeRoomQuiz(const std::string& room, const std::string& nickname) {
    ui::App app(fixtures::all_types_catalog());
    app.SetPageAddress("https://srm.example/");
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?room=" + room));
    host.Frames(3);
    REQUIRE(app.screen() == ui::Screen::join);
    CHECK(Label(app, "join.quiz") == "Every type");
    CHECK(host.Click("join.start"));
    CHECK(Label(app, "join.problem") == "Choose a nickname first.");
    app.Apply(ui::intent::SetNicknameDraft(nickname));
    CHECK(host.Click("join.start"));
    REQUIRE(app.screen() == ui::Screen::quiz);
    for (int i = 0; i < 10 && !app.quiz().session->finished(); ++i) AnswerByClicking(host, app);
    REQUIRE(app.quiz().session->finished());
    CHECK(Label(app, "quiz.room.title") == "Your results code for room " + room);
    return Label(app, "quiz.room.code");
}

TEST_CASE("the facilitator sets up a room and presents it question by question") {
    ui::App app(fixtures::all_types_catalog());
    app.SetPageAddress("https://srm.example/");
    HeadlessHost host(app, 1280, 2000);
    host.Frames(2);
    CHECK(host.Click("home.workshop"));
    REQUIRE(app.screen() == ui::Screen::workshop);
    CHECK(host.Click("workshop.count.0")); // 5 questions
    CHECK(host.Click("workshop.timer.1")); // 30 s
    nlohmann::json room = State(app)["room"];
    CHECK(room["count"] == 5);
    CHECK(room["timer"] == 30);
    std::string code = room["code"].get<std::string>();
    CHECK(Label(app, "room.code") == code);
    CHECK(Label(app, "room.link") == "Join at https://srm.example/?room=" + code);
    // The platform is asked for the join link's QR code; once given, it is drawn.
    bool asked = false;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        asked =
            asked || (r.kind == ui::PlatformRequest::Kind::make_qr && r.payload == "https://srm.example/?room=" + code);
    CHECK(asked);
    app.SetQrCode("https://srm.example/?room=" + code, 21, std::vector<bool>(21 * 21, true));
    host.Frame();
    CHECK(Label(app, "room.qr") == "QR code of the join link https://srm.example/?room=" + code);

    CHECK(host.Click("workshop.present"));
    REQUIRE(app.screen() == ui::Screen::present);
    CHECK(app.text_scale() > 1.5f);
    CHECK(Label(app, "room.code") == code); // the lobby shows how to join
    CHECK(host.Click("present.next"));
    CHECK(Label(app, "present.progress") == "Question 1 of 5");
    std::string before = Label(app, "present.choice.0") + Label(app, "present.item.0");
    CHECK(before.find("\xE2\x9C\x93") == std::string::npos); // no answer shown yet
    CHECK(host.Click("present.reveal"));
    bool marked = false;
    for (const ui::SemanticNode& n : app.semantics().nodes())
        marked = marked || n.label.find("\xE2\x9C\x93") != std::string::npos;
    CHECK(marked);
    // Each line's text, and so its wrapped lines, starts right of its tick (and a choice's letter).
    int lines = 0;
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.id.rfind("present.choice.", 0) == 0 || n.id.rfind("present.item.", 0) == 0) {
            ++lines;
            CHECK(n.x > app.semantics().find("present.progress")->x + 10);
        }
    CHECK(lines > 0);
    CHECK(app.semantics().find("present.explanation") == nullptr);
    CHECK(host.Click("present.explain"));
    CHECK(app.semantics().find("present.explanation") != nullptr);
    // The timer: 30 s, started, paused, extended; speed is never scored.
    CHECK(Label(app, "present.timer") == "0:30 (paused)");
    CHECK(host.Click("present.timer.toggle"));
    app.SetClock(app.now() + 12);
    host.Frame();
    CHECK(Label(app, "present.timer") == "0:18 left");
    CHECK(app.WantsClockTicks());
    CHECK(host.Click("present.timer.toggle"));
    CHECK(host.Click("present.timer.extend"));
    CHECK(Label(app, "present.timer") == "0:48 (paused)");
    CHECK(host.Click("present.timer.enabled")); // turned off
    CHECK(app.semantics().find("present.timer") == nullptr);
    // A clicker's Page Down moves on, hiding the answer again.
    host.PressKey(ImGuiKey_PageDown);
    CHECK(Label(app, "present.progress") == "Question 2 of 5");
    CHECK(State(app)["room"]["present"]["revealed"] == false);
    host.PressKey(ImGuiKey_PageUp);
    CHECK(Label(app, "present.progress") == "Question 1 of 5");
    for (int i = 0; i < 5; ++i) host.PressKey(ImGuiKey_PageDown);
    CHECK(Label(app, "screen.title") == "That was the last question");
    CHECK(host.Click("present.summary"));
    CHECK(app.screen() == ui::Screen::room_summary);
}

TEST_CASE("participants join by link and their codes add up in the room summary") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    Room room{"all-types", 4321, 0, 0};
    std::string code = room_code(room);
    std::string ana = TakeRoomQuiz(code, "Ana"), ben = TakeRoomQuiz(code, "Ben");
    CHECK(ana.rfind("SRMW1|" + code + "|Ana|", 0) == 0);

    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1280, 3000);
    app.ApplyDeepLink(parse_deep_link("?room=" + code + "&mode=summary"));
    host.Frames(2);
    REQUIRE(app.screen() == ui::Screen::room_summary);
    CHECK(Label(app, "summary.empty").rfind("Nothing to sum up yet", 0) == 0);
    app.Apply(ui::intent::SetPasted(ana + "\n" + ben + "\n" + ana + "\nnonsense\n"));
    host.Frame();
    CHECK(Label(app, "summary.counts") == "Participants counted: 2. Lines rejected: 2.");
    CHECK(Label(app, "summary.rejected.0") == "Line 3: a duplicate of line 1");
    CHECK(Label(app, "summary.rejected.1") == "Line 4: not a workshop results code (those start with SRMW)");
    CHECK(Label(app, "summary.question.0").rfind("Q1. ", 0) == 0);
    CHECK(app.semantics().find("summary.heatmap.data.room") != nullptr);
    CHECK(app.semantics().find("summary.hardest.0") != nullptr);
    // The leaderboard is off until asked for.
    CHECK(app.semantics().find("summary.leaderboard.0") == nullptr);
    CHECK(host.Click("summary.leaderboard.show"));
    CHECK(Label(app, "summary.leaderboard.0").find("Ana") != std::string::npos);
    CHECK(host.Click("summary.download"));
    std::string csv, name;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        if (r.kind == ui::PlatformRequest::Kind::download) {
            csv = r.payload;
            name = r.file_name;
        }
    CHECK(name == "room-" + code + ".csv");
    CHECK(csv.find("\r\n\"Ana\",") != std::string::npos);
    CHECK(csv.find("\r\n\"Ben\",") != std::string::npos);
}

// Joins a room by its link under `nickname` and starts its quiz.
static void JoinRoom(HeadlessHost& host, ui::App& app, const std::string& code, const std::string& nickname) {
    app.ApplyDeepLink(parse_deep_link("?room=" + code));
    app.Apply(ui::intent::SetNicknameDraft(nickname));
    app.Apply(ui::intent::StartRoomRun{});
    host.Frame();
}

TEST_CASE("a participant who reloads mid-quiz continues in the room under the same nickname") {
    std::string code = AllTypesRoom(77, 3);
    std::string saved;
    {
        ui::App first(fixtures::all_types_catalog());
        HeadlessHost host(first, 1100, 2400);
        JoinRoom(host, first, code, "Cy");
        AnswerByClicking(host, first);
        saved = headless::TakeSavedRun(first);
    }
    REQUIRE_FALSE(saved.empty());

    ui::App again(fixtures::all_types_catalog());
    HeadlessHost host2(again, 1100, 2400);
    again.LoadRun(saved);
    again.ApplyDeepLink(parse_deep_link("?room=" + code));
    host2.Frames(2);
    REQUIRE(again.screen() == ui::Screen::quiz);
    CHECK(again.quiz().session->current_index() == 1);
    CHECK(again.workshop().nickname == "Cy");
    CHECK(again.workshop().participant_run);
}

TEST_CASE("a participant who reloads after finishing gets the same results code, counted once") {
    std::string code = AllTypesRoom(78, 2);
    std::string saved, shown;
    {
        ui::App first(fixtures::all_types_catalog());
        HeadlessHost host(first, 1100, 2400);
        JoinRoom(host, first, code, "Dee");
        AnswerByClicking(host, first);
        AnswerByClicking(host, first);
        REQUIRE(first.quiz().session->finished());
        shown = Label(first, "quiz.room.code");
        saved = headless::TakeSavedRun(first);
        CHECK(first.learning().progress.quizzes.at("all-types").attempts == 1);
    }
    REQUIRE_FALSE(saved.empty());
    ui::App again(fixtures::all_types_catalog());
    HeadlessHost host(again, 1100, 2400);
    again.LoadProgress("");
    again.LoadRun(saved);
    host.Frames(2);
    CHECK(Label(again, "home.resume.title") == "Your workshop results");
    CHECK(host.Click("home.resume"));
    CHECK(Label(again, "quiz.room.code") == shown);
    CHECK(again.learning().progress.quizzes.count("all-types") == 0); // not recorded a second time
}

TEST_CASE("a bad room code in a link or typed on the home screen is refused with a reason") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?room=ABCDE-FGHJK"));
    host.Frame();
    CHECK(app.screen() == ui::Screen::home);
    REQUIRE(app.notices().size() == 1);
    CHECK(app.notices()[0].rfind("Ignored room=\"ABCDE-FGHJK\": This room code has a typo", 0) == 0);
    app.Apply(ui::intent::SetJoinDraft("12345"));
    host.Frame();
    CHECK(host.Click("home.join"));
    CHECK(Label(app, "home.join.problem") == "A room code has 10 letters and digits, like 7KQ2M-X4D9A; this one has 5.");
    app.Apply(ui::intent::SetJoinDraft(AllTypesRoom(5, 0)));
    host.Frame();
    CHECK(host.Click("home.join"));
    CHECK(app.screen() == ui::Screen::join);
}

TEST_CASE("in French a refused room code reads in French, with what was typed") {
    ui::SetLanguage("fr");
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?room=ABCDE-FGHJK"));
    host.Frame();
    std::vector<std::string> notices = app.notices();
    app.Apply(ui::intent::SetJoinDraft("12345"));
    host.Frame();
    bool clicked = host.Click("home.join");
    host.Frame();
    std::string refusal = Label(app, "home.join.problem");
    ui::SetLanguage("en");
    REQUIRE(notices.size() == 1);
    CHECK(notices[0] ==
          "Param\xC3\xA8tre room=\"ABCDE-FGHJK\" ignor\xC3\xA9\xE2\x80\xAF: Ce code de salle contient une faute de frappe\xE2\x80\xAF: "
          "ses caract\xC3\xA8res ne concordent pas. Comparez-le avec le code affich\xC3\xA9 par l\xE2\x80\x99"
          "animateur.");
    CHECK(clicked);
    CHECK(refusal == "Un code de salle compte 10 lettres et chiffres, comme 7KQ2M-X4D9A\xE2\x80\xAF; celui-ci en a 5.");
}

TEST_CASE("team mode: one device, the teams take turns and each keeps its score") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1100, 2400);
    app.ApplyDeepLink(parse_deep_link("?room=" + AllTypesRoom(9, 0) + "&mode=team"));
    host.Frames(2);
    REQUIRE(app.screen() == ui::Screen::workshop);
    CHECK(host.Click("workshop.teams.add"));
    app.Apply(ui::intent::SetTeamName(0, "Blue"));
    host.Frame();
    CHECK(host.Click("workshop.teams.start"));
    REQUIRE(app.screen() == ui::Screen::quiz);
    CHECK(Label(app, "quiz.team") == "Blue, your turn");
    AnswerByClicking(host, app);
    CHECK(Label(app, "quiz.team") == "Team 2, your turn");
    AnswerByClicking(host, app);
    CHECK(Label(app, "quiz.team") == "Team 3, your turn");
    AnswerByClicking(host, app);
    CHECK(Label(app, "quiz.team") == "Blue, your turn");
    for (int i = 0; i < 10 && !app.quiz().session->finished(); ++i) AnswerByClicking(host, app);
    REQUIRE(app.quiz().session->finished());
    CHECK(Label(app, "quiz.team.0").rfind("Blue: ", 0) == 0);
    CHECK(Label(app, "quiz.team.0").find(" of 3") != std::string::npos); // 7 questions: 3, 2, 2
    CHECK(Label(app, "quiz.team.2").find(" of 2") != std::string::npos);
    CHECK(app.semantics().find("quiz.room.code") == nullptr); // a team game has no results code
}
