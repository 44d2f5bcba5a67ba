// Headless UI: layout a learner notices at a phone's width (390) and a desktop's. The line and its
// tag leave headings and tiles readable; choosing a service keeps the picker and the line in view;
// nothing sticks out past the right edge of the explorer or the matrix; long links wrap; the
// presenter keeps to its column and shows the room; a participant sees their room and nickname
// and is asked before leaving; the focus ring shows after keys only; a disabled button and the
// progress track stay legible.
#include "../core/fixtures.h"
#include "bundled_content.h"
#include "deep_link.h"
#include "headless_host.h"
#include "room.h"
#include "theme.h"
#include "widgets.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

static bool Overlaps(const ui::SemanticNode& a, const ui::SemanticNode& b) {
    return a.y < b.y + b.h && b.y < a.y + a.h && a.x < b.x + b.w && b.x < a.x + a.w;
}

static bool Starts(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// Every heading and tile of the diagram drawn under `prefix` stays clear of the line node `line`.
static void CheckLineClear(const ui::App& app, const std::string& line, const std::string& prefix) {
    const ui::SemanticNode* l = app.semantics().find(line);
    REQUIRE(l);
    int checked = 0;
    for (const ui::SemanticNode& n : app.semantics().nodes()) {
        if (!Starts(n.id, prefix + ".cell.") && !Starts(n.id, prefix + ".band.")) continue;
        INFO(line, " covers ", n.id);
        CHECK_FALSE(Overlaps(*l, n));
        ++checked;
    }
    CHECK(checked > 2);
}

TEST_CASE("the line and its tag never cover a heading or a tile, on a phone and on a desktop") {
    for (auto [width, height] : {std::pair<float, float>{390, 844}, {1920, 1080}}) {
        CAPTURE(width);
        ui::App app(BundledCatalog());
        app.SetReducedMotion(true);
        HeadlessHost host(app, width, height);
        host.Frames(2);
        CheckLineClear(app, "home.line", "home.diagram");
        for (const char* service : {"ec2", "rds"}) { // lines with no layer shared on them
            CAPTURE(service);
            app.ApplyDeepLink(parse_deep_link(std::string("?view=explore&cloud=aws&service=") + service));
            host.Frames(3);
            CheckLineClear(app, "explore.line", "model");
        }
    }
}

static bool InView(const ui::SemanticNode* n, float height) { return n && n->y >= 0 && n->y + n->h <= height; }

TEST_CASE("after choosing a service the picker stays in view, and a tall screen does not scroll") {
    ui::App app(BundledCatalog());
    app.SetReducedMotion(true);
    HeadlessHost host(app, 1920, 1080);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=ec2"));
    host.Frames(2);
    float picker_y = host.Node("explore.service")->y;
    REQUIRE(host.Click("explore.service"));
    REQUIRE(host.Click("model.service.rds"));
    host.Frames(3);
    CHECK(host.Node("explore.service")->y == doctest::Approx(picker_y));
    CHECK(InView(host.Node("screen.title"), 1080));
    CHECK(InView(host.Node("explore.setting.engine-support"), 1080));
    CHECK(InView(host.Node("explore.line"), 1080));
}

TEST_CASE("on a phone the picker stays at the top after choosing a service when the line shows below it") {
    ui::App app(BundledCatalog());
    app.SetReducedMotion(true);
    HeadlessHost host(app, 390, 844);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=ec2"));
    host.Frames(2);
    for (const char* service : {"lambda", "rds", "s3"}) {
        CAPTURE(service);
        REQUIRE(host.Click("explore.service"));
        REQUIRE(host.Click(std::string("model.service.") + service));
        host.Frames(3);
        const ui::SemanticNode* line = host.Node("explore.line");
        const ui::SemanticNode* picker = host.Node("explore.service");
        REQUIRE(line);
        REQUIRE(picker);
        CHECK(InView(line, 844));
        if (line->y + line->h - picker->y < 800) CHECK(InView(picker, 844)); // both fit: the picker is kept
    }
}

TEST_CASE("on a 390-pixel phone the service picker and the matrix filters fit the width") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 390, 844);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=rds"));
    host.Frames(3);
    const ui::SemanticNode* picker = host.Node("explore.service");
    REQUIRE(picker);
    CHECK(picker->x + picker->w <= 390.5f);
    app.ApplyDeepLink(parse_deep_link("?view=matrix&cloud=aws"));
    host.Frames(3);
    for (const char* id : {"matrix.category", "matrix.owner", "matrix.filter", "matrix.table", "matrix.count"}) {
        const ui::SemanticNode* n = host.Node(id);
        REQUIRE(n);
        INFO(id, " ends at ", n->x + n->w);
        CHECK(n->x + n->w <= 390.5f);
    }
    CHECK(host.Click("matrix.owner")); // reachable: it opens
    CHECK(host.Node("matrix.owner.0"));
    const ui::SemanticNode* row = host.Node("matrix.row.guest-os-patching");
    REQUIRE(row);
    CHECK(row->x + row->w <= 390 * 0.5f); // the control column leaves room for the services
}

TEST_CASE("a link longer than a phone's width wraps instead of being cut") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 390, 844);
    host.Frames(2);
    const ui::SemanticNode* link = host.Node("home.accessible");
    REQUIRE(link);
    CHECK(link->x + link->w <= 390.5f);
    CHECK(link->h > 1.5f * ImGui::GetTextLineHeight()); // on two lines
    CHECK(link->label == "Accessible HTML version of the quizzes and models (opens in a new tab)");
}

// A participant in room `code` under the nickname Ana, on the first question.
static std::string JoinAsAna(HeadlessHost& host, ui::App& app) {
    Room room;
    room.quiz_id = "all-types";
    room.seed = 4;
    std::string code = room_code(room);
    app.ApplyDeepLink(parse_deep_link("?room=" + code));
    app.Apply(ui::intent::SetNicknameDraft("Ana"));
    app.Apply(ui::intent::StartRoomRun{});
    host.Frames(2);
    return code;
}

TEST_CASE("a participant sees the room and nickname, and leaving asks first") {
    for (float width : {390.0f, 1920.0f}) {
        CAPTURE(width);
        ui::App app(fixtures::all_types_catalog());
        HeadlessHost host(app, width, 1080);
        std::string code = JoinAsAna(host, app);
        REQUIRE(app.screen() == ui::Screen::quiz);
        REQUIRE(host.Node("nav.room"));
        CHECK(host.Node("nav.room")->label == "Room " + code + " \xC2\xB7 Ana");
        CHECK(host.Node("nav.room")->x + host.Node("nav.room")->w <= width + 0.5f);
        REQUIRE(host.Click("nav.home"));
        CHECK(app.screen() == ui::Screen::quiz); // not yet
        CHECK(host.Node("nav.leave.question")->label == "Leave room " + code + "?");
        REQUIRE(host.Click("nav.leave.stay"));
        CHECK(app.screen() == ui::Screen::quiz);
        CHECK(host.Node("nav.home"));
        REQUIRE(host.Click("nav.home"));
        REQUIRE(host.Click("nav.leave.confirm"));
        CHECK(app.screen() == ui::Screen::home);
    }
}

TEST_CASE("the presenter keeps to its 1,400-pixel column in larger type, with the room code on each question") {
    ui::App app(fixtures::all_types_catalog());
    HeadlessHost host(app, 1920, 1080);
    Room room;
    room.quiz_id = "all-types";
    room.seed = 4;
    std::string code = room_code(room);
    app.ApplyDeepLink(parse_deep_link("?room=" + code + "&mode=present"));
    host.Frames(3);
    REQUIRE(app.screen() == ui::Screen::present);
    CHECK(app.text_scale() == doctest::Approx(1.6));
    REQUIRE(host.Click("present.next"));
    host.Frames(2);
    const ui::SemanticNode* progress = host.Node("present.progress");
    REQUIRE(progress);
    CHECK(progress->w <= 1400.5f);
    CHECK(progress->x >= (1920 - 1400) / 2 - 1);
    CHECK(host.Node("present.room")->label == "Room " + code);
    // On a phone the code keeps to one line: it moves under the back button rather than breaking.
    host.Resize(390, 844);
    const ui::SemanticNode* room_node = host.Node("present.room");
    CHECK(room_node->h < 1.5f * ImGui::GetTextLineHeight());
    CHECK(room_node->x + room_node->w <= 390.5f);
}

TEST_CASE("the focus ring follows the keyboard only, in the accent colour") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 900);
    host.Frames(2);
    REQUIRE(host.Click("home.model.aws")); // a page opened with the mouse shows no ring
    CHECK_FALSE(ImGui::GetIO().NavVisible);
    host.PressKey(ImGuiKey_Tab);
    CHECK(ImGui::GetIO().NavVisible);
    ImU32 ring = ImGui::GetColorU32(ImGuiCol_NavHighlight);
    CHECK(ring == ui::Colors().accent);
}
