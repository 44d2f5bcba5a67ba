// Saved quiz runs: round trip of the settings, answers and a workshop participant's room, and
// damaged documents set aside with a reason.
#include "problem_checks.h"
#include "saved_run.h"
#include <doctest/doctest.h>

using namespace srm;

TEST_CASE("a saved run round-trips settings, answers and the workshop room") {
    SavedRun run;
    run.quiz_id = "fundamentals";
    run.config.seed = 99;
    run.config.mode = QuizMode::exam;
    run.config.count = 5;
    run.config.concepts = {"data"};
    run.answers = {Response{{1}, {}, {}}, Response{{}, {Response{{0}, {}, {}}, Response{{1}, {}, {}}}, {}}};
    run.room = "7KQ2M-X4D9A";
    run.nickname = "Zoé";
    run.finished = true;
    SavedRun back;
    Problem problem;
    REQUIRE(saved_run_from_json(saved_run_to_json(run), back, problem));
    CHECK(back.quiz_id == "fundamentals");
    CHECK(back.config.seed == 99);
    CHECK(back.config.mode == QuizMode::exam);
    CHECK(back.config.concepts == std::vector<std::string>{"data"});
    REQUIRE(back.answers.size() == 2);
    CHECK(back.answers[1].parts[1].values == std::vector<int>{1});
    CHECK(back.room == "7KQ2M-X4D9A");
    CHECK(back.nickname == "Zoé");
    CHECK(back.finished);
}

TEST_CASE("damaged saved runs are refused with a reason, never half-read") {
    SavedRun back;
    Problem problem;
    for (const char* bad :
         {"", "{", "[]", R"({"v":2})", R"({"v":1,"quiz":"q","seed":-1,"answers":[]})",
          R"({"v":1,"quiz":"q","seed":1,"mode":"practice","count":0,"time_limit":0,"max_difficulty":3,"answers":[{"v":["x"]}]})",
          R"({"v":1,"quiz":"q","seed":1,"mode":"practice","count":0,"time_limit":0,"max_difficulty":3,"answers":[],"room":"X"})"}) {
        INFO(bad);
        CHECK_FALSE(saved_run_from_json(bad, back, problem));
        CHECK(back.quiz_id.empty());
        CHECK(problem.id == ProblemId::saved_run_set_aside);
    }
}

TEST_CASE("flags and out-of-order exam answers are saved only when there are some, and read back bounded") {
    SavedRun run;
    run.quiz_id = "fundamentals";
    run.answers = {Response{{1}, {}, {}}};
    std::string plain = saved_run_to_json(run);
    CHECK(plain.find("positions") == std::string::npos); // the format earlier runs have
    CHECK(plain.find("flags") == std::string::npos);
    run.positions = {3};
    run.flags = {0, 2};
    SavedRun back;
    Problem problem;
    REQUIRE(saved_run_from_json(saved_run_to_json(run), back, problem));
    CHECK(back.positions == std::vector<size_t>{3});
    CHECK(back.flags == std::vector<size_t>{0, 2});
    const char* base =
        R"({"v":1,"quiz":"q","seed":1,"mode":"exam","count":0,"time_limit":0,"max_difficulty":3,"answers":[[0]],)";
    for (const char* bad : {R"("flags":[-1]})", R"("flags":"0"})", R"("flags":[1000000]})", R"("positions":[0,1]})",
                            R"("positions":[1.5]})"}) {
        INFO(bad);
        CHECK_FALSE(saved_run_from_json(std::string(base) + bad, back, problem));
    }
}
