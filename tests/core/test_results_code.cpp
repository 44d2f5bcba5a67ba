// Workshop results codes: round trip of every answer type, nicknames, and every kind of damage
// detected (each character changed, cut short, extra parts, another version).
#include "problem_checks.h"
#include "results_code.h"
#include "room.h"
#include "workshop_helpers.h"
#include <doctest/doctest.h>

using namespace srm;

static WorkshopResult Sample(const ContentCatalog& catalog) {
    Room room{"all-types", 4242, 0, 30};
    QuizSession run = workshop_test::TakeRun(catalog.quizzes()[0], room_session_config(room),
                                             {true, false, true, true, false, true, true});
    return workshop_result(room_code(room), "Zoé M.", run);
}

TEST_CASE("a results code round-trips room, nickname, every answer type and score") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    WorkshopResult r = Sample(catalog);
    std::string code = results_code(r);
    CHECK(code.rfind("SRMW1|" + r.room + "|Zoé M.|", 0) == 0);
    CHECK(code.size() < 120);
    WorkshopResult back;
    Problem problem;
    REQUIRE(parse_results_code(code, back, problem));
    CHECK(back.room == r.room);
    CHECK(back.nickname == "Zoé M.");
    CHECK(back.percent == r.percent);
    REQUIRE(back.answers.size() == r.answers.size());
    for (size_t i = 0; i < r.answers.size(); ++i) {
        CHECK(back.answers[i].answered == r.answers[i].answered);
        CHECK(back.answers[i].response.values == r.answers[i].response.values);
        CHECK(back.answers[i].response.parts.size() == r.answers[i].response.parts.size());
    }
    CHECK(results_code(back) == code);
}

TEST_CASE("unanswered questions and unplaced items survive the code") {
    WorkshopResult r{"ABCDE-FGHJK",
                     "Sam",
                     {{false, {}}, {true, Response{{-1, 2, 0}, {}, {}}}, {true, Response{{}, {Response{{1}, {}, {}}}, {}}}},
                     17};
    WorkshopResult back;
    Problem problem;
    REQUIRE(parse_results_code(results_code(r), back, problem));
    CHECK_FALSE(back.answers[0].answered);
    CHECK(back.answers[1].response.values == std::vector<int>{-1, 2, 0});
    REQUIRE(back.answers[2].response.parts.size() == 1);
    CHECK(back.answers[2].response.parts[0].values == std::vector<int>{1});
}

TEST_CASE("every single-character change to a results code is detected") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    std::string code = results_code(Sample(catalog));
    WorkshopResult back;
    Problem problem;
    for (size_t i = 0; i < code.size(); ++i) {
        for (char replacement : {'0', 'a', '|', '.', 'Z'}) {
            if (code[i] == replacement) continue;
            std::string bad = code;
            bad[i] = replacement;
            INFO("position " << i << " -> " << replacement);
            CHECK_FALSE(parse_results_code(bad, back, problem));
            CHECK(std::string(problem_name(problem.id)).rfind("results_code_", 0) == 0);
        }
    }
}

TEST_CASE("cut short, lengthened, foreign and newer codes give their own reasons") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    std::string code = results_code(Sample(catalog));
    WorkshopResult back;
    Problem problem;
    CHECK_FALSE(parse_results_code(code.substr(0, code.size() - 3), back, problem));
    CHECK(problem.id == ProblemId::results_code_checksum);
    CHECK_FALSE(parse_results_code(code + "|extra", back, problem));
    CHECK(problem.id == ProblemId::results_code_shape);
    CHECK_FALSE(parse_results_code("SRM1|L|Q|C|00000000", back, problem));
    CHECK(problem.id == ProblemId::results_code_foreign);
    CHECK_FALSE(parse_results_code("SRMW2|x|y|z|1|00000000", back, problem));
    CHECK(problem.id == ProblemId::results_code_other_version);
    CHECK_FALSE(parse_results_code("", back, problem));
}

TEST_CASE("nicknames are trimmed and must be short and printable") {
    std::string out;
    Problem problem;
    CHECK(clean_nickname("  Ana  ", out, problem));
    CHECK(out == "Ana");
    CHECK_FALSE(clean_nickname("   ", out, problem));
    CHECK(problem.id == ProblemId::nickname_missing);
    CHECK_FALSE(clean_nickname(std::string(33, 'x'), out, problem));
    CHECK(problem.id == ProblemId::nickname_too_long);
    CHECK_FALSE(clean_nickname("a|b", out, problem));
    CHECK(problem.id == ProblemId::nickname_character);
    CHECK_FALSE(clean_nickname("tab\there", out, problem));
    CHECK(problem.id == ProblemId::nickname_character);
}
