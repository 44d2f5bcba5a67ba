// The worksheet as link parameters and as a pasteable code: round trips, the deep link, and
// hostile input (damaged codes, unknown ids, separators in free text, oversized values).
#include "deep_link.h"
#include "fixtures.h"
#include "text_codes.h"
#include "worksheet_codec.h"
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

CellRef Ref(const std::string& service, const std::string& control) {
    CellRef r;
    r.service = service;
    r.control = control;
    return r;
}

// Every part a worksheet can hold, with free text full of the codec's own separators.
Worksheet Full() {
    Worksheet ws;
    ws.cloud = "test";
    StackService vm;
    vm.id = "vm";
    vm.settings = {{"patch-mode", "managed"}};
    StackService store;
    store.id = "store";
    ws.services = {store, vm};
    ThirdParty team;
    team.name = "Our platform team: ops, infra | 24/7 ~ \xC3\xA9quipe";
    team.duties = {Ref("vm", "classification")};
    ws.parties = {team};
    DutyMark done;
    done.status = DutyStatus::done;
    done.owner = "Ana_B, night:shift";
    done.evidence = "https://wiki.example.com/a?b=1,2&c=d:e#f~g";
    DutyMark planned;
    planned.status = DutyStatus::planned;
    DutyMark na;
    na.status = DutyStatus::not_applicable;
    na.evidence = "https://tickets.example.com/T-9";
    ws.marks = {{Ref("vm", "classification"), done}, {Ref("store", "classification"), planned}, {Ref("vm", "patching"), na}};
    return ws;
}

void CheckSame(const Worksheet& a, const Worksheet& b) {
    CHECK(a.cloud == b.cloud);
    REQUIRE(a.services.size() == b.services.size());
    for (size_t i = 0; i < a.services.size(); ++i) {
        CHECK(a.services[i].id == b.services[i].id);
        CHECK(a.services[i].settings == b.services[i].settings);
    }
    REQUIRE(a.parties.size() == b.parties.size());
    for (size_t i = 0; i < a.parties.size(); ++i) {
        CHECK(a.parties[i].name == b.parties[i].name);
        CHECK(a.parties[i].duties == b.parties[i].duties);
    }
    REQUIRE(a.marks.size() == b.marks.size());
    for (const auto& [ref, mark] : a.marks) {
        REQUIRE(b.marks.count(ref));
        CHECK(b.marks.at(ref).status == mark.status);
        CHECK(b.marks.at(ref).owner == mark.owner);
        CHECK(b.marks.at(ref).evidence == mark.evidence);
    }
}

} // namespace

TEST_CASE("the link parameters are short, URL-safe and read back to the same worksheet") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    Worksheet ws = Full();
    REQUIRE(tidy_worksheet(m, ws).empty());
    WorksheetParams p = worksheet_params(ws);
    CHECK(p.services == "store,vm");
    CHECK(p.settings == "vm.patch-mode:managed");
    CHECK(p.marks.find(
              "vm.classification:d:Ana~5FB~2C_night~3Ashift:https~3A//wiki.example.com/a~3Fb~3D1~2C2~26c~3Dd~3Ae~23f~7Eg") !=
          std::string::npos);
    CHECK(p.marks.find("store.classification:p") != std::string::npos);
    for (const std::string* v : {&p.services, &p.settings, &p.parties, &p.marks}) CHECK(is_worksheet_param(*v));

    std::vector<Problem> problems;
    Worksheet back = read_worksheet_params(p, m, problems);
    CHECK(problems.empty());
    CheckSame(ws, back);
}

TEST_CASE("view=stack travels in the deep link and back") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    Worksheet ws = Full();
    REQUIRE(tidy_worksheet(m, ws).empty());
    DeepLink link;
    link.view = "stack";
    link.cloud = "test";
    link.stack = worksheet_params(ws);
    std::string query = format_deep_link(link);
    CHECK(query.rfind("?view=stack&cloud=test&services=store,vm&set=vm.patch-mode:managed&parties=Our_platform_team~3A",
                      0) == 0);

    DeepLink parsed = parse_deep_link(query);
    CHECK(parsed.notices.empty());
    CHECK(parsed.view == "stack");
    std::vector<Problem> problems;
    CheckSame(ws, read_worksheet_params(parsed.stack, m, problems));
    CHECK(problems.empty());

    // A browser may percent-encode the commas and colons; it reads the same.
    DeepLink encoded = parse_deep_link("?view=stack&cloud=test&services=store%2Cvm&set=vm.patch-mode%3Amanaged");
    CHECK(encoded.stack.services == "store,vm");
    CHECK(encoded.stack.settings == "vm.patch-mode:managed");
}

TEST_CASE("link parameters: unknown values are located, the rest is kept") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    DeepLink link = parse_deep_link(
        "?view=stack&cloud=test&services=vm,Bad!,nosuch,store&set=vm.patch-mode:weekly,vm.colour:red,"
        "junk,store.x:y&parties=Team:vm.physical:vm.patching,NoDuties&marks=vm.patching:x,vm.classification:d:A~zz,"
        "store.classification:d:Bea:http~3A//x.example,vm.classification:p");
    REQUIRE(link.notices.size() == 1); // "Bad!" has a character a worksheet never writes
    CHECK(english(link.notices[0]) == "Ignored services=\"vm,Bad!,nosuch,store\": not a valid value.");
    link.stack.services = "vm,BAD,nosuch,store";
    std::vector<Problem> problems;
    Worksheet ws = read_worksheet_params(link.stack, m, problems);
    std::vector<std::string> expected = {
        "services entry 2 \"BAD\": expected a service id.",
        "set entry 3 \"junk\": expected service.setting:option.",
        "parties entry 2 \"NoDuties\": expected name:service.control:....",
        "marks entry 1 \"vm.patching:x\": expected service.control:status[:owner[:evidence]].",
        "marks entry 2 \"vm.classification:d:A~zz\": expected service.control:status[:owner[:evidence]].",
        "set: Cloudco VM has no setting \"colour\". Its settings: patch-mode.",
        "set: vm.patch-mode has no option \"weekly\"; choose self or managed.",
        "services: the Cloudco model has no service \"nosuch\".",
        "set: Cloudco Store has no setting \"x\".",
        "parties: Team takes vm/physical, which is not the team's to hand over: Cloudco owns it, or it does not apply.",
        "marks: the evidence of store/classification is not an https link; it was cleared.",
    };
    CHECK(english(problems) == expected);
    REQUIRE(ws.services.size() == 2);
    CHECK(ws.parties.size() == 1);
    CHECK(ws.parties[0].duties == std::vector<CellRef>{Ref("vm", "patching")});
    CHECK(ws.marks.size() == 2);
    CHECK(ws.marks[Ref("vm", "classification")].status == DutyStatus::planned); // the last mark of a cell wins
    CHECK(ws.marks[Ref("store", "classification")].owner == "Bea");
}

TEST_CASE("the code round-trips with a checksum, and a damaged code says so and changes nothing") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    std::vector<ResponsibilityModel> models = {m};
    Worksheet ws = Full();
    REQUIRE(tidy_worksheet(m, ws).empty());
    std::string code = worksheet_code(ws);
    CHECK(code.rfind("SRMS1|test|store,vm|vm.patch-mode:managed|", 0) == 0);
    CHECK(code.find(' ') == std::string::npos);

    Worksheet back;
    std::vector<Problem> problems;
    CHECK(worksheet_from_code("  " + code + "\n", models, back, problems));
    CHECK(problems.empty());
    CheckSame(ws, back);

    // One character changed: the checksum catches it, and the worksheet in hand is kept.
    std::string damaged = code;
    damaged[12] = damaged[12] == 'v' ? 'w' : 'v';
    Worksheet kept = back;
    problems.clear();
    CHECK_FALSE(worksheet_from_code(damaged, models, kept, problems));
    REQUIRE(problems.size() == 1);
    CHECK(english(problems[0]).find("damaged") != std::string::npos);
    CheckSame(back, kept);

    problems.clear();
    CHECK_FALSE(worksheet_from_code(code.substr(0, code.size() - 3), models, kept, problems));
    CHECK(english(problems.at(0)).find("damaged") != std::string::npos);
    problems.clear();
    CHECK_FALSE(worksheet_from_code("SRMS2|test||||", models, kept, problems));
    CHECK(english(problems.at(0)).find("another version") != std::string::npos);
    problems.clear();
    CHECK_FALSE(worksheet_from_code("SRM1|L|Q|C|00000000", models, kept, problems));
    CHECK(english(problems.at(0)).find("not a worksheet code") != std::string::npos);
    problems.clear(); // a workshop results code is not a worksheet code either
    CHECK_FALSE(worksheet_from_code("SRMW1|7KQ2M-X4D9A|ana|0.1|50|0badc0de", models, kept, problems));
    CHECK(english(problems.at(0)).find("not a worksheet code") != std::string::npos);
    problems.clear();
    std::string body = "SRMS1|mars|vm|||";
    CHECK_FALSE(worksheet_from_code(body + "|" + fnv1a_hex(body), models, kept, problems));
    CHECK(english(problems.at(0)) ==
          "This worksheet code is for the cloud \"mars\", which this copy of SRM Trainer does not have.");
    problems.clear();
    body = "SRMS1|test|vm||"; // a section short
    CHECK_FALSE(worksheet_from_code(body + "|" + fnv1a_hex(body), models, kept, problems));
    CheckSame(back, kept);
}

TEST_CASE("hostile codes and parameters are bounded before anything is split") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    std::vector<ResponsibilityModel> models = {m};
    Worksheet out;
    std::vector<Problem> problems;
    std::string huge = "SRMS1|test|" + std::string(kWorksheetCodeLimit, ',') + "||||0";
    CHECK_FALSE(worksheet_from_code(huge, models, out, problems));
    CHECK(english(problems.at(0)).find("at most") != std::string::npos);

    // Within the limit, a flood of entries stops at the bound with one problem.
    std::string many;
    for (int i = 0; i < 1500; ++i) many += (many.empty() ? "" : ",") + std::string("vm");
    WorksheetParams p;
    p.services = many;
    problems.clear();
    Worksheet ws = read_worksheet_params(p, m, problems);
    CHECK(ws.services.size() == 1);
    CHECK(std::count_if(problems.begin(), problems.end(),
                        [](const Problem& s) { return english(s).find("more than") != std::string::npos; }) == 1);

    // Separators, escapes and control characters in free text never split a field.
    WorksheetParams tricky;
    tricky.services = "vm";
    tricky.parties = "~3A~2C~7C~0A:vm.classification";
    tricky.marks = "vm.classification:d:~00";
    problems.clear();
    Worksheet t = read_worksheet_params(tricky, m, problems);
    REQUIRE(t.parties.empty()); // a name with a line break is refused
    CHECK(t.marks.at(Ref("vm", "classification")).owner.empty());
    CHECK(t.marks.at(Ref("vm", "classification")).status == DutyStatus::done);
    CHECK(problems.size() == 2);

    // A value of the wrong shape is refused whole by the link, with a notice.
    DeepLink link = parse_deep_link("?view=stack&marks=" + std::string(kWorksheetCodeLimit + 1, 'a'));
    CHECK(link.stack.marks.empty());
    CHECK(link.notices.size() == 1);
}
