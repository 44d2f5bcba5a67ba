// Queries on the responsibility model: ownership under settings, duties, differences, the split,
// stale cells, dates and the CSV export; plus validation of settings, variants and third parties.
#include "fixtures.h"
#include "model_queries.h"
#include <doctest/doctest.h>

using namespace srm;

static ResponsibilityModel Load(const std::string& text) {
    ResponsibilityModel m;
    Diagnostics diags;
    bool ok = load_model(text, "m.json", "2026-11-29", m, diags);
    INFO(format_all(diags));
    CHECK(ok);
    return m;
}

TEST_CASE("owner_of follows the service setting; the default is the cell itself") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    REQUIRE(owner_of(m, "vm", "patching"));
    CHECK(owner_of(m, "vm", "patching")->owner == Owner::customer);
    CHECK(owner_of(m, "vm", "patching", {{"patch-mode", "self"}})->owner == Owner::customer);
    const Ownership* managed = owner_of(m, "vm", "patching", {{"patch-mode", "managed"}});
    REQUIRE(managed);
    CHECK(managed->owner == Owner::provider);
    CHECK(managed->source == "https://example.com/m");
    CHECK(owner_of(m, "vm", "nothing") == nullptr);
    CHECK(m.find_service("vm")->find_setting("patch-mode")->default_option == "self");
}

TEST_CASE("a declared third party can own a cell") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    const Ownership* o = owner_of(m, "store", "classification");
    REQUIRE(o);
    CHECK(o->owner == Owner::party);
    CHECK(o->owner_party == "platform-team");
    CHECK(m.owner_label(*o) == "Platform team");
    CHECK(m.owner_label(*owner_of(m, "vm", "physical")) == "Cloudco");
}

TEST_CASE("customer duties list what the customer owns or shares") {
    ResponsibilityModel m = Load(fixtures::kModel);
    std::vector<Duty> vm = customer_duties(m, "vm");
    REQUIRE(vm.size() == 2);
    CHECK(vm[0].control->id == "classification");
    CHECK(vm[1].control->id == "patching");
    CHECK(customer_duties(m, "store").size() == 1);
    ResponsibilityModel s = Load(fixtures::model_with_settings());
    CHECK(customer_duties(s, "vm", {{"patch-mode", "managed"}}).size() == 1);
}

TEST_CASE("differences name the controls whose owner changes between two services") {
    ResponsibilityModel m = Load(fixtures::kModel);
    std::vector<Difference> d = differences(m, "vm", "store");
    REQUIRE(d.size() == 1);
    CHECK(d[0].control->id == "patching");
    CHECK(d[0].a->owner == Owner::customer);
    CHECK(d[0].b->owner == Owner::provider);
    CHECK(differences(m, "vm", "vm").empty());
    ResponsibilityModel s = Load(fixtures::model_with_settings());
    CHECK(differences(s, "vm", "store", {{"patch-mode", "managed"}}).size() == 1); // only the third party now
}

TEST_CASE("the split counts owners and places the line") {
    ResponsibilityModel m = Load(fixtures::kModel);
    Split vm = split_of(m, "vm");
    CHECK(vm.customer == 2);
    CHECK(vm.provider == 1);
    CHECK(vm.provider_fraction == doctest::Approx(1.0 / 3));
    Split store = split_of(m, "store");
    CHECK(store.provider_fraction == doctest::Approx(2.0 / 3));
    CHECK(store.provider_fraction > vm.provider_fraction); // the line moves up for the managed service
}

TEST_CASE("stale cells are those checked longer ago than the limit, variants included") {
    ResponsibilityModel m = Load(fixtures::model_with_settings());
    CHECK(stale_cells(m, "2026-11-29", 400).size() == 1); // only the variant from 2025-01-02
    std::vector<StaleEntry> all = stale_cells(m, "2026-11-29", 180);
    CHECK(all.size() == 7);
    CHECK(all[1].where == "vm/patching");
    CHECK(all[2].where == "vm/patching[patch-mode=managed]");
    CHECK(all[2].age_days == 696);
    CHECK(stale_cells(m, "2026-01-02", 0).size() == 1); // the cells are a day old or less; the variant is older
}

TEST_CASE("days_between counts calendar days across months, years and leap days") {
    CHECK(days_between("2026-01-01", "2026-01-02") == 1);
    CHECK(days_between("2024-02-28", "2024-03-01") == 2);
    CHECK(days_between("2025-12-31", "2026-01-01") == 1);
    CHECK(days_between("2026-11-29", "2026-06-02") == -180);
}

TEST_CASE("the CSV export has a header, one row a cell, variants after their cell, and quoting") {
    ResponsibilityModel m =
        Load(fixtures::replace(fixtures::model_with_settings(), "\"Yours.\"", "\"Yours, \\\"all\\\" of it.\""));
    std::string csv = export_matrix_csv(m);
    CHECK(csv.rfind("service,control,owner,explanation,source,last_verified\r\n", 0) == 0);
    CHECK(csv.find("\"vm\",\"classification\",\"customer\",\"Yours, \"\"all\"\" of it.\",\"https://example.com/a\",\"2026-01-02\"\r\n") !=
          std::string::npos);
    CHECK(csv.find(
              "\"vm\",\"patching\",\"customer\",\"You patch the guest.\",\"https://example.com/b\",\"2026-01-02\"\r\n"
              "\"vm[patch-mode=managed]\",\"patching\",\"provider\",\"Managed patching.\",\"https://example.com/m\",\"2025-01-02\"\r\n") !=
          std::string::npos);
    CHECK(csv.find("\"store\",\"classification\",\"platform-team\",") != std::string::npos);
    size_t rows = 0;
    for (char c : csv) rows += c == '\n';
    CHECK(rows == 1 + 6 + 1);
}

TEST_CASE("settings and variants are validated") {
    auto broken = [](const std::string& from, const std::string& to) {
        ResponsibilityModel m;
        Diagnostics diags;
        CHECK_FALSE(
            load_model(fixtures::replace(fixtures::model_with_settings(), from, to), "m.json", "2026-11-29", m, diags));
        return diags;
    };
    SUBCASE("unknown setting in a variant") {
        Diagnostics d = broken("\"setting\": \"patch-mode\"", "\"setting\": \"mode\"");
        CHECK(d.at(0).id == "unknown-id");
        CHECK(d.at(0).pointer == "/cells/1/variants/0/setting");
    }
    SUBCASE("unknown option in a variant") {
        Diagnostics d = broken("\"option\": \"managed\"", "\"option\": \"auto\"");
        CHECK(d.at(0).pointer == "/cells/1/variants/0/option");
    }
    SUBCASE("a default that is not an option") {
        CHECK(broken("\"default\": \"self\"", "\"default\": \"other\"").at(0).pointer == "/services/0/settings/0/default");
    }
    SUBCASE("an owner that is neither a fixed value nor a declared party") {
        CHECK(broken("\"owner\": \"platform-team\"", "\"owner\": \"ops\"").at(0).id == "bad-value");
    }
    SUBCASE("a variant with a non-https source") {
        CHECK(broken("https://example.com/m", "ftp://example.com/m").at(0).pointer == "/cells/1/variants/0/source");
    }
}
