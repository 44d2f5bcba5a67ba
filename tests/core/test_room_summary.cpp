// The room summary: codes pasted at once are checked line by line (bad, duplicated, other-room,
// tampered codes rejected with reasons, the rest kept) and summed up per question, per concept,
// as a distribution, a leaderboard and CSV.
#include "problem_checks.h"
#include "room_summary.h"
#include "text_codes.h"
#include "workshop_helpers.h"
#include <doctest/doctest.h>

using namespace srm;

namespace {

struct RoomFixture {
    ContentCatalog catalog = fixtures::all_types_catalog();
    Room room{"all-types", 321, 0, 0};
    const Quiz& quiz() const { return catalog.quizzes()[0]; }
    std::string Code(const std::string& nickname, std::vector<bool> right, const Room* other = nullptr) const {
        const Room& r = other ? *other : room;
        QuizSession run = workshop_test::TakeRun(quiz(), room_session_config(r), right);
        return results_code(workshop_result(room_code(r), nickname, run));
    }
};

} // namespace

TEST_CASE("three participants are summed up per question, per concept and as a distribution") {
    RoomFixture f;
    std::string pasted = f.Code("Ana", {true, true, true, true, true, true, true}) + "\n" +
                         f.Code("Ben", {true, false, true, false, true, false, true}) + "\r\n\n" +
                         f.Code("Cy", {false, false, false, false, false, false, false}) + "\n";
    RoomSummary s = summarise_room(f.quiz(), f.room, pasted);
    CHECK(s.rejected.empty());
    REQUIRE(s.participants.size() == 3);
    CHECK(s.participants[0].percent == 100);
    CHECK(s.participants[1].percent == 57);
    CHECK(s.participants[2].percent == 0);
    CHECK(s.participants[2].line == 4);
    CHECK(s.distribution == std::array<int, 5>{1, 0, 1, 0, 1});
    REQUIRE(s.questions.size() == 7);
    CHECK(s.questions[0].fully_right == 2);
    CHECK(s.questions[0].mean_score == doctest::Approx(2.0 / 3));
    CHECK(s.questions[1].mean_score == doctest::Approx(1.0 / 3));
    // The hardest questions are those only Ana got right.
    std::vector<size_t> hardest = s.hardest(3);
    CHECK(hardest == std::vector<size_t>{1, 3, 5});
    // The concept heatmap: a share per participant per concept, and the room's total.
    REQUIRE(s.concepts.size() == 3);
    for (const RoomParticipant& p : s.participants) CHECK(p.concept_shares.size() == 3);
    CHECK(s.participants[0].concept_shares == std::vector<double>{1, 1, 1});
    CHECK(s.participants[2].concept_shares == std::vector<double>{0, 0, 0});
    CHECK_FALSE(s.concepts[0].misconception.empty());
    std::vector<size_t> board = s.leaderboard();
    CHECK(board == std::vector<size_t>{0, 1, 2});
}

TEST_CASE("bad, duplicated, other-room and tampered codes are rejected line by line; the rest count") {
    RoomFixture f;
    Room other{"all-types", 322, 0, 0};
    std::string ana = f.Code("Ana", {true, true, true, true, true, true, true});
    std::string tampered = f.Code("Eve", {false, false, false, false, false, false, false});
    {
        // Claim 100% for wrong answers and fix the checksum: the replayed score gives it away.
        size_t bar = tampered.rfind('|');
        std::string body = tampered.substr(0, bar);
        body = body.substr(0, body.rfind('|')) + "|100";
        tampered = body + "|" + fnv1a_hex(body);
    }
    std::string pasted = ana + "\n" +                           // 1 kept
                         ana + "\n" +                           // 2 duplicate
                         f.Code("Ana", {false}) + "\n" +        // 3 nickname taken
                         f.Code("Dee", {true}, &other) + "\n" + // 4 another room
                         "hello there\n" +                      // 5 not a code
                         ana.substr(0, ana.size() - 4) + "\n" + // 6 cut short
                         tampered + "\n" +                      // 7 score does not match
                         f.Code("Flo", {true, true}) + "\n";    // 8 kept
    RoomSummary s = summarise_room(f.quiz(), f.room, pasted);
    REQUIRE(s.participants.size() == 2);
    CHECK(s.participants[0].nickname == "Ana");
    CHECK(s.participants[1].nickname == "Flo");
    REQUIRE(s.rejected.size() == 6);
    CHECK(s.rejected[0].line == 2);
    CHECK(s.rejected[0].reason == Problem{ProblemId::results_code_duplicate, {"1"}});
    CHECK(s.rejected[1].reason == Problem{ProblemId::results_code_nickname_taken, {"Ana", "1"}});
    CHECK(s.rejected[2].reason == Problem{ProblemId::results_code_other_room, {room_code(other), room_code(f.room)}});
    CHECK(s.rejected[3].reason.id == ProblemId::results_code_foreign);
    CHECK(s.rejected[4].reason.id == ProblemId::results_code_checksum);
    CHECK(s.rejected[5].reason == Problem{ProblemId::results_code_score_mismatch, {"100"}});
    CHECK(s.rejected[5].line == 7);
}

TEST_CASE("a code whose answers do not fit the room's questions is rejected") {
    RoomFixture f;
    std::string code = f.Code("Gus", {true});
    std::vector<std::string> fields = split(code, '|');
    fields[3] = fields[3].substr(0, fields[3].rfind('.')); // one answer fewer
    std::string body = fields[0] + "|" + fields[1] + "|" + fields[2] + "|" + fields[3] + "|" + fields[4];
    RoomSummary s = summarise_room(f.quiz(), f.room, body + "|" + fnv1a_hex(body));
    REQUIRE(s.rejected.size() == 1);
    CHECK(s.rejected[0].reason == Problem{ProblemId::results_code_answer_count, {"6", "7"}});
    fields = split(code, '|');
    fields[3] = "z" + fields[3].substr(fields[3].find('.')); // choice 35 of a 2-3 choice question
    body = fields[0] + "|" + fields[1] + "|" + fields[2] + "|" + fields[3] + "|" + fields[4];
    s = summarise_room(f.quiz(), f.room, body + "|" + fnv1a_hex(body));
    REQUIRE(s.rejected.size() == 1);
    CHECK(s.rejected[0].reason == Problem{ProblemId::results_code_answer_not_offered, {"1"}});
}

TEST_CASE("the CSV export has a row per participant and the room's mean, spreadsheet-safe") {
    RoomFixture f;
    std::string pasted = f.Code("=cmd|x", {true}) + "\n";
    RoomSummary empty_room = summarise_room(f.quiz(), f.room, "");
    CHECK(room_summary_csv(empty_room).find("(room mean)") == std::string::npos);
    pasted = f.Code("Ana, the lead", {true, true, true, true, true, true, true}) + "\n" + f.Code("=SUM(A1)", {false});
    RoomSummary s = summarise_room(f.quiz(), f.room, pasted);
    std::string csv = room_summary_csv(s);
    std::vector<std::string> rows = split(csv, '\n');
    REQUIRE(rows.size() == 5); // header, two participants, the mean, and the empty tail
    CHECK(rows[0].rfind("nickname,score,max,percent,\"Q1 ", 0) == 0);
    CHECK(rows[1].rfind("\"Ana, the lead\",7.00,7,100,1.00,", 0) == 0);
    CHECK(rows[2].rfind("\"'=SUM(A1)\",0.00,7,0,0.00,", 0) == 0);
    CHECK(rows[3].rfind("(room mean),3.50,7,50,0.50,", 0) == 0);
}

TEST_CASE("a certificate code pasted among the results is checked and told apart, not rejected") {
    RoomFixture f;
    Certificate c;
    c.name = "Ana";
    c.quiz_id = "all-types";
    c.percent = 90;
    c.date = "2026-03-01";
    c.edition = "test:2026-01-02";
    std::string good = certificate_code(c), bad = good;
    bad[bad.size() - 1] = bad.back() == '0' ? '1' : '0';
    RoomSummary s = summarise_room(
        f.quiz(), f.room, f.Code("Ben", {true, true, true, true, true, true, true}) + "\n" + good + "\n" + bad + "\n");
    CHECK(s.rejected.empty());
    CHECK(s.participants.size() == 1);
    REQUIRE(s.certificates.size() == 2);
    CHECK(s.certificates[0].line == 2);
    CHECK(s.certificates[0].valid);
    CHECK(s.certificates[0].certificate.name == "Ana");
    CHECK(s.certificates[0].certificate.percent == 90);
    CHECK(s.certificates[1].line == 3);
    CHECK_FALSE(s.certificates[1].valid);
    CHECK(s.certificates[1].problem.id == ProblemId::certificate_checksum);
}
