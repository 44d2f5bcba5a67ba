// Headless UI: the explorer on the real bundled content. Choosing a service moves the line and
// the owners; settings, compare, matrix, deep links, lessons and saved progress.
#include "bundled_content.h"
#include "headless_host.h"
#include "widgets.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace srm;
using srm::headless::HeadlessHost;

static std::string Label(HeadlessHost& host, const std::string& id) {
    const ui::SemanticNode* n = host.Node(id);
    return n ? n->label : "<no node " + id + ">";
}

// Opens the service picker and chooses a service in it with the mouse.
static bool ChooseService(HeadlessHost& host, const std::string& service_id) {
    return host.Click("explore.service") && host.Click("model.service." + service_id);
}

TEST_CASE("the bundled content loads without diagnostics") {
    ContentCatalog catalog = BundledCatalog();
    CHECK(format_all(catalog.diagnostics()) == "");
    CHECK(catalog.models().size() == 3);
    CHECK(catalog.lessons().size() == 7);
}

TEST_CASE("choosing RDS moves guest OS patching to the provider side, and the provider's share grows") {
    ui::App app(BundledCatalog());
    app.SetReducedMotion(true);
    HeadlessHost host(app, 1200, 900);
    REQUIRE(host.Click("home.model.aws"));
    CHECK(app.explore().service_id == "ec2");
    CHECK(Label(host, "model.cell.guest-os-patching") == "Guest OS patching, Amazon EC2: Customer");
    std::string ec2_split = Label(host, "explore.split");
    REQUIRE(ChooseService(host, "rds"));
    CHECK(Label(host, "model.cell.guest-os-patching") == "Guest OS patching, Amazon RDS: AWS");
    CHECK(Label(host, "explore.split") != ec2_split);
    CHECK(Label(host, "explore.split").rfind("The split for Amazon RDS: AWS secures", 0) == 0);
}

TEST_CASE("the line glides up to its new place for DynamoDB unless motion is reduced") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 900);
    REQUIRE(host.Click("home.model.aws"));
    float start = app.explore().line_shown;
    REQUIRE(ChooseService(host, "dynamodb"));
    CHECK(app.WantsAnimation());
    float mid = app.explore().line_shown;
    CHECK(mid > start);
    host.Frames(120);
    CHECK_FALSE(app.WantsAnimation());
    CHECK(app.explore().line_shown > mid);
}

TEST_CASE("a setting changes who owns the control: Lambda runtime updates") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 900);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=lambda"));
    host.Frames(2);
    CHECK(Label(host, "model.cell.runtime-patching") == "Runtime patching, AWS Lambda: AWS");
    REQUIRE(host.Click("explore.setting.runtime-update-mode.manual"));
    CHECK(Label(host, "model.cell.runtime-patching") == "Runtime patching, AWS Lambda: Customer");
    REQUIRE(host.Click("model.cell.runtime-patching"));
    CHECK(Label(host, "detail.setting") == "Because Runtime update mode is Manual.");
    REQUIRE(host.Click("explore.setting.package.container-image"));
    CHECK(Label(host, "model.cell.runtime-patching") == "Runtime patching, AWS Lambda: Customer");
}

TEST_CASE("the explorer deep link opens the compare view with the differences marked") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 900);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=rds&compare=ec2"));
    host.Frames(2);
    CHECK(app.screen() == ui::Screen::explore);
    CHECK(app.explore().view == ui::ExploreView::compare);
    CHECK(Label(host, "compare.row.guest-os-patching") == "Guest OS patching: Amazon RDS AWS, Amazon EC2 Customer, changes");
    CHECK(host.Node("compare.row.guest-os-patching")->state == "changed");
    CHECK(Label(host, "compare.row.physical-security").find(", same") != std::string::npos);
    CHECK(Label(host, "compare.summary") == "4 of 16 controls change owner between Amazon RDS and Amazon EC2.");
}

TEST_CASE("matrix: filters narrow the grid and the keyboard opens a cell") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1400, 1000);
    app.ApplyDeepLink(parse_deep_link("?view=matrix&cloud=aws"));
    host.Frames(2);
    CHECK(host.Node("matrix.cell.s3.guest-os-patching") != nullptr);
    app.Apply(ui::intent::SetFilter("bucket"));
    host.Frames(2);
    CHECK(host.Node("matrix.cell.ec2.guest-os-patching") == nullptr);
    CHECK(host.Node("matrix.cell.s3.network-firewall") != nullptr);
    app.Apply(ui::intent::SetFilter(""));
    app.Apply(ui::intent::SetOwnerFilter(int(Owner::shared)));
    host.Frames(2);
    CHECK(host.Node("matrix.cell.rds.database-engine-patching") != nullptr);
    CHECK(host.Node("matrix.cell.ec2.guest-os-patching") == nullptr);
    app.Apply(ui::intent::SetOwnerFilter(-1));
    host.Frames(2);
    REQUIRE(host.Click("matrix.cell.ec2.physical-security"));
    CHECK(app.explore().control_id == "physical-security");
    host.PressKey(ImGuiKey_DownArrow);
    host.PressKey(ImGuiKey_Enter);
    CHECK(app.explore().control_id == "global-infrastructure");
    CHECK(app.explore().service_id == "ec2");
    CHECK(Label(host, "detail.title") == "Hardware and global infrastructure on Amazon EC2: AWS");
}

TEST_CASE("every matrix cell is in the semantics even when the table scrolls sideways") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1280, 900);
    app.ApplyDeepLink(parse_deep_link("?view=matrix&cloud=aws"));
    host.Frames(3);
    CHECK(host.Node("matrix.cell.kms.encryption-in-transit") != nullptr);
    CHECK(host.Node("matrix.cell.dynamodb.encryption-at-rest") != nullptr);
}

TEST_CASE("switching cloud shows that provider's model") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 900);
    REQUIRE(host.Click("home.model.aws"));
    REQUIRE(host.Click("explore.cloud.azure"));
    CHECK(app.explore().model->id == "azure");
    REQUIRE(ChooseService(host, "paas"));
    CHECK(Label(host, "model.cell.operating-system") == "Operating system, PaaS: Microsoft");
    CHECK(Label(host, "model.cell.network-controls") == "Network controls, PaaS: Shared");
}

TEST_CASE("bad deep links become notices and the app still opens") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=nope&colour=red"));
    host.Frames(2);
    CHECK(app.screen() == ui::Screen::explore);
    CHECK(app.explore().service_id == "ec2");
    REQUIRE(app.notices().size() == 2);
    CHECK(Label(host, "notices.item.0") == "Ignored the unknown link parameter \"colour\".");
    CHECK(Label(host, "notices.item.1") == "Ignored service=\"nope\": no such service was loaded.");
    REQUIRE(host.Click("notices.dismiss"));
    CHECK(app.notices().empty());
}

TEST_CASE("lessons: opening one marks it read and asks the platform to save; explore it follows the link") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 900);
    CHECK(Label(host, "home.lessons.progress") == "0 of 7 lessons read.");
    REQUIRE(host.Click("home.lessons.next"));
    CHECK(app.screen() == ui::Screen::lesson);
    CHECK(app.learning().lesson->id == "of-and-in");
    std::vector<ui::PlatformRequest> saves;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        if (r.kind == ui::PlatformRequest::Kind::save_progress) saves.push_back(r);
    REQUIRE(saves.size() == 1);
    CHECK(saves[0].payload.rfind("SRM1|Lof-and-in|Q|C|", 0) == 0);
    CHECK(host.Node("lesson.cell.physical-security") != nullptr);
    REQUIRE(host.Click("lesson.next"));
    CHECK(app.learning().lesson->id == "customer-side");
    CHECK(host.Node("lesson.cell.physical-security") == nullptr); // this lesson shows only the customer's layers
    REQUIRE(host.Click("lesson.explore"));
    CHECK(app.screen() == ui::Screen::explore);
    CHECK(app.explore().service_id == "s3");
    host.PressKey(ImGuiKey_Escape);
    REQUIRE(host.Click("home.lessons"));
    CHECK(Label(host, "lessons.progress").rfind("2 of 7 lessons read.", 0) == 0);
    CHECK(Label(host, "lessons.read.of-and-in") == "\xE2\x9C\x93 Read");
}

TEST_CASE("saved progress is restored, and unreadable progress becomes a notice") {
    ui::App app(BundledCatalog());
    Progress saved;
    saved.lessons_read = {"of-and-in", "line-moves"};
    app.LoadProgress(progress_to_code(saved));
    CHECK(app.learning().progress.lessons_read.size() == 2);
    ui::App broken(BundledCatalog());
    broken.LoadProgress("{{{");
    REQUIRE(broken.notices().size() == 1);
    CHECK(broken.learning().progress.lessons_read.empty());
}

TEST_CASE("resources list every official link as a link node") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 900);
    REQUIRE(host.Click("home.resources"));
    CHECK(app.screen() == ui::Screen::resources);
    int links = 0;
    for (const ui::SemanticNode& n : app.semantics().nodes())
        if (n.role == "link") {
            ++links;
            CHECK(n.href.rfind("https://", 0) == 0);
        }
    CHECK(links == 34);
}

TEST_CASE("on a 390-pixel-wide phone nothing sticks out past the right edge") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 390, 800);
    auto check_page = [&](const char* page) {
        for (const ui::SemanticNode& n : app.semantics().nodes()) {
            if (n.role == "cell" || n.role == "option") continue; // the matrix scrolls sideways by design
            INFO(page, ": ", n.id, " ends at ", n.x + n.w);
            CHECK(n.x + n.w <= 390.5f);
        }
    };
    check_page("home");
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=lambda"));
    host.Frames(3);
    check_page("explore");
    app.ApplyDeepLink(parse_deep_link("?lesson=line-moves"));
    host.Frames(3);
    check_page("lesson");
    app.ApplyDeepLink(parse_deep_link("?view=compare&cloud=aws&service=ec2&compare=rds"));
    host.Frames(3);
    check_page("compare");
}

TEST_CASE("each lesson's \"test yourself\" opens the quiz on its topic") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1200, 1400);
    for (auto [lesson, quiz] : {std::pair<const char*, const char*>{"line-moves", "services"},
                                {"controls-compliance", "controls-compliance"},
                                {"other-clouds", "multi-cloud"}}) {
        app.ApplyDeepLink(parse_deep_link(std::string("?lesson=") + lesson));
        host.Frames(3);
        REQUIRE(host.Click("lesson.quiz"));
        REQUIRE(app.quiz().session);
        CHECK(app.quiz().session->quiz().id == quiz);
    }
}

TEST_CASE("the line is drawn across the stack and says where it falls, per service and settings") {
    ui::App app(BundledCatalog());
    app.SetReducedMotion(true);
    HeadlessHost host(app, 1200, 900);
    REQUIRE(host.Click("home.model.aws"));
    const ui::SemanticNode* line = host.Node("explore.line");
    REQUIRE(line);
    CHECK(line->role == "img");
    CHECK(line->label ==
          "The line for Amazon EC2: between NETWORKING TRAFFIC PROTECTION (ENCRYPTION, INTEGRITY, IDENTITY) and SOFTWARE: COMPUTE, STORAGE, DATABASE, NETWORKING.");
    REQUIRE(ChooseService(host, "rds"));
    CHECK(Label(host, "explore.line") ==
          "The line for Amazon RDS: between NETWORKING TRAFFIC PROTECTION (ENCRYPTION, INTEGRITY, IDENTITY) and SOFTWARE: COMPUTE, STORAGE, DATABASE, NETWORKING.");
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=lambda"));
    host.Frames(2);
    std::string lambda =
        "The line for AWS Lambda: between the top of the stack and SERVER-SIDE ENCRYPTION (FILE SYSTEM AND/OR DATA), "
        "with CUSTOMER DATA; PLATFORM, APPLICATIONS, IDENTITY & ACCESS MANAGEMENT; OPERATING SYSTEM, NETWORK & "
        "FIREWALL CONFIGURATION; CLIENT-SIDE DATA ENCRYPTION & DATA INTEGRITY AUTHENTICATION shared on the line.";
    CHECK(Label(host, "explore.line") == lambda);
    REQUIRE(host.Click("explore.setting.runtime-update-mode.manual")); // runtime patching moves within a shared layer
    CHECK(Label(host, "explore.line") == lambda);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=azure&service=iaas"));
    host.Frames(2);
    CHECK(Label(host, "explore.line") ==
          "The line for IaaS: between RESPONSIBILITY VARIES BY TYPE and PHYSICAL HOSTS, NETWORK AND DATACENTER.");
    REQUIRE(ChooseService(host, "paas"));
    CHECK(Label(host, "explore.line") ==
          "The line for PaaS: between ALWAYS RETAINED BY THE CUSTOMER and PHYSICAL HOSTS, NETWORK AND "
          "DATACENTER, with RESPONSIBILITY VARIES BY TYPE shared on the line.");
}

TEST_CASE("the line lies between the customer's layers above and the provider's below") {
    ui::App app(BundledCatalog());
    app.SetReducedMotion(true);
    HeadlessHost host(app, 1200, 3000);
    REQUIRE(host.Click("home.model.aws"));
    const ui::SemanticNode* line = host.Node("explore.line");
    const ui::SemanticNode* data = host.Node("model.cell.data-classification");
    const ui::SemanticNode* hardware = host.Node("model.cell.physical-security");
    REQUIRE(line);
    REQUIRE(data);
    REQUIRE(hardware);
    CHECK(line->y > data->y + data->h);
    CHECK(line->y + line->h < hardware->y);
}

TEST_CASE("the service picker works from the keyboard: arrows, Enter and typing a name") {
    ui::App app(BundledCatalog());
    app.SetReducedMotion(true);
    HeadlessHost host(app, 1200, 900);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=gcp&service=compute-engine"));
    host.Frames(2);
    REQUIRE(host.Node("explore.service"));
    CHECK(host.Node("explore.service")->role == "combobox");
    CHECK(Label(host, "explore.service") == "Service: Compute Engine");
    ui::RequestFocus("explore.service");
    host.Frames(2);
    host.PressKey(ImGuiKey_Enter);
    REQUIRE(host.Node("model.service.gke"));
    CHECK(host.Node("model.service.gke")->role == "option");
    CHECK(host.Node("model.service.compute-engine")->state.find("selected") != std::string::npos);
    host.PressKey(ImGuiKey_DownArrow);
    host.PressKey(ImGuiKey_Enter);
    CHECK(app.explore().service_id == "gke");
    CHECK(host.Node("model.service.gke") == nullptr); // the list closed
    ui::RequestFocus("explore.service");
    host.Frames(2);
    host.PressKey(ImGuiKey_Enter);
    host.TypeText("Cloud S");
    host.PressKey(ImGuiKey_Enter);
    CHECK(app.explore().service_id == "cloud-sql");
    CHECK(Label(host, "explore.line").rfind("The line for Cloud SQL", 0) == 0);
}

TEST_CASE("on a phone, the line is in view after choosing a service, without scrolling by hand") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 390, 844);
    app.ApplyDeepLink(parse_deep_link("?view=explore&cloud=aws&service=ec2"));
    host.Frames(2);
    for (const char* service : {"dynamodb", "rds", "lambda", "ec2"}) {
        CAPTURE(service);
        REQUIRE(ChooseService(host, service));
        host.Frames(60);
        const ui::SemanticNode* line = host.Node("explore.line");
        REQUIRE(line);
        CHECK(line->y >= 0);
        CHECK(line->y + line->h <= 844);
    }
}
