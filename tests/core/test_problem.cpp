// The list of problems: every id has a distinct stable name and an English template whose places
// run {1}, {2}... without gaps, and english() fills them in order.
#include "problem_checks.h"
#include <regex>
#include <set>

using namespace srm;

TEST_CASE("every problem has a distinct name and places numbered from {1} without gaps") {
    REQUIRE(all_problem_ids().size() > 40);
    std::set<std::string> names;
    for (ProblemId id : all_problem_ids()) {
        INFO(problem_name(id));
        CHECK(names.insert(problem_name(id)).second);
        std::string text = problem_template(id);
        CHECK_FALSE(text.empty());
        std::set<int> places;
        std::regex place(R"(\{(\d)\})");
        for (auto m = std::sregex_iterator(text.begin(), text.end(), place); m != std::sregex_iterator(); ++m)
            places.insert(std::stoi((*m)[1]));
        CHECK((places.empty() || (*places.begin() == 1 && *places.rbegin() == int(places.size()))));
    }
}

TEST_CASE("a problem in English has its arguments in place") {
    CHECK(english({ProblemId::results_code_nickname_taken, {"Ana", "3"}}) ==
          "the nickname \"Ana\" is already used on line 3");
    CHECK(english({ProblemId::link_bad_value, {"service", "<script>"}}) ==
          "Ignored service=\"<script>\": not a valid value.");
    CHECK(english({ProblemId::room_code_typo, {}}) ==
          "This room code has a typo: its letters do not check out. Compare it with the code on the presenter's screen.");
    CHECK(std::string(problem_name(ProblemId::room_code_typo)) == "room_code_typo");
}
