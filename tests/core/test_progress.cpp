// The progress code: round trip, the size bound, and damaged, foreign or newer codes never fatal.
#include "problem_checks.h"
#include "progress.h"
#include <doctest/doctest.h>

using namespace srm;

static Progress Sample() {
    Progress p;
    p.lessons_read = {"of-and-in", "line-moves"};
    p.quizzes["fundamentals"] = {3, 85, 20620};
    p.review.record("patching", true, 20619);
    p.review.record("patching", true, 20620);
    p.review.record("data", false, 20620);
    return p;
}

TEST_CASE("progress survives a round trip through the code") {
    std::string code = progress_to_code(Sample());
    CHECK(code.rfind("SRM1|Lline-moves,of-and-in|Qfundamentals:3:85:20620|Cdata:1:20620,patching:3:20620|", 0) == 0);
    Progress back;
    Problem problem;
    REQUIRE(progress_from_code(code, back, problem));
    CHECK(back.lessons_read == Sample().lessons_read);
    CHECK(back.quizzes.at("fundamentals").best_percent == 85);
    CHECK(back.review.concepts().at("patching").box == 3);
    CHECK(progress_to_code(back) == code);
}

TEST_CASE("the whole bank's progress fits in 4,000 characters") {
    Progress p;
    for (int i = 0; i < 12; ++i) p.lessons_read.insert("lesson-number-" + std::to_string(i));
    for (int i = 0; i < 12; ++i) p.quizzes["quiz-about-topic-" + std::to_string(i)] = {999, 100, 30000};
    for (int i = 0; i < 80; ++i) p.review.concepts()["concept-with-long-name-" + std::to_string(i)] = {5, 30000};
    std::string code = progress_to_code(p);
    CHECK(code.size() <= kProgressCodeLimit);
    Progress back;
    Problem problem;
    CHECK(progress_from_code(code, back, problem));
    CHECK(back.review.concepts().size() == 80);
}

TEST_CASE("a damaged, foreign or newer code is set aside with a reason") {
    Progress out;
    Problem problem;
    std::string code = progress_to_code(Sample());
    std::string flipped = code;
    flipped[8] = flipped[8] == 'a' ? 'b' : 'a';
    CHECK_FALSE(progress_from_code(flipped, out, problem));
    CHECK(problem.id == ProblemId::progress_checksum_set_aside);
    CHECK(imported_code_problem(problem).id == ProblemId::progress_checksum);
    CHECK(out.lessons_read.empty());
    CHECK_FALSE(progress_from_code("{\"v\":1}", out, problem));
    CHECK(problem.id == ProblemId::progress_unreadable_set_aside);
    CHECK(imported_code_problem(problem).id == ProblemId::progress_unreadable);
    CHECK_FALSE(progress_from_code("SRM9|L|Q|C|00000000", out, problem));
    CHECK(problem.id == ProblemId::progress_other_version_set_aside);
    CHECK(imported_code_problem(problem).id == ProblemId::progress_other_version);
    CHECK_FALSE(progress_from_code("", out, problem));
}

TEST_CASE("whitespace around a pasted code is ignored; bad entries are dropped, the rest kept") {
    Progress out;
    Problem problem;
    CHECK(progress_from_code("  " + progress_to_code(Sample()) + "\n", out, problem));
    std::string body = "SRM1|Lok,BAD ID|Qq:1:50:3,q2:x:1:1|Cc:9:1,d:2:5";
    // A well-formed checksum over partly bad content: the good entries survive.
    Progress p;
    p.lessons_read = {"ok"};
    std::string good = progress_to_code(p);
    std::string checksum_of_body;
    {
        std::uint32_t h = 2166136261u;
        for (unsigned char c : body) {
            h ^= c;
            h *= 16777619u;
        }
        char buf[9];
        std::snprintf(buf, sizeof buf, "%08x", unsigned(h));
        checksum_of_body = buf;
    }
    CHECK_FALSE(progress_from_code(body + "|" + checksum_of_body, out, problem));
    CHECK(problem.id == ProblemId::progress_partly_unreadable);
    CHECK(imported_code_problem(problem).id == ProblemId::progress_partly_unreadable);
    CHECK(out.lessons_read == std::set<std::string>{"ok"});
    CHECK(out.quizzes.size() == 1);
    CHECK(out.review.concepts().size() == 1);
    CHECK(out.review.concepts().at("d").box == 2);
    (void)good;
}

TEST_CASE("Leitner boxes: right answers space reviews out, a wrong one brings the concept back tomorrow") {
    ReviewSchedule s;
    s.record("patching", true, 100); // box 2: every 2 days
    CHECK(s.next_review_day("patching") == 102);
    CHECK(s.due(101).empty());
    CHECK(s.due(102) == std::vector<std::string>{"patching"});
    s.record("patching", true, 102); // box 3: 4 days
    CHECK(s.next_review_day("patching") == 106);
    s.record("patching", false, 103); // back to box 1: tomorrow
    CHECK(s.next_review_day("patching") == 104);
    for (int d = 0; d < 10; ++d) s.record("data", true, 200 + d);
    CHECK(s.concepts().at("data").box == kLeitnerBoxes);
    CHECK(day_number_of("2026-11-29") == 20786);
}
