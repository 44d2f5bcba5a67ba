// Room codes: round trip of every setting, forgiving reading, typos caught, unknown quizzes named.
#include "problem_checks.h"
#include "room.h"
#include "workshop_helpers.h"
#include <doctest/doctest.h>

using namespace srm;

TEST_CASE("a room code round-trips the quiz, seed, question count and timer") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    for (int timer : kRoomTimerSeconds)
        for (size_t count : {size_t(0), size_t(5), kRoomMaxQuestions}) {
            Room room{"all-types", std::uint16_t(40000 + timer + count), count, timer};
            std::string code = room_code(room);
            CHECK(code.size() == 11);
            CHECK(code[5] == '-');
            Room back;
            Problem problem;
            REQUIRE(parse_room_code(code, catalog.quizzes(), back, problem));
            CHECK(back.quiz_id == "all-types");
            CHECK(back.seed == room.seed);
            CHECK(back.count == count);
            CHECK(back.timer_seconds == timer);
        }
}

TEST_CASE("room codes forgive case, spaces, missing hyphens and look-alike letters") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    std::string code = room_code({"all-types", 1234, 4, 30});
    std::string sloppy;
    for (char c : code) sloppy += c == '-' ? ' ' : char(std::tolower((unsigned char)c));
    Room back;
    Problem problem;
    CHECK(parse_room_code("  " + sloppy + " ", catalog.quizzes(), back, problem));
    CHECK(back.seed == 1234);
    std::string with_o = code;
    for (char& c : with_o)
        if (c == '0') c = 'O';
    CHECK(parse_room_code(with_o, catalog.quizzes(), back, problem));
}

TEST_CASE("a mistyped room code is caught, and the reason says what to do") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    std::string code = room_code({"all-types", 777, 0, 0});
    Room back;
    Problem problem;
    int caught = 0, tried = 0;
    for (size_t i = 0; i < code.size(); ++i) {
        if (code[i] == '-') continue;
        std::string typo = code;
        typo[i] = typo[i] == 'Z' ? 'Y' : (typo[i] == '9' ? 'A' : char(typo[i] + 1));
        if (typo[i] == 'I' || typo[i] == 'L' || typo[i] == 'O' || typo[i] == 'U') typo[i] = char(typo[i] + 1);
        ++tried;
        caught += !parse_room_code(typo, catalog.quizzes(), back, problem);
    }
    CHECK(caught == tried);
    CHECK_FALSE(parse_room_code(code.substr(0, 8), catalog.quizzes(), back, problem));
    CHECK(problem == Problem{ProblemId::room_code_length, {"7"}});
    CHECK_FALSE(parse_room_code("ABCDE-FGHU!", catalog.quizzes(), back, problem));
    CHECK(problem == Problem{ProblemId::room_code_character, {"U"}});
}

TEST_CASE("a room code for a quiz this copy does not have is refused by name") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    Room back;
    Problem problem;
    CHECK_FALSE(parse_room_code(room_code({"not-installed", 1, 0, 0}), catalog.quizzes(), back, problem));
    CHECK(problem.id == ProblemId::room_code_unknown_quiz);
}

TEST_CASE("everyone in a room gets the same questions in the same order") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    Room room{"all-types", 99, 4, 0};
    QuizSession a(catalog.quizzes()[0], room_session_config(room), 0),
        b(catalog.quizzes()[0], room_session_config(room), 50);
    REQUIRE(a.size() == 4);
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a.presented(i).question == b.presented(i).question);
        CHECK(a.presented(i).order == b.presented(i).order);
    }
    CHECK(room_session_config(room).mode == QuizMode::practice);
}
