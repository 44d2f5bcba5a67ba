// Located JSON parsing: syntax errors at line:column, pointers mapped back to positions.
#include "json_source.h"
#include <doctest/doctest.h>

using namespace srm;

TEST_CASE("a syntax error names the file, line and column") {
    Diagnostics diags;
    JsonDocument doc = parse_json_document("{\n  \"a\": 1,\n  \"b\": }\n", "x.json", diags);
    CHECK_FALSE(doc.ok);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].id == "syntax-error");
    CHECK(diags[0].line == 3);
    CHECK(diags[0].column == 8);
    CHECK(diags[0].format().rfind("x.json:3:8: error: ", 0) == 0);
}

TEST_CASE("invalid UTF-8 inside a string is a located syntax error") {
    Diagnostics diags;
    std::string text = "{\"a\": \"ok\",\n \"b\": \"bad \xC3\x28 byte\"}";
    JsonDocument doc = parse_json_document(text, "u.json", diags);
    CHECK_FALSE(doc.ok);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].line == 2);
    CHECK(diags[0].message.find("UTF-8") != std::string::npos);
}

TEST_CASE("an empty document is a syntax error, not a crash") {
    Diagnostics diags;
    CHECK_FALSE(parse_json_document("", "e.json", diags).ok);
    CHECK(diags.size() == 1);
}

TEST_CASE("the locator maps JSON pointers to where values start") {
    Diagnostics diags;
    std::string text = "{\n  \"list\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"x/y\": 2}\n  ]\n}";
    REQUIRE(parse_json_document(text, "l.json", diags).ok);
    JsonLocator locator(text);
    SourcePos p = locator.locate("/list/1/id");
    CHECK(p.line == 4);
    CHECK(p.column == 12);
    CHECK(locator.locate("/list/1/x~1y").column == 24);
    // A pointer that does not exist falls back to its nearest ancestor.
    CHECK(locator.locate("/list/0/missing").line == 3);
    CHECK(locator.locate("").line == 1);
}

TEST_CASE("pointer tokens are escaped per RFC 6901") {
    CHECK(pointer_append("/a", "b/c~d") == "/a/b~1c~0d");
    CHECK(pointer_append("", size_t(3)) == "/3");
}
