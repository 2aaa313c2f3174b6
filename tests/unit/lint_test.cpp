// Each lint check fires on a bank built to trigger it, and stays quiet on a clean one.
#include <doctest/doctest.h>

#include "core/lint/lint.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

bool has_warning(const Diagnostics& ds, const std::string& pointer, const std::string& text) {
    for (const Diagnostic& d : ds)
        if (d.severity == Severity::warning && d.pointer == pointer &&
            d.message.find(text) != std::string::npos)
            return true;
    return false;
}

std::string list(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds) out += format_diagnostic("bank", d) + "\n";
    return out;
}

json single(const std::string& id, int right,
            std::vector<std::string> texts = {"Alpha", "Beta", "Gamma"}) {
    json q = {{"id", id},
              {"category", "actors"},
              {"type", "single"},
              {"prompt", "Prompt " + id},
              {"explanation", "Why."},
              {"refs", {"s1"}},
              {"choices", json::array()}};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        json c = {{"id", std::string(1, char('a' + i))}, {"text", texts[i]}};
        if (static_cast<int>(i) == right) c["correct"] = true;
        q["choices"].push_back(c);
    }
    return q;
}

Bank bank_with(const json& questions) {
    json j = valid_bank_json();
    j["questions"] = questions;
    LoadedBank loaded = load_json(j);
    REQUIRE(loaded.ok());
    return loaded.bank;
}

}  // namespace

TEST_CASE("lint: a clean bank has no warnings") {
    Bank bank = bank_with({single("q1", 0), single("q2", 1), single("q3", 2)});
    Diagnostics ds = lint_bank(bank);
    INFO(list(ds));
    CHECK(ds.empty());
}

TEST_CASE("lint: missing refs, and a bank with no briefing at all") {
    json q = single("q1", 0);
    q.erase("refs");
    Diagnostics ds = lint_bank(bank_with({q, single("q2", 1)}));
    CHECK(has_warning(ds, "/questions/0/refs", "no refs"));
    json j = valid_bank_json();
    j.erase("source");
    for (json& question : j["questions"]) question.erase("refs");
    LoadedBank loaded = load_json(j);
    REQUIRE(loaded.ok());
    CHECK(has_warning(lint_bank(loaded.bank), "/source", "no briefing sections"));
}

TEST_CASE("lint: briefing sections no question uses") {
    json j = valid_bank_json();
    j["source"]["sections"].push_back({{"id", "s2"}, {"heading", "Two"}, {"text", "Unused text."}});
    LoadedBank loaded = load_json(j);
    REQUIRE(loaded.ok());
    Diagnostics ds = lint_bank(loaded.bank);
    CHECK(has_warning(ds, "/source/sections/1", "\"s2\" is not in any question's refs"));
    CHECK_FALSE(has_warning(ds, "/source/sections/0", "not in any"));
}

TEST_CASE("lint: duplicate prompts ignore case, spacing and end punctuation") {
    json a = single("q1", 0), b = single("q2", 1), c = single("q3", 2);
    a["prompt"] = "Who signed the treaty?";
    b["prompt"] = "  who  signed the TREATY ";
    c["prompt"] = "Who signed the deal?";
    Diagnostics ds = lint_bank(bank_with({a, b, c}));
    CHECK(has_warning(ds, "/questions/1/prompt", "same prompt as question \"q1\""));
    CHECK_FALSE(has_warning(ds, "/questions/2/prompt", "same prompt"));
}

// Key positions and option lengths: tests/unit/lint_rules_test.cpp (rules key-position and
// longest-option).
