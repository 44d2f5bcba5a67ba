// Responsibility model: loading, queries and one test per validation error class.
#include "fixtures.h"
#include "model.h"
#include <doctest/doctest.h>

using namespace srm;
using fixtures::replace;

static Diagnostics LoadBroken(const std::string& text, ResponsibilityModel* out = nullptr) {
    ResponsibilityModel m;
    Diagnostics diags;
    CHECK_FALSE(load_model(text, "m.json", "2026-11-29", m, diags));
    if (out) *out = m;
    return diags;
}

static bool HasId(const Diagnostics& diags, const std::string& id, const std::string& pointer = "") {
    for (const Diagnostic& d : diags)
        if (d.id == id && (pointer.empty() || d.pointer == pointer)) return true;
    return false;
}

TEST_CASE("the fixture model loads and answers ownership queries") {
    ResponsibilityModel m;
    Diagnostics diags;
    REQUIRE(load_model(fixtures::kModel, "m.json", "2026-11-29", m, diags));
    CHECK(diags.empty());
    CHECK(m.services.size() == 2);
    REQUIRE(m.find_cell("vm", "patching"));
    CHECK(m.find_cell("vm", "patching")->owner == Owner::customer);
    CHECK(m.find_cell("store", "patching")->owner == Owner::provider);
    CHECK(m.find_cell("store", "nope") == nullptr);
    CHECK(m.layer_owner("os", "vm") == Owner::customer);
    CHECK(m.layer_owner("os", "store") == Owner::provider);
    CHECK(m.find_control("patching")->cls == ControlClass::shared);
}

TEST_CASE("a layer whose controls have different owners is shared") {
    std::string text = replace(fixtures::kModel, R"("class": "inherited", "layer": "hardware")",
                               R"("class": "inherited", "layer": "os")");
    ResponsibilityModel m;
    Diagnostics diags;
    REQUIRE(load_model(text, "m.json", "2026-11-29", m, diags));
    CHECK(m.layer_owner("os", "vm") == Owner::shared);
    CHECK(m.layer_owner("hardware", "vm") == Owner::not_applicable);
}

TEST_CASE("model validation errors are located and carry stable ids") {
    SUBCASE("unknown schema_version") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "\"schema_version\": 1", "\"schema_version\": 7")),
                    "unknown-schema-version", "/schema_version"));
    }
    SUBCASE("missing field") {
        Diagnostics d = LoadBroken(replace(fixtures::kModel, "\"title\": \"Cloudco model\",", ""));
        REQUIRE(HasId(d, "missing-field"));
        CHECK(d[0].message.find("\"title\"") != std::string::npos);
    }
    SUBCASE("wrong type") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "\"services\": [", "\"services\": 3, \"x\": [")), "wrong-type",
                    "/services"));
    }
    SUBCASE("duplicate id") {
        Diagnostics d = LoadBroken(replace(fixtures::kModel, "{\"id\": \"store\"", "{\"id\": \"vm\""));
        CHECK(HasId(d, "duplicate-id", "/services/1/id"));
    }
    SUBCASE("unknown id in a cell") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "{\"service\": \"vm\", \"control\": \"physical\"",
                                       "{\"service\": \"vn\", \"control\": \"physical\"")),
                    "unknown-id", "/cells/2/service"));
    }
    SUBCASE("missing cell") {
        std::string text = replace(
            fixtures::kModel,
            R"({"service": "store", "control": "physical", "owner": "provider", "explanation": "Theirs.", "source": "https://example.com/c", "last_verified": "2026-01-02"})",
            R"({"service": "store", "control": "classification", "owner": "customer", "explanation": "Dup.", "source": "https://example.com/c", "last_verified": "2026-01-02"})");
        Diagnostics d = LoadBroken(text);
        CHECK(HasId(d, "missing-cell"));
        CHECK(HasId(d, "duplicate-cell", "/cells/5"));
    }
    SUBCASE("non-https source") {
        Diagnostics d = LoadBroken(
            replace(fixtures::kModel, "\"source\": \"https://example.com/b\"", "\"source\": \"http://example.com/b\""));
        CHECK(HasId(d, "non-https-link", "/cells/1/source"));
        CHECK(d[0].line == 32);
    }
    SUBCASE("javascript: source") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "\"https://example.com/srm\"", "\"javascript:alert(1)\"")),
                    "non-https-link", "/source"));
    }
    SUBCASE("malformed date") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "\"last_verified\": \"2026-01-02\"",
                                       "\"last_verified\": \"2026-13-02\"")),
                    "malformed-date", "/cells/0/last_verified"));
    }
    SUBCASE("future date") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "\"last_verified\": \"2026-01-02\"",
                                       "\"last_verified\": \"2027-01-02\"")),
                    "future-date", "/cells/0/last_verified"));
    }
    SUBCASE("empty label") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "\"label\": \"HARDWARE\"", "\"label\": \"  \"")),
                    "empty-string", "/layers/2/label"));
    }
    SUBCASE("bad owner value") {
        CHECK(HasId(LoadBroken(replace(fixtures::kModel, "\"owner\": \"customer\"", "\"owner\": \"nobody\"")),
                    "bad-value", "/cells/0/owner"));
    }
    SUBCASE("a document that is not an object") { CHECK(HasId(LoadBroken("[1, 2]"), "wrong-type", "")); }
}
