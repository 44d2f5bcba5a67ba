// Deep links: known parameters set the starting state, anything else becomes a notice.
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
    CHECK(link.notices[0] == "Ignored view=\"nowhere\": there is no such view.");
    CHECK(link.notices[1] == "Ignored the unknown link parameter \"utm_source\".");
    CHECK(link.notices[2] == "Ignored service=\"<script>\": not a valid value.");
    CHECK(link.notices[3] == "Ignored a malformed part of the link (bad % escape).");
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
    CHECK(link.notices[0].find("...") != std::string::npos);
}
