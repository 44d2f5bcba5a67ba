// Bounds on untrusted input: every reader refuses what is too deep, too long or too many before
// anything recursive or quadratic sees it, with a clear reason, and never aborts. Each case here
// is a fault once found in this build (see the commit that added this file).
#include "problem_checks.h"
#include "catalog.h"
#include "fixtures.h"
#include "json_source.h"
#include "progress.h"
#include "results_code.h"
#include "room.h"
#include "room_summary.h"
#include "saved_run.h"
#include "text_codes.h"
#include "workshop_helpers.h"
#include <doctest/doctest.h>

using namespace srm;
using fixtures::replace;

static std::string Nested(size_t levels, const std::string& inner = "1") {
    return std::string(levels, '[') + inner + std::string(levels, ']');
}

TEST_CASE("content nested thousands of levels deep is refused at the offending bracket, before any recursion") {
    std::string deep = "{\n  \"schema_version\": 1,\n  \"id\": " + Nested(7000) + "\n}\n";
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("quizzes/deep.json", deep);
    catalog.finish();
    REQUIRE(catalog.diagnostics().size() == 1);
    Diagnostic d = catalog.diagnostics()[0];
    CHECK(d.id == "too-deep");
    CHECK(d.line == 3);
    CHECK(d.column == 9 + int(kMaxJsonDepth) - 1); // the first bracket past the limit (the root object is level 1)
    CHECK(find_excess_depth(Nested(10)) == std::string::npos);
    CHECK(find_excess_depth("[\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"]") ==
          std::string::npos); // brackets in strings do not count
}

TEST_CASE("a byte order mark does not move diagnostics to 1:1") {
    std::string quiz = "\xEF\xBB\xBF" + replace(fixtures::kQuiz, "\"pass_mark\": 0.6", "\"pass_mark\": 7");
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("quizzes/basics.json", quiz);
    catalog.finish();
    REQUIRE_FALSE(catalog.diagnostics().empty());
    Diagnostic d = catalog.diagnostics()[0];
    CHECK(d.pointer == "/pass_mark");
    CHECK(d.line == 7);
    CHECK(d.column == 16);
}

TEST_CASE("a difficulty far out of range is a located error, not an overflow") {
    Quiz quiz;
    Diagnostics diags;
    CHECK_FALSE(
        load_quiz(replace(fixtures::kQuiz, "\"concepts\": [\"data\"]", "\"concepts\": [\"data\"], \"difficulty\": 1e300"),
                  "q.json", quiz, diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].pointer == "/questions/2/difficulty");
}

TEST_CASE("hostile saved runs are set aside, never aborting the start") {
    SavedRun good;
    good.quiz_id = "basics";
    std::string text = saved_run_to_json(good);
    SavedRun out;
    Problem problem;
    REQUIRE(saved_run_from_json(text, out, problem));
    for (const std::string& hostile :
         {replace(text, "\"v\":1", "\"v\":\"1\""), replace(text, "\"v\":1", "\"v\":null"),
          replace(text, "\"v\":1", "\"v\":1e308"), replace(text, "\"v\":1", "\"v\":18446744073709551615"),
          replace(text, "\"concepts\":[]", "\"concepts\":" + Nested(5000)),
          replace(text, "\"answers\":[]", "\"answers\":[" + std::string(300000, ' ') + "]"),
          std::string("[") + Nested(100000) + "]", std::string("\"") + std::string(300000, 'x') + "\""}) {
        INFO(hostile.substr(0, 120));
        problem = {ProblemId::room_code_typo, {}}; // anything else, so that a stale value cannot pass
        CHECK_FALSE(saved_run_from_json(hostile, out, problem));
        CHECK(problem.id == ProblemId::saved_run_set_aside);
        CHECK(out.quiz_id.empty());
    }
}

TEST_CASE("a model with thousands of services and controls and no cells reports a bounded list of problems") {
    std::string services, controls;
    for (int i = 0; i < 3000; ++i)
        services += std::string(i ? "," : "") + "{\"id\": \"s" + std::to_string(i) +
                    "\", \"name\": \"S\", \"category\": \"infrastructure\"}";
    for (int i = 0; i < 3000; ++i)
        controls += std::string(i ? "," : "") + "{\"id\": \"c" + std::to_string(i) +
                    "\", \"label\": \"C\", \"class\": \"shared\", \"layer\": \"os\"}";
    std::string model = fixtures::kModel;
    model = replace(
        model, model.substr(model.find("\"services\": ["), model.find("\"cells\": [") - model.find("\"services\": [")),
        "\"services\": [" + services + "],\n  \"controls\": [" + controls + "],\n  ");
    model = replace(model, model.substr(model.find("\"cells\": ["), model.rfind("]") + 1 - model.find("\"cells\": [")),
                    "\"cells\": []");
    ResponsibilityModel m;
    Diagnostics diags;
    CHECK_FALSE(load_model(model, "models/big.json", "2026-03-01", m, diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].id == "too-many");

    // Within the counts, a model with no cells still gets a bounded report that says how many more.
    std::string some_services, some_controls;
    for (int i = 0; i < 400; ++i)
        some_services += std::string(i ? "," : "") + "{\"id\": \"s" + std::to_string(i) +
                         "\", \"name\": \"S\", \"category\": \"infrastructure\"}";
    for (int i = 0; i < 150; ++i)
        some_controls += std::string(i ? "," : "") + "{\"id\": \"c" + std::to_string(i) +
                         "\", \"label\": \"C\", \"class\": \"shared\", \"layer\": \"os\"}";
    model = replace(replace(model, services, some_services), controls, some_controls);
    Diagnostics bounded;
    ResponsibilityModel smaller;
    CHECK_FALSE(load_model(model, "models/big.json", "2026-03-01", smaller, bounded));
    INFO(format_all(bounded).substr(0, 300));
    REQUIRE(bounded.size() == kMaxDiagnosticsPerFile + 1);
    CHECK(bounded.back().id == "more-problems");
    CHECK(bounded.back().more == 400 * 150 - int(kMaxDiagnosticsPerFile));
    CHECK(bounded.back().format() == "models/big.json: error: ... and " +
                                         std::to_string(400 * 150 - kMaxDiagnosticsPerFile) +
                                         " more problems in this file [more-problems]");
}

TEST_CASE("a quiz with more questions or a model with more cells than can exist is refused before reading them") {
    std::string questions;
    for (size_t i = 0; i <= kMaxQuestions; ++i) questions += std::string(i ? "," : "") + "{}";
    Quiz quiz;
    Diagnostics diags;
    CHECK_FALSE(load_quiz(replace(fixtures::kQuiz, fixtures::kQuiz.substr(fixtures::kQuiz.find("\"questions\": [")),
                                  "\"questions\": [" + questions + "]}"),
                          "q.json", quiz, diags));
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].id == "too-many");
    CHECK(quiz.questions.empty());

    std::string cells;
    for (size_t i = 0; i <= kMaxModelServices * kMaxModelControls; ++i) cells += std::string(i ? "," : "") + "{}";
    std::string model = fixtures::kModel;
    model = replace(model, model.substr(model.find("\"cells\": ["), model.rfind("]") + 1 - model.find("\"cells\": [")),
                    "\"cells\": [" + cells + "]");
    ResponsibilityModel m;
    Diagnostics model_diags;
    CHECK_FALSE(load_model(model, "models/m.json", "2026-03-01", m, model_diags));
    REQUIRE(model_diags.size() == 1);
    CHECK(model_diags[0].id == "too-many");
    CHECK(m.cells.empty());
}

TEST_CASE("a results code with a million answers is refused before it is split; a paste of 20,000 codes reads 2,000") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    const Quiz& quiz = catalog.quizzes()[0];
    Room room{"all-types", 321, 0, 0};
    std::string body = "SRMW1|" + room_code(room) + "|Eve|" + std::string(1000000, '0') + "|0";
    WorkshopResult result;
    Problem problem;
    CHECK_FALSE(parse_results_code(body + "|" + fnv1a_hex(body), result, problem));
    CHECK(problem.id == ProblemId::results_code_too_long);
    CHECK(result.answers.empty());

    QuizSession run = workshop_test::TakeRun(quiz, room_session_config(room), {true, true, true, true, true, true, true});
    std::string pasted;
    for (int i = 0; i < 20000; ++i)
        pasted += results_code(workshop_result(room_code(room), "P" + std::to_string(i), run)) + "\n";
    RoomSummary s = summarise_room(quiz, room, pasted);
    CHECK(s.participants.size() == kMaxRoomCodes);
    REQUIRE(s.rejected.size() == 1);
    CHECK(s.rejected[0].line == kMaxRoomCodes + 1);
    CHECK(s.rejected[0].reason == Problem{ProblemId::results_code_over_limit, {"2000"}});
}

TEST_CASE("CSV fields are quoted and formulas are neutralised after every separator a spreadsheet may split on") {
    CHECK(csv_field("Ana") == "\"Ana\"");
    CHECK(csv_field("=1+1") == "\"'=1+1\"");
    CHECK(csv_field("a;=1+1;") == "\"a;'=1+1;\""); // Excel in French, German or Spanish splits on ';'
    CHECK(csv_field("a\t@SUM(A1)") == "\"a\t'@SUM(A1)\"");
    CHECK(csv_field("a, -2+3") == "\"a, '-2+3\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("AES-256 keys") == "\"AES-256 keys\""); // a dash inside a word is text already
}

TEST_CASE("two quiz ids with the same room hash: the second is refused, so a room code opens exactly one quiz") {
    // Find an id whose 16-bit hash equals that of "basics" (a short search over q0, q1, ...).
    std::string twin;
    for (int i = 0; twin.empty() && i < 2000000; ++i)
        if (room_quiz_hash("q" + std::to_string(i)) == room_quiz_hash("basics")) twin = "q" + std::to_string(i);
    REQUIRE_FALSE(twin.empty());
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", fixtures::kQuiz);
    catalog.add_file("quizzes/twin.json", replace(fixtures::kQuiz, "\"id\": \"basics\"", "\"id\": \"" + twin + "\""));
    catalog.finish();
    REQUIRE(catalog.quizzes().size() == 1);
    CHECK(catalog.quizzes()[0].id == "basics");
    CHECK(catalog.diagnostics().at(0).id == "room-hash-collision");
}

TEST_CASE("a progress code longer than the documented limit is refused before it is split") {
    Progress p;
    Problem problem;
    std::string body = "SRM1|L" + std::string(kProgressCodeLimit, 'a') + "|Q|C";
    CHECK_FALSE(progress_from_code(body + "|" + fnv1a_hex(body), p, problem));
    CHECK(problem.id == ProblemId::progress_unreadable_set_aside);
}
