// "Your stack": the worksheet a team reads for its own services, its checks against the model,
// the Markdown and CSV exports, and the team's quiz drawn from it.
#include "fixtures.h"
#include "worksheet_export.h"
#include "worksheet_training.h"
#include <doctest/doctest.h>
#include <algorithm>

using namespace srm;

namespace {

ResponsibilityModel Load(const std::string& text) {
    ResponsibilityModel m;
    Diagnostics diags;
    bool ok = load_model(text, "m.json", "2026-11-29", m, diags);
    INFO(format_all(diags));
    CHECK(ok);
    return m;
}

StackService Pick(const std::string& id, SettingChoice settings = {}) {
    StackService s;
    s.id = id;
    s.settings = std::move(settings);
    return s;
}

CellRef Ref(const std::string& service, const std::string& control) {
    CellRef r;
    r.service = service;
    r.control = control;
    return r;
}

Worksheet VmAndStore() {
    Worksheet ws;
    ws.cloud = "test";
    ws.services = {Pick("vm"), Pick("store")};
    return ws;
}

const WorksheetGroup* Group(const WorksheetView& view, const std::string& control) {
    for (const WorksheetGroup& g : view.groups)
        if (g.control->id == control) return &g;
    return nullptr;
}

} // namespace

TEST_CASE("the worksheet lists the team's duties per control and sums up the provider's side") {
    ResponsibilityModel m = Load(fixtures::kModel);
    Worksheet ws = VmAndStore();
    CHECK(tidy_worksheet(m, ws).empty());
    WorksheetView view = compute_worksheet(m, ws);
    REQUIRE(view.groups.size() == 2);
    CHECK(view.groups[0].control->id == "classification");
    REQUIRE(view.groups[0].duties.size() == 2);
    CHECK(view.groups[0].duties[0].service->id == "vm");
    CHECK(view.groups[0].duties[1].service->id == "store");
    CHECK(view.groups[0].duties[0].ownership->explanation == "Yours.");
    CHECK(view.groups[0].split_differently.empty());
    // Patching is the team's on the VM and the provider's on the store: the worksheet says so.
    const WorksheetGroup* patching = Group(view, "patching");
    REQUIRE(patching);
    REQUIRE(patching->duties.size() == 1);
    CHECK(patching->duties[0].ownership->source == "https://example.com/b");
    REQUIRE(patching->split_differently.size() == 2);
    CHECK(patching->split_differently[1].ownership->owner == Owner::provider);
    REQUIRE(view.provider_side.size() == 2);
    CHECK(view.provider_side[0].controls.size() == 1); // vm: physical
    CHECK(view.provider_side[1].controls.size() == 2); // store: patching, physical
    CHECK(view.open_duties() == 3);
}

TEST_CASE("a setting moves the line, and the duty shows the variant it comes from") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    Worksheet ws;
    ws.cloud = "test";
    ws.services = {Pick("vm", {{"patch-mode", "managed"}})};
    CHECK(tidy_worksheet(m, ws).empty());
    WorksheetView view = compute_worksheet(m, ws);
    CHECK_FALSE(Group(view, "patching"));
    CHECK(view.provider_side[0].controls.size() == 2);

    // A duty under a variant names the variant.
    ResponsibilityModel plain =
        Load(fixtures::replace(fixtures::model_with_settings(), R"("option": "managed", "owner": "provider")",
                               R"("option": "managed", "owner": "shared")"));
    WorksheetView shared = compute_worksheet(plain, ws);
    const WorksheetGroup* patching = Group(shared, "patching");
    REQUIRE(patching);
    REQUIRE(patching->duties[0].variant);
    CHECK(patching->duties[0].variant->option == "managed");
    CHECK(patching->duties[0].ownership->explanation == "Managed patching.");
}

TEST_CASE("tidying drops what does not fit the model, one problem in words each") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    Worksheet ws;
    ws.cloud = "test";
    ws.services = {Pick("vm", {{"patch-mode", "weekly"}, {"colour", "blue"}}), Pick("nosuch"), Pick("vm"), Pick("store")};
    ThirdParty team;
    team.name = "Our platform team";
    team.duties = {Ref("vm", "patching"), Ref("vm", "physical"), Ref("db", "patching")};
    ThirdParty unnamed;
    unnamed.name = "\x01";
    ThirdParty contractor;
    contractor.name = "Contractor";
    contractor.duties = {Ref("vm", "patching")};
    ws.parties = {team, unnamed, contractor};
    DutyMark good;
    good.status = DutyStatus::done;
    good.owner = "Ana";
    good.evidence = "https://wiki.example.com/runbook";
    DutyMark bad_link = good;
    bad_link.evidence = "javascript:alert(1)";
    ws.marks = {{Ref("vm", "patching"), good}, {Ref("vm", "classification"), bad_link}, {Ref("db", "x"), good}};

    std::vector<std::string> problems = english(tidy_worksheet(m, ws));
    INFO(problems.size());
    auto said = [&](const std::string& words) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const std::string& p) { return p.find(words) != std::string::npos; });
    };
    CHECK(said("set: vm.patch-mode has no option \"weekly\"; choose self or managed."));
    CHECK(said("set: Cloudco VM has no setting \"colour\". Its settings: patch-mode."));
    CHECK(said("services: the Cloudco model has no service \"nosuch\"."));
    CHECK(said("services: vm is listed twice"));
    CHECK(said("parties: Our platform team takes vm/physical, which is not the team's to hand over"));
    CHECK(said("parties: Our platform team takes \"db/patching\", which is not a cell of a selected service."));
    CHECK(said("parties: \"?\" is not a usable name"));
    CHECK(said("marks: the evidence of vm/classification is not an https link; it was cleared."));
    CHECK(said("marks: \"db/x\" is not a cell of a selected service"));
    CHECK(said("parties: vm/patching is named twice, for Our platform team and Contractor; Our platform team keeps it."));
    CHECK(problems.size() == 10);

    REQUIRE(ws.services.size() == 2);
    CHECK(ws.services[0].settings.empty());
    REQUIRE(ws.parties.size() == 2);
    CHECK(ws.parties[0].duties == std::vector<CellRef>{Ref("vm", "patching")});
    CHECK(ws.parties[1].duties.empty());
    REQUIRE(ws.marks.size() == 2);
    CHECK(ws.marks[Ref("vm", "classification")].evidence.empty());
    CHECK(ws.marks[Ref("vm", "classification")].owner == "Ana");

    WorksheetView view = compute_worksheet(m, ws);
    const WorksheetGroup* patching = Group(view, "patching");
    REQUIRE(patching);
    CHECK(patching->duties[0].third_party == "Our platform team");
    CHECK(patching->duties[0].mark.status == DutyStatus::done);
}

TEST_CASE("evidence links are https pages with a host and nothing that could break out") {
    CHECK(is_evidence_link("https://wiki.example.com/team/runbook#patching"));
    CHECK_FALSE(is_evidence_link("http://wiki.example.com/"));
    CHECK_FALSE(is_evidence_link("https://"));
    CHECK_FALSE(is_evidence_link("https:///evil"));
    CHECK_FALSE(is_evidence_link("https://wiki.example.com/a b"));
    CHECK_FALSE(is_evidence_link("https://wiki.example.com/\"><script>"));
    CHECK_FALSE(is_evidence_link("https://wiki.example.com/" + std::string(300, 'a')));
    CHECK_FALSE(is_evidence_link(" https://wiki.example.com/"));
}

TEST_CASE("Markdown: a table per control, sources as links, pipes escaped, the marks and the provider's side") {
    ResponsibilityModel m =
        Load(fixtures::replace(fixtures::kModel, "\"You patch the guest.\"", "\"You patch the guest | all of it.\""));
    Worksheet ws = VmAndStore();
    DutyMark mark;
    mark.status = DutyStatus::planned;
    mark.owner = "Ops | night shift";
    mark.evidence = "https://tickets.example.com/T-1_(x)";
    ws.marks[Ref("vm", "patching")] = mark;
    ThirdParty team;
    team.name = "Platform team";
    team.duties = {Ref("vm", "classification")};
    ws.parties = {team};
    REQUIRE(tidy_worksheet(m, ws).empty());
    std::string md = worksheet_markdown(m, ws);
    CHECK(md.rfind("# Your stack: Cloudco\n", 0) == 0);
    CHECK(md.find("- Services: Cloudco VM; Cloudco Store\n") != std::string::npos);
    CHECK(md.find("- Third parties: Platform team (Cloudco VM: Data classification)\n") != std::string::npos);
    CHECK(md.find("- Open or planned duties: 3 of 3\n") != std::string::npos);
    CHECK(md.find("\n## Guest OS patching\n\nSplit differently: Cloudco VM: Customer; Cloudco Store: Cloudco\n") !=
          std::string::npos);
    CHECK(md.find(
              "| Cloudco VM | Customer |  | You patch the guest \\| all of it. |  | [example.com](https://example.com/b) | "
              "2026-01-02 | planned | Ops \\| night shift | [tickets.example.com](https://tickets.example.com/T-1_%28x%29) |\n") !=
          std::string::npos);
    CHECK(md.find("| Cloudco VM | Customer | Platform team | Yours. |") != std::string::npos);
    CHECK(md.find("\n## The provider's side\n\n- Cloudco VM (1 of 3 controls): Physical security\n- Cloudco Store (2 of 3 controls): Guest OS patching, Physical security\n") !=
          std::string::npos);
}

TEST_CASE("CSV: one row per duty, always quoted, formulas neutralised, words from one table") {
    ResponsibilityModel m = Load(fixtures::kModel);
    Worksheet ws = VmAndStore();
    DutyMark mark;
    mark.status = DutyStatus::not_applicable;
    mark.owner = "=HYPERLINK(\"https://evil.example\")";
    ws.marks[Ref("store", "classification")] = mark;
    REQUIRE(tidy_worksheet(m, ws).empty());
    std::string csv = worksheet_csv(m, ws);
    CHECK(csv.rfind("\"Control\",\"Service\",\"Setting\",\"Responsibility\",\"Taken by\",\"Explanation\",\"Provider default\","
                    "\"Source\",\"Last checked\",\"Status\",\"Owner\",\"Evidence\",\"Split differently\"\r\n",
                    0) == 0);
    CHECK(csv.find("\"Data classification\",\"Cloudco Store\",\"\",\"Customer\",\"\",\"Yours.\",\"\",\"https://example.com/a\","
                   "\"2026-01-02\",\"not applicable\",\"'=HYPERLINK(\"\"https://evil.example\"\")\",\"\",\"\"\r\n") !=
          std::string::npos);
    CHECK(csv.find("\"Cloudco VM: Customer; Cloudco Store: Cloudco\"\r\n") != std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 4);

    WorksheetWords french;
    french.control = "Contr\xC3\xB4le";
    french.status_not_applicable = "sans objet";
    std::string translated = worksheet_csv(m, ws, french);
    CHECK(translated.rfind("\"Contr\xC3\xB4le\",", 0) == 0);
    CHECK(translated.find("\"sans objet\"") != std::string::npos);
}

TEST_CASE("train this team: the questions that name the selection's cells, and cell-less ones on the same concepts") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    Worksheet ws;
    ws.cloud = "test";
    ws.services = {Pick("vm")};
    std::vector<TeamQuiz> team = team_training(catalog, ws);
    REQUIRE(team.size() == 1);
    // s1 names vm/patching and c1 has an item on vm/physical; m1, t1, o1 and the scenario name no
    // cell and teach their concepts; the matrix of the store stays out.
    CHECK(team[0].question_ids == std::vector<std::string>{"s1", "m1", "t1", "c1", "o1", "sc1"});
    ws.services = {Pick("store")};
    team = team_training(catalog, ws);
    REQUIRE(team.size() == 1);
    CHECK(std::find(team[0].question_ids.begin(), team[0].question_ids.end(), "x1") != team[0].question_ids.end());
    CHECK(std::find(team[0].question_ids.begin(), team[0].question_ids.end(), "s1") == team[0].question_ids.end());
    Worksheet elsewhere;
    elsewhere.cloud = "nosuch";
    CHECK(team_training(catalog, elsewhere).empty());
}

#ifndef __EMSCRIPTEN__
#include <fstream>
#include <sstream>

static std::string ReadSource(const std::string& path) {
    std::ifstream in(std::string(SRM_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST_CASE("train this team on the bundled content: AWS ec2, rds, lambda") {
    ContentCatalog catalog("2026-11-30");
    for (const char* path :
         {"assets/models/aws.json", "assets/models/azure.json", "assets/models/gcp.json", "quizzes/fundamentals.json",
          "quizzes/services.json", "quizzes/logging-keys-identity.json", "quizzes/multi-cloud.json"})
        catalog.add_file(path, ReadSource(path));
    catalog.finish();
    REQUIRE(catalog.error_count() == 0);
    Worksheet ws;
    ws.cloud = "aws";
    ws.services = {Pick("ec2"), Pick("rds"), Pick("lambda")};
    std::vector<TeamQuiz> team = team_training(catalog, ws);
    std::vector<std::string> all;
    for (const TeamQuiz& t : team) all.insert(all.end(), t.question_ids.begin(), t.question_ids.end());
    auto has = [&](const std::string& id) { return std::find(all.begin(), all.end(), id) != all.end(); };
    // Generated questions on the defaults of rds cells come in; those of other services do not.
    CHECK(has("gen-default-aws-rds-backups-resilience"));
    CHECK_FALSE(has("gen-default-aws-s3-encryption-at-rest"));
    // Generated owner questions of the services quiz are on ebs, sqs, emr and kms only.
    for (const std::string& id : all) {
        INFO(id);
        CHECK(id.rfind("gen-aws-ebs", 0) != 0);
    }
    // Every question that names a cell names one of the selection's.
    for (const TeamQuiz& t : team)
        for (const Question& q : t.quiz->questions)
            if (std::find(t.question_ids.begin(), t.question_ids.end(), q.id) != t.question_ids.end() && !q.cell.empty()) {
                INFO(q.cell);
                CHECK((q.cell.rfind("aws/ec2/", 0) == 0 || q.cell.rfind("aws/rds/", 0) == 0 ||
                       q.cell.rfind("aws/lambda/", 0) == 0));
            }
    // Azure and Google Cloud questions of the multi-cloud quiz stay out.
    for (const TeamQuiz& t : team)
        for (const Question& q : t.quiz->questions)
            if (std::find(t.question_ids.begin(), t.question_ids.end(), q.id) != t.question_ids.end()) {
                INFO(q.id);
                CHECK(std::find(q.tags.begin(), q.tags.end(), "azure") == q.tags.end());
            }
    CHECK(all.size() >= 10);
}
#endif
