// Saved progress: round trip, and corrupted, foreign or newer data never fatal.
#include "progress.h"
#include <doctest/doctest.h>

using namespace srm;

TEST_CASE("progress survives a round trip") {
    Progress p;
    p.lessons_read = {"of-and-in", "line-moves"};
    Progress back;
    std::string problem;
    CHECK(progress_from_json(progress_to_json(p), back, problem));
    CHECK(back.lessons_read == p.lessons_read);
    CHECK(problem.empty());
}

TEST_CASE("unreadable, foreign and newer progress is set aside with a reason") {
    Progress out;
    std::string problem;
    CHECK_FALSE(progress_from_json("{not json", out, problem));
    CHECK(problem == "Saved progress was unreadable and has been set aside.");
    CHECK_FALSE(progress_from_json(R"({"v": 9, "lessons_read": ["a"]})", out, problem));
    CHECK(out.lessons_read.empty());
    CHECK(problem.find("another version") != std::string::npos);
    CHECK_FALSE(progress_from_json(R"([1,2])", out, problem));
}

TEST_CASE("partly bad progress keeps what is valid") {
    Progress out;
    std::string problem;
    CHECK_FALSE(progress_from_json(R"({"v": 1, "lessons_read": ["a", 7, "", "b"]})", out, problem));
    CHECK(out.lessons_read == std::set<std::string>{"a", "b"});
    CHECK(problem == "Some saved progress was unreadable; the rest was kept.");
}
