// Headless UI: "Your stack". A team opens it from home, picks services and a setting, names a
// third party and hands it a duty, marks duties, and reads the groups and the "split differently"
// note; the worksheet is saved as a code after every change and restored on the next page; the
// link, the code pasted back, the exports, "Train this team" and the read-only embedded view.
#include "bundled_content.h"
#include "deep_link.h"
#include "headless_host.h"
#include "i18n.h"
#include "imgui.h"
#include "worksheet_codec.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace srm;
using srm::headless::HeadlessHost;

static std::string Label(const ui::App& app, const std::string& id) {
    const ui::SemanticNode* n = app.semantics().find(id);
    return n ? n->label : "";
}

// The payload of the last request of `kind` this frame, "" none.
static std::string LastRequest(ui::App& app, ui::PlatformRequest::Kind kind, std::string* file_name = nullptr) {
    std::string payload;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        if (r.kind == kind) {
            payload = r.payload;
            if (file_name) *file_name = r.file_name;
        }
    return payload;
}

static CellRef DutyCell(const std::string& service, const std::string& control) {
    CellRef cell;
    cell.service = service;
    cell.control = control;
    return cell;
}

TEST_CASE("a team builds its stack from home, marks a duty and finds it again on the next page") {
    std::string saved;
    {
        ui::App app(BundledCatalog());
        HeadlessHost host(app, 1100, 6000);
        host.Frames(2);
        REQUIRE(host.Click("home.stack"));
        REQUIRE(app.screen() == ui::Screen::stack);
        CHECK(Label(app, "stack.none") == "Pick the services you run to see your duties.");
        REQUIRE(host.Click("stack.service.ec2"));
        REQUIRE(host.Click("stack.service.rds"));
        host.Frames(2);
        CHECK(Label(app, "stack.control.guest-os-patching") == "Guest OS patching");
        CHECK(app.semantics().find("stack.duty.ec2.guest-os-patching") != nullptr);
        CHECK(app.semantics().find("stack.duty.rds.guest-os-patching") == nullptr); // AWS patches RDS's OS
        CHECK(Label(app, "stack.split.guest-os-patching").find("Amazon RDS: AWS") != std::string::npos);
        CHECK(Label(app, "stack.provider.rds").find("Guest OS patching") != std::string::npos);
        app.TakeRequests();
        REQUIRE(host.Click("stack.duty.ec2.guest-os-patching.status.done"));
        host.Frames(2);
        saved = LastRequest(app, ui::PlatformRequest::Kind::save_stack);
        CHECK(saved.rfind("SRMS1|aws|ec2,rds|", 0) == 0);
        CHECK(saved.find("ec2.guest-os-patching:d") != std::string::npos);
    }
    ui::App again(BundledCatalog());
    HeadlessHost host(again, 1100, 6000);
    again.LoadStack(saved);
    again.ApplyDeepLink(parse_deep_link("?view=stack"));
    host.Frames(2);
    REQUIRE(again.screen() == ui::Screen::stack);
    const ui::SemanticNode* done = again.semantics().find("stack.duty.ec2.guest-os-patching.status.done");
    REQUIRE(done);
    CHECK(done->state.find("checked") != std::string::npos);
}

TEST_CASE("a third party takes a duty, and marks keep an owner and an evidence link") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1100, 6000);
    app.ApplyDeepLink(parse_deep_link("?view=stack&cloud=aws&services=ec2"));
    app.Apply(ui::intent::SetPartyDraft("Platform team"));
    app.Apply(ui::intent::AddParty{});
    host.Frames(2);
    REQUIRE(host.Click("stack.duty.ec2.guest-os-patching.taken.0"));
    app.Apply(ui::intent::SetDutyOwner(DutyCell("ec2", "guest-os-patching"), "Ana"));
    app.Apply(ui::intent::SetDutyEvidence(DutyCell("ec2", "guest-os-patching"), "https://wiki.example.com/patching"));
    host.Frames(2);
    CHECK(Label(app, "stack.duty.ec2.guest-os-patching.party") == "Taken by Platform team.");
    WorksheetParams params = worksheet_params(app.stack().worksheet);
    CHECK(params.parties == "Platform_team:ec2.guest-os-patching");
    CHECK(params.marks == "ec2.guest-os-patching:o:Ana:https~3A//wiki.example.com/patching");
}

TEST_CASE("the stack is shared by link and by code, and exported as Markdown and CSV") {
    std::string code;
    { // the page the code is copied from
        ui::App app(BundledCatalog());
        app.SetPageAddress("https://srm.example/");
        HeadlessHost host(app, 1100, 6000);
        app.ApplyDeepLink(parse_deep_link("?view=stack&cloud=aws&services=ec2,lambda&marks=ec2.guest-os-patching:p:Ana"));
        host.Frames(2);
        REQUIRE(host.Click("stack.copy_link"));
        CHECK(std::string(ImGui::GetClipboardText()) ==
              "https://srm.example/?view=stack&cloud=aws&services=ec2,lambda&marks=ec2.guest-os-patching:p:Ana");
        REQUIRE(host.Click("stack.copy_code"));
        code = ImGui::GetClipboardText();
        CHECK(code.rfind("SRMS1|aws|ec2,lambda|", 0) == 0);

        std::string name;
        REQUIRE(host.Click("stack.markdown"));
        std::string markdown = LastRequest(app, ui::PlatformRequest::Kind::download, &name);
        CHECK(name == "stack-aws.md");
        CHECK(markdown.rfind("# Your stack: AWS", 0) == 0);
        REQUIRE(host.Click("stack.csv"));
        std::string csv = LastRequest(app, ui::PlatformRequest::Kind::download, &name);
        CHECK(name == "stack-aws.csv");
        CHECK(csv.find("\"Guest OS patching\",\"Amazon EC2\"") != std::string::npos);
        CHECK(csv.find("\"planned\",\"Ana\"") != std::string::npos);
    }

    // Another page: the code pasted back opens the same worksheet.
    ui::App other(BundledCatalog());
    HeadlessHost other_host(other, 1100, 6000);
    other.Apply(ui::intent::OpenStack(""));
    other.Apply(ui::intent::SetStackCodeDraft(code));
    other_host.Frames(2);
    REQUIRE(other_host.Click("stack.code.open"));
    CHECK(worksheet_code(other.stack().worksheet) == code);
    other.Apply(ui::intent::PasteStackCode("SRMS1|aws|ec2||||00000000"));
    CHECK(worksheet_code(other.stack().worksheet) == code); // a damaged code leaves the worksheet as it was
}

TEST_CASE("train this team starts a practice run of the questions about the selection") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1100, 6000);
    app.ApplyDeepLink(parse_deep_link("?view=stack&cloud=aws&services=ec2,rds,lambda"));
    host.Frames(2);
    REQUIRE(host.Click("stack.train"));
    std::string said = app.notices().empty() ? std::string("none") : app.notices().back();
    INFO(said);
    REQUIRE(app.screen() == ui::Screen::quiz);
    REQUIRE(app.quiz().session);
    CHECK(!app.quiz().session->config().only_questions.empty());
    CHECK(app.quiz().session->size() == app.quiz().session->config().only_questions.size());

    ui::App linked(BundledCatalog());
    linked.ApplyDeepLink(parse_deep_link("?view=stack&cloud=aws&services=ec2,rds,lambda&mode=train"));
    CHECK(linked.screen() == ui::Screen::quiz);
}

TEST_CASE("embedded, the worksheet is read-only and nothing is saved") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1100, 6000);
    app.ApplyDeepLink(parse_deep_link("?view=stack&cloud=aws&services=ec2&marks=ec2.guest-os-patching:d:Ana&embed=1"));
    host.Frames(2);
    CHECK(app.semantics().find("stack.service.ec2") == nullptr);
    CHECK(app.semantics().find("stack.duty.ec2.guest-os-patching.status.done") == nullptr);
    CHECK(Label(app, "stack.duty.ec2.guest-os-patching.mark") == "Status: done \xC2\xB7 Owner: Ana");
    app.Apply(ui::intent::SetDutyStatus(DutyCell("ec2", "guest-os-patching"), DutyStatus::planned));
    app.Apply(ui::intent::ToggleStackService("rds"));
    CHECK(worksheet_params(app.stack().worksheet).marks == "ec2.guest-os-patching:d:Ana");
    CHECK(worksheet_params(app.stack().worksheet).services == "ec2");
    CHECK(LastRequest(app, ui::PlatformRequest::Kind::save_stack).empty());
}

TEST_CASE("in French, the screen and the exports speak French") {
    ui::SetLanguage("fr");
    ui::App app(BundledCatalog("fr"));
    HeadlessHost host(app, 1100, 6000);
    app.ApplyDeepLink(parse_deep_link("?view=stack&cloud=aws&services=ec2"));
    host.Frames(2);
    CHECK(Label(app, "stack.train") == "Entraîner cette équipe");
    REQUIRE(host.Click("stack.csv"));
    std::string csv = LastRequest(app, ui::PlatformRequest::Kind::download);
    CHECK(csv.rfind("\"Contrôle\",\"Service\",\"Réglage\",\"Responsabilité\"", 0) == 0);
    CHECK(csv.find("\"ouvert\"") != std::string::npos);
    ui::SetLanguage("en");
}
