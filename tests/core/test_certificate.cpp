// Certificate codes: a round trip with a name in any script, every single-character change
// detected, the edition taken from the quiz's models, and hostile input refused with a reason
// before anything large is split.
#include "certificate.h"
#include "text_codes.h"
#include "fixtures.h"
#include "problem_checks.h"
#include <doctest/doctest.h>

using namespace srm;

static Certificate Sample() {
    Certificate c;
    c.name = "Zoé O'Brien | 李";
    c.quiz_id = "fundamentals";
    c.percent = 85;
    c.date = "2026-11-30";
    c.edition = "aws:2026-11-30+azure:2026-11-29";
    return c;
}

TEST_CASE("a certificate code round-trips the name, quiz, score, date and edition") {
    std::string code = certificate_code(Sample());
    CHECK(code.rfind("SRMC1|", 0) == 0);
    CHECK(code.size() < 200);
    CHECK(looks_like_certificate_code("  " + code));
    Certificate back;
    Problem problem;
    REQUIRE(parse_certificate_code("  " + code + "\n", back, problem));
    CHECK(back.name == Sample().name);
    CHECK(back.quiz_id == "fundamentals");
    CHECK(back.percent == 85);
    CHECK(back.date == "2026-11-30");
    CHECK(back.edition == "aws:2026-11-30+azure:2026-11-29");
    CHECK(certificate_code(back) == code);
}

TEST_CASE("every single-character change to a certificate code is detected") {
    std::string code = certificate_code(Sample());
    Certificate back;
    Problem problem;
    for (size_t i = 0; i < code.size(); ++i) {
        for (char replacement : {'0', 'a', '|', '%', 'Z', '9'}) {
            if (code[i] == replacement) continue;
            std::string bad = code;
            bad[i] = replacement;
            INFO("position " << i << " -> " << replacement);
            CHECK_FALSE(parse_certificate_code(bad, back, problem));
        }
    }
    CHECK_FALSE(parse_certificate_code(code.substr(0, code.size() - 1), back, problem));
    CHECK(problem.id == ProblemId::certificate_checksum);
}

TEST_CASE("a raised score with a recomputed checksum is still read as what it says, so the checksum is not a signature") {
    Certificate raised = Sample();
    raised.percent = 100;
    Certificate back;
    Problem problem;
    REQUIRE(parse_certificate_code(certificate_code(raised), back, problem));
    CHECK(back.percent == 100);
}

TEST_CASE("hostile certificate codes are refused with a reason") {
    Certificate back;
    Problem problem;
    auto refused = [&](const std::string& text, ProblemId id) {
        INFO(text.substr(0, 80));
        CHECK_FALSE(parse_certificate_code(text, back, problem));
        CHECK(problem.id == id);
    };
    refused("", ProblemId::certificate_foreign);
    refused("SRMW1|ABCDE-FGHJK|Sam|0|0|00000000", ProblemId::certificate_foreign);
    refused("SRMC9|a|b|1|2026-01-01|x|00000000", ProblemId::certificate_other_version);
    refused("SRMC1|" + std::string(2000, 'a'), ProblemId::certificate_too_long);
    refused("SRMC1|" + std::string(1000, '|'), ProblemId::certificate_shape);
    refused("SRMC1|a|b|1|2026-01-01|x|00000000", ProblemId::certificate_checksum);
    // Each field damaged, the checksum recomputed to match.
    auto signed_body = [](const std::string& body) { return body + "|" + fnv1a_hex(body); };
    refused(signed_body("SRMC1|%0A|quiz|50|2026-01-01|aws:2026-01-01"), ProblemId::certificate_name);
    refused(signed_body("SRMC1|Sam%4|quiz|50|2026-01-01|aws:2026-01-01"), ProblemId::certificate_name);
    refused(signed_body("SRMC1|%20Sam|quiz|50|2026-01-01|aws:2026-01-01"), ProblemId::certificate_name);
    refused(signed_body("SRMC1||quiz|50|2026-01-01|aws:2026-01-01"), ProblemId::certificate_name);
    refused(signed_body("SRMC1|" + std::string(65, 'a') + "|quiz|50|2026-01-01|aws:2026-01-01"),
            ProblemId::certificate_name);
    refused(signed_body("SRMC1|Sam|Quiz!|50|2026-01-01|aws:2026-01-01"), ProblemId::certificate_quiz);
    refused(signed_body("SRMC1|Sam|quiz|101|2026-01-01|aws:2026-01-01"), ProblemId::certificate_percent);
    refused(signed_body("SRMC1|Sam|quiz|-5|2026-01-01|aws:2026-01-01"), ProblemId::certificate_percent);
    refused(signed_body("SRMC1|Sam|quiz|50|2026-13-01|aws:2026-01-01"), ProblemId::certificate_date);
    refused(signed_body("SRMC1|Sam|quiz|50|yesterday|aws:2026-01-01"), ProblemId::certificate_date);
    refused(signed_body("SRMC1|Sam|quiz|50|2026-01-01|%3Cscript%3E"), ProblemId::certificate_edition);
    refused(signed_body("SRMC1|Sam|quiz|50|2026-01-01|AWS:2026"), ProblemId::certificate_edition);
    refused(signed_body("SRMC1|Sam|quiz|50|2026-01-01|"), ProblemId::certificate_edition);
}

TEST_CASE("names are trimmed and bounded") {
    std::string name;
    Problem problem;
    CHECK(clean_certificate_name("  Ada Lovelace ", name, problem));
    CHECK(name == "Ada Lovelace");
    CHECK_FALSE(clean_certificate_name("   ", name, problem));
    CHECK(problem.id == ProblemId::certificate_name_missing);
    CHECK_FALSE(clean_certificate_name(std::string(65, 'x'), name, problem));
    CHECK(problem.id == ProblemId::certificate_name_too_long);
    CHECK_FALSE(clean_certificate_name("Ada\tL", name, problem));
    CHECK(problem.id == ProblemId::certificate_name_character);
}

TEST_CASE("the edition names the models a quiz uses with their newest check") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    CHECK(certificate_edition(catalog.quizzes()[0], catalog) == "test:2026-01-02");
    Quiz plain;
    plain.id = "plain";
    CHECK(certificate_edition(plain, catalog) == "content:2026-01-02");
}
