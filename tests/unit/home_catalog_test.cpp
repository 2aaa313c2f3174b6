// Home's first impression: the shipped banks a student learns from come before the format
// examples, so a first launch selects a real bank.
#include <doctest/doctest.h>

#include <filesystem>

#include "app/bank_catalog.h"

using namespace statecraft;

TEST_CASE("home: a first launch selects a real bank; the examples are listed last") {
    const std::filesystem::path questions =
        std::filesystem::path(STATECRAFT_SOURCE_DIR) / "questions";
    HomeState home;
    scan_banks(home, BankSources{questions, {}, std::nullopt});
    REQUIRE(home.banks.size() >= 2);
    REQUIRE(home.selected == 0);
    CHECK_FALSE(is_example_bank(home.banks[0].loaded->path));
    CHECK(home.banks[0].loaded->bank.id != "example-all-types");
    CHECK(is_example_bank(home.banks.back().loaded->path));
    // A bank named on the command line stays first and selected, example or not.
    HomeState named;
    scan_banks(named, BankSources{questions, {}, questions / "examples/all-types.json"});
    CHECK(named.banks[named.selected].loaded->bank.id == "example-all-types");
    CHECK(named.selected == 0);
}
