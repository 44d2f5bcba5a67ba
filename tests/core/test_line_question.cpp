// "Move the line" questions: reading and their errors, where the line falls (clean or not) on
// the fixture model and on the bundled AWS, Azure and Google Cloud models, scoring with shared
// layers, generated questions, responses that fit, words, and a room's results codes.
#include "model_queries.h"
#include "question_types/question_type.h"
#include "room_summary.h"
#include "text_codes.h"
#include "workshop_helpers.h"
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using namespace srm;

namespace {

ContentCatalog LineCatalog(const std::string& quiz, const std::string& model = fixtures::model_with_settings()) {
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", model);
    catalog.add_file("quizzes/line.json", quiz);
    catalog.finish();
    return catalog;
}

const Question* Find(const Quiz& quiz, const std::string& id) {
    for (const Question& q : quiz.questions)
        if (q.id == id) return &q;
    return nullptr;
}

// The diagnostics of the quiz file, as "pointer id" lines.
std::string QuizProblems(const ContentCatalog& catalog) {
    std::string out;
    for (const ContentEntry& e : catalog.entries())
        if (e.path == "quizzes/line.json")
            for (const Diagnostic& d : e.diagnostics) out += d.pointer + " " + d.id + "\n";
    return out;
}

Response Line(int k) {
    Response r;
    r.values = {k};
    return r;
}

// A line question on the fixture model with `fields` in place of its service.
std::string OneQuestion(const std::string& fields) {
    return fixtures::replace(fixtures::kQuizLine, R"("model": "test", "service": "vm",
     "prompt": "Place the line for Cloudco VM.")",
                             R"("model": "test", )" + fields + R"(,
     "prompt": "Place the line for Cloudco VM.")");
}

} // namespace

TEST_CASE("an authored line question gets its layers and right boundaries from the model") {
    ContentCatalog catalog = LineCatalog(fixtures::kQuizLine);
    REQUIRE(catalog.quizzes().size() == 1);
    CHECK(QuizProblems(catalog).empty());
    const Question* q = Find(catalog.quizzes()[0], "vm-line");
    REQUIRE(q);
    CHECK(q->type == QuestionType::line);
    CHECK(q->layer_labels == std::vector<std::string>{"CUSTOMER DATA", "OPERATING SYSTEM", "HARDWARE"});
    CHECK(q->line_lowest == 2);
    CHECK(q->line_highest == 2);
    // Managed patching hands the OS layer to the provider: the line moves up one layer.
    const Question* managed = Find(catalog.quizzes()[0], "vm-managed-line");
    REQUIRE(managed);
    CHECK(managed->settings == std::map<std::string, std::string>{{"patch-mode", "managed"}});
    CHECK(managed->line_lowest == 1);
    CHECK(managed->line_highest == 1);
}

TEST_CASE("line questions name a known service, known settings and a service with a clean line") {
    auto problems = [](const std::string& fields) { return QuizProblems(LineCatalog(OneQuestion(fields))); };
    CHECK(problems(R"("servic": "vm")") == "/questions/0 missing-field\n");
    CHECK(problems(R"("service": "db")") == "/questions/0/service unknown-id\n");
    CHECK(problems(R"("service": "vm", "settings": {"patch-mode": "weekly"})") ==
          "/questions/0/settings/patch-mode unknown-id\n");
    CHECK(problems(R"("service": "vm", "settings": {"colour": "blue"})") == "/questions/0/settings/colour unknown-id\n");
    CHECK(problems(R"("service": "vm", "settings": {"patch-mode": 2})") == "/questions/0/settings/patch-mode wrong-type\n");
    CHECK(problems(R"("service": "vm", "settings": ["patch-mode"])") == "/questions/0/settings wrong-type\n");
    CHECK(problems(R"("service": "vm", "settings": {"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6", "g": "7", "h": "8", "i": "9"})") ==
          "/questions/0/settings too-many\n");
    // The store's data layer belongs to the platform team: no line between customer and provider.
    CHECK(problems(R"("service": "store")") == "/questions/0/service no-clean-line\n");
    ContentCatalog bad = LineCatalog(OneQuestion(R"("service": "store")"));
    CHECK(Find(bad.quizzes()[0], "vm-line") == nullptr); // left out of the quiz
}

TEST_CASE("a clean line has no layer the provider owns alone above one the customer owns alone") {
    ResponsibilityModel m = LineCatalog(fixtures::kQuizLine).models().at(0);
    LineBoundary vm = line_boundary(m, "vm");
    CHECK(vm.clean);
    CHECK(vm.layers.size() == 3);
    CHECK(vm.owners == std::vector<Owner>{Owner::customer, Owner::customer, Owner::provider});
    CHECK((vm.customer_last == 1 && vm.provider_first == 2));
    CHECK_FALSE(line_boundary(m, "store").clean); // a third party's layer
    // A layer no control applies to is left off the diagram.
    ResponsibilityModel no_os = m;
    for (Cell& c : no_os.cells)
        if (c.service == "vm" && c.control == "patching") c.owner = Owner::not_applicable;
    LineBoundary without = line_boundary(no_os, "vm");
    CHECK(without.clean);
    CHECK(without.layers.size() == 2);
    CHECK((without.lowest() == 1 && without.highest() == 1));
    // The provider above the customer is not a line.
    ResponsibilityModel upside_down = m;
    for (Cell& c : upside_down.cells)
        if (c.service == "vm") c.owner = c.control == "classification" ? Owner::provider : Owner::customer;
    CHECK_FALSE(line_boundary(upside_down, "vm").clean);
    // All on one side is not a line either, nor are layers all shared: some layer must be owned alone.
    ResponsibilityModel all_mine = m;
    for (Cell& c : all_mine.cells) c.owner = c.service == "vm" ? Owner::customer : c.owner;
    CHECK_FALSE(line_boundary(all_mine, "vm").clean);
    ResponsibilityModel all_shared = m;
    for (Cell& c : all_shared.cells) c.owner = c.service == "vm" ? Owner::shared : c.owner;
    CHECK_FALSE(line_boundary(all_shared, "vm").clean);
    // One shared layer above the provider's: either side of it is right.
    ResponsibilityModel one_shared = all_mine;
    for (Cell& c : one_shared.cells)
        if (c.service == "vm")
            c.owner = c.control == "classification" ? Owner::shared
                      : c.control == "patching"     ? Owner::not_applicable
                                                    : Owner::provider;
    LineBoundary shared = line_boundary(one_shared, "vm");
    CHECK(shared.clean);
    CHECK((shared.lowest() == 0 && shared.highest() == 1));
    // A shared layer above a customer layer is on the customer's side: shared, customer, provider.
    ResponsibilityModel shared_on_top = m;
    for (Cell& c : shared_on_top.cells)
        if (c.service == "vm" && c.control == "classification") c.owner = Owner::shared;
    LineBoundary on_top = line_boundary(shared_on_top, "vm");
    CHECK(on_top.clean);
    CHECK((on_top.lowest() == 2 && on_top.highest() == 2));
    // A shared layer below a provider layer is on the provider's side: customer, provider, shared.
    ResponsibilityModel shared_below = m;
    for (Cell& c : shared_below.cells)
        if (c.service == "vm")
            c.owner = c.control == "classification" ? Owner::customer
                      : c.control == "patching"     ? Owner::provider
                                                    : Owner::shared;
    LineBoundary below = line_boundary(shared_below, "vm");
    CHECK(below.clean);
    CHECK((below.lowest() == 1 && below.highest() == 1));
    // The settings-aware layer owner follows variants.
    CHECK(layer_owner(m, "os", "vm", {}) == Owner::customer);
    CHECK(layer_owner(m, "os", "vm", {{"patch-mode", "managed"}}) == Owner::provider);
}

TEST_CASE("a line scores 1 on any right boundary, 0.5 one layer off and 0 further") {
    // Guest OS patching shared: customer data, then a shared OS layer, then hardware.
    std::string model = fixtures::replace(fixtures::kModel, R"("control": "patching", "owner": "customer")",
                                          R"("control": "patching", "owner": "shared")");
    ContentCatalog catalog = LineCatalog(fixtures::kQuizLine, model);
    const Quiz& quiz = catalog.quizzes().at(0);
    const Question* vm = Find(quiz, "vm-line");
    REQUIRE(vm);
    CHECK((vm->line_lowest == 1 && vm->line_highest == 2));
    CHECK(score_response(*vm, Line(0)) == 0.5);
    CHECK(score_response(*vm, Line(1)) == 1); // the shared layer below the line
    CHECK(score_response(*vm, Line(2)) == 1); // or above it
    CHECK(score_response(*vm, Line(3)) == 0.5);
    const Question* store = Find(quiz, "gen-line-test-store");
    REQUIRE(store);
    CHECK((store->line_lowest == 1 && store->line_highest == 1));
    CHECK(score_response(*store, Line(1)) == 1);
    CHECK(score_response(*store, Line(0)) == 0.5);
    CHECK(score_response(*store, Line(2)) == 0.5);
    CHECK(score_response(*store, Line(3)) == 0);
    CHECK(score_response(*store, Response()) == 0);
}

TEST_CASE("generated line questions: one per listed service with a clean line, others left out silently") {
    ContentCatalog catalog = LineCatalog(fixtures::kQuizLine);
    const Quiz& quiz = catalog.quizzes().at(0);
    CHECK(QuizProblems(catalog).empty());
    const Question* vm = Find(quiz, "gen-line-test-vm");
    REQUIRE(vm);
    CHECK(vm->generated);
    CHECK(vm->type == QuestionType::line);
    CHECK(vm->prompt ==
          "Where does the responsibility line fall for Cloudco VM? Place it between the layers you look after and the layers Cloudco looks after.");
    CHECK(vm->explanation ==
          "For Cloudco VM, you look after CUSTOMER DATA and OPERATING SYSTEM; Cloudco looks after HARDWARE.");
    CHECK(vm->sources == std::vector<std::string>{"https://example.com/srm"});
    CHECK(vm->concepts == std::vector<std::string>{"line-moves"});
    CHECK(Find(quiz, "gen-line-test-store") == nullptr); // the platform team's layer: no clean line

    std::string shared_model = fixtures::replace(fixtures::kModel, R"("control": "patching", "owner": "customer")",
                                                 R"("control": "patching", "owner": "shared")");
    ContentCatalog shared = LineCatalog(fixtures::kQuizLine, shared_model);
    const Question* with_shared = Find(shared.quizzes().at(0), "gen-line-test-vm");
    REQUIRE(with_shared);
    CHECK(with_shared->explanation ==
          "For Cloudco VM, you look after CUSTOMER DATA; Cloudco looks after HARDWARE. Shared, so the line may pass on either side: OPERATING SYSTEM.");

    // A quiz in French words its generated questions in French (the model's labels come from its translation).
    Quiz french;
    french.lang = "fr";
    const ResponsibilityModel& m = catalog.models().at(0);
    Question fr;
    REQUIRE(generated_line_question(french, m, *m.find_service("vm"), quiz.generate.at(0), fr));
    const Question* fr_vm = &fr;
    CHECK(fr_vm->prompt ==
          "O\xC3\xB9 passe la ligne de responsabilit\xC3\xA9 pour Cloudco VM\xE2\x80\xAF? Placez-la entre les couches dont vous "
          "vous occupez et celles dont Cloudco s\xE2\x80\x99occupe.");
    CHECK(fr_vm->explanation ==
          "Pour Cloudco VM, vous vous occupez de\xE2\x80\xAF: CUSTOMER DATA et OPERATING SYSTEM\xE2\x80\xAF; Cloudco "
          "s\xE2\x80\x99occupe de\xE2\x80\xAF: HARDWARE.");

    // "ask": "line" needs no controls; other asks still do.
    std::string no_controls = fixtures::replace(fixtures::kQuizLine, R"("ask": "line", )", "");
    CHECK(QuizProblems(LineCatalog(no_controls)) == "/generate/0 missing-field\n");
    std::string unknown_ask =
        fixtures::replace(fixtures::kQuizLine, R"("ask": "line")", R"("ask": "lines", "controls": [])");
    CHECK(QuizProblems(LineCatalog(unknown_ask)) == "/generate/0/ask bad-value\n");
}

TEST_CASE("a line response fits when it places one line on the diagram, and reads in words") {
    ContentCatalog catalog = LineCatalog(fixtures::kQuizLine);
    const Question& q = *Find(catalog.quizzes().at(0), "vm-line");
    for (int k = 0; k <= 3; ++k) CHECK(response_fits(q, Line(k)));
    CHECK(response_fits(q, Response())); // unanswered so far
    CHECK_FALSE(response_complete(q, Response()));
    CHECK(response_complete(q, Line(0)));
    CHECK_FALSE(response_fits(q, Line(4)));
    CHECK_FALSE(response_fits(q, Line(-1)));
    Response two = Line(1);
    two.values.push_back(2);
    CHECK_FALSE(response_fits(q, two));
    Response with_parts = Line(1);
    with_parts.parts.push_back(Line(1));
    CHECK_FALSE(response_fits(q, with_parts));
    CHECK(response_words(q, Line(0)) == "above CUSTOMER DATA");
    CHECK(response_words(q, Line(2)) == "between OPERATING SYSTEM and HARDWARE");
    CHECK(response_words(q, Line(3)) == "below HARDWARE");
    CHECK(response_words(q, Response()) == "(no answer)");
}

TEST_CASE("line answers travel in results codes and count in the room summary") {
    ContentCatalog catalog = LineCatalog(fixtures::kQuizLine);
    const Quiz& quiz = catalog.quizzes().at(0);
    Room room;
    room.quiz_id = quiz.id;
    room.seed = 5;
    QuizSession right = workshop_test::TakeRun(quiz, room_session_config(room), {true, true, true});
    QuizSession wrong = workshop_test::TakeRun(quiz, room_session_config(room), {false, false, false});
    std::string ana = results_code(workshop_result(room_code(room), "Ana", right));
    std::string ben = results_code(workshop_result(room_code(room), "Ben", wrong));
    WorkshopResult back;
    Problem problem;
    REQUIRE(parse_results_code(ana, back, problem));
    REQUIRE(back.answers.size() == 3);
    for (size_t i = 0; i < 3; ++i) CHECK(back.answers[i].response.values == right.record(i).response.values);
    RoomSummary summary = summarise_room(quiz, room, ana + "\n" + ben + "\n");
    CHECK(summary.rejected.empty());
    REQUIRE(summary.participants.size() == 2);
    CHECK(summary.participants[0].percent == 100);
    CHECK(summary.participants[1].percent == 0);
    // A line placed below the diagram's last layer is not an answer the question offers.
    std::string tampered = ana;
    size_t answers = tampered.find("|Ana|") + 5;
    tampered[answers] = '9';
    tampered = tampered.substr(0, tampered.rfind('|'));
    tampered += "|" + fnv1a_hex(tampered);
    RoomSummary rejected = summarise_room(quiz, room, tampered);
    CHECK(rejected.participants.empty());
    CHECK(rejected.rejected.size() == 1);
}

#ifndef __EMSCRIPTEN__
namespace {

ResponsibilityModel Bundled(const std::string& id) {
    std::ifstream in(std::string(SRM_SOURCE_DIR) + "/assets/models/" + id + ".json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    ContentCatalog catalog("2026-11-30");
    catalog.add_file("assets/models/" + id + ".json", text.str());
    catalog.finish();
    REQUIRE(catalog.models().size() == 1);
    return catalog.models()[0];
}

// "lowest..highest" for a clean line, "unclean" otherwise.
std::string Range(const ResponsibilityModel& m, const std::string& service, const SettingChoice& choice = {}) {
    LineBoundary line = line_boundary(m, service, choice);
    return line.clean ? std::to_string(line.lowest()) + ".." + std::to_string(line.highest()) : "unclean";
}

} // namespace

TEST_CASE("where the line falls on the bundled models") {
    ResponsibilityModel aws = Bundled("aws");
    CHECK(Range(aws, "dynamodb") == "1..4");
    CHECK(Range(aws, "kms") == "0..4");
    CHECK(Range(aws, "api-gateway") == "0..6");
    // EC2 reads customer, shared, customer, shared, customer, customer, then the provider's two
    // layers: the shared layers sit above a customer layer, so the line falls after the sixth.
    CHECK(Range(aws, "ec2") == "6..6");
    CHECK(Range(aws, "rds") == "6..6");
    CHECK(Range(aws, "rds", {{"engine-support", "extended"}}) == "6..6");
    CHECK(Range(aws, "s3") == "6..6");
    CHECK(Range(aws, "eks", {{"node-type", "fargate"}}) == "6..6");
    // Lambda's shared networking layer sits below the provider's server-side encryption layer.
    CHECK(Range(aws, "lambda") == "0..4");
    CHECK(Range(aws, "lambda", {{"package", "container-image"}}) == "0..4");
    // Layers no control of the service applies to are left off: EBS keeps 7, VPC 6.
    CHECK(Range(aws, "ebs") == "5..5");
    CHECK(Range(aws, "vpc") == "3..4");
    ResponsibilityModel azure = Bundled("azure");
    CHECK(Range(azure, "iaas") == "2..2");
    CHECK(Range(azure, "paas") == "1..2");
    CHECK(Range(azure, "saas") == "1..2");
    CHECK(Range(azure, "aks", {{"node-os-upgrade-channel", "none"}}) == "1..2");
    CHECK(Range(azure, "on-prem") == "unclean"); // nothing is the provider's
    ResponsibilityModel gcp = Bundled("gcp");
    CHECK(Range(gcp, "compute-engine") == "2..2");
    CHECK(Range(gcp, "gke") == "1..2");
    CHECK(Range(gcp, "gke", {{"mode", "autopilot"}}) == "1..2");
    CHECK(Range(gcp, "cloud-run") == "1..2");
    CHECK(Range(gcp, "cloud-sql") == "1..2");
}
#endif
