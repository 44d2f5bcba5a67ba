// Deep links: known parameters set the starting state, anything else becomes a notice.
#include "problem_checks.h"
#include "deep_link.h"
#include <doctest/doctest.h>

using namespace srm;

TEST_CASE("the explorer deep link opens exactly that state") {
    DeepLink link = parse_deep_link("?view=explore&cloud=aws&service=rds&compare=ec2");
    CHECK(link.view == "explore");
    CHECK(link.cloud == "aws");
    CHECK(link.service == "rds");
    CHECK(link.compare == "ec2");
    CHECK(link.notices.empty());
    CHECK(format_deep_link(link) == "?view=explore&cloud=aws&service=rds&compare=ec2");
}

TEST_CASE("unknown parameters, bad values and bad escapes are ignored with a notice") {
    DeepLink link = parse_deep_link("view=nowhere&utm_source=mail&service=%3Cscript%3E&cloud=a%zz&quiz=fundamentals&&");
    CHECK(link.view.empty());
    CHECK(link.service.empty());
    CHECK(link.cloud.empty());
    CHECK(link.quiz == "fundamentals");
    REQUIRE(link.notices.size() == 4);
    CHECK(link.notices[0] == Problem{ProblemId::link_view, {"nowhere"}});
    CHECK(link.notices[1] == Problem{ProblemId::link_unknown_parameter, {"utm_source"}});
    CHECK(link.notices[2] == Problem{ProblemId::link_bad_value, {"service", "<script>"}});
    CHECK(link.notices[3] == Problem{ProblemId::link_bad_escape, {}});
}

TEST_CASE("an empty query is an empty link") {
    CHECK(parse_deep_link("").notices.empty());
    CHECK(parse_deep_link("?").view.empty());
    CHECK(format_deep_link(DeepLink{}).empty());
}

TEST_CASE("overlong values are refused and shown shortened") {
    DeepLink link = parse_deep_link("?service=" + std::string(100, 'a'));
    CHECK(link.service.empty());
    REQUIRE(link.notices.size() == 1);
    CHECK(link.notices[0].id == ProblemId::link_bad_value);
    REQUIRE(link.notices[0].args.size() == 2);
    CHECK(link.notices[0].args[1].find("...") != std::string::npos);
}

TEST_CASE("theme, lang, embed and parent_origin are read and checked") {
    DeepLink ok = parse_deep_link("?theme=high-contrast&lang=en&embed=1&parent_origin=https%3A%2F%2Fwiki.example.com");
    CHECK(ok.notices.empty());
    CHECK(ok.theme == "high-contrast");
    CHECK(ok.lang == "en");
    CHECK(ok.embed);
    CHECK(ok.parent_origin == "https://wiki.example.com");
    DeepLink bad = parse_deep_link("?theme=neon&lang=xx&embed=yes&parent_origin=javascript:alert(1)&mode=fast&seed=abc");
    CHECK(bad.theme.empty());
    CHECK(bad.lang.empty());
    CHECK_FALSE(bad.embed);
    CHECK(bad.parent_origin.empty());
    REQUIRE(bad.notices.size() == 6);
    CHECK(bad.notices[1] == Problem{ProblemId::link_language, {"xx"}});
    CHECK(parse_deep_link("?lang=fr", {"en", "fr"}).lang == "fr");
}

TEST_CASE("web origins: scheme, host and an optional port, nothing else") {
    CHECK(is_web_origin("https://wiki.example.com"));
    CHECK(is_web_origin("http://localhost:8090"));
    CHECK_FALSE(is_web_origin("https://wiki.example.com/page"));
    CHECK_FALSE(is_web_origin("ftp://example.com"));
    CHECK_FALSE(is_web_origin("https://"));
    CHECK_FALSE(is_web_origin("https://a.com:99999x"));
    CHECK_FALSE(is_web_origin("*"));
}
