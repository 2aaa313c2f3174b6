// One passing and one failing case for every rule of the bank format.
#include <doctest/doctest.h>

#include <functional>

#include "core/bank/bank_rules.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {
// Applies a change to the valid bank and expects one error at pointer.
void expect_error(void (*change)(json&), const std::string& pointer, const std::string& text = {}) {
    json j = valid_bank_json();
    change(j);
    LoadedBank loaded = load_json(j);
    INFO(describe(loaded));
    CHECK_FALSE(loaded.ok());
    CHECK(has_diagnostic(loaded, Severity::error, pointer, text));
}
}  // namespace

TEST_CASE("bank rules: the valid fixture passes with no diagnostics") {
    LoadedBank loaded = load_json(valid_bank_json());
    INFO(describe(loaded));
    CHECK(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.bank.questions.size() == 6);
}

TEST_CASE("bank rules: top level") {
    expect_error([](json& j) { j["format"] = "other"; }, "/format", "statecraft.bank");
    expect_error([](json& j) { j.erase("format"); }, "/format", "missing");
    expect_error([](json& j) { j["version"] = 2; }, "/version", "newer version");
    expect_error([](json& j) { j["version"] = 0; }, "/version");
    expect_error([](json& j) { j["version"] = "1"; }, "/version", "MAJOR.MINOR");
    expect_error([](json& j) { j.erase("version"); }, "/version", "missing");
    expect_error([](json& j) { j["id"] = "Not A Slug"; }, "/id", "slug");
    expect_error([](json& j) { j.erase("id"); }, "/id", "missing");
    expect_error([](json& j) { j["title"] = "  "; }, "/title");
    expect_error([](json& j) { j["language"] = "e"; }, "/language");
    expect_error([](json& j) { j["categories"] = json::array(); }, "/categories");
    expect_error([](json& j) { j["questions"] = json::array(); }, "/questions");
    expect_error([](json& j) { j["questions"] = json::object(); }, "/questions", "array");
}

TEST_CASE("bank rules: a valid language tag passes") {
    json j = valid_bank_json();
    j["language"] = "fr-CA";
    CHECK(load_json(j).ok());
}

TEST_CASE("bank rules: source sections and categories") {
    expect_error([](json& j) { j["source"]["sections"].push_back(j["source"]["sections"][0]); },
                 "/source/sections/1/id", "duplicate");
    expect_error([](json& j) { j["source"]["sections"][0]["text"] = ""; },
                 "/source/sections/0/text");
    expect_error([](json& j) { j["source"]["sections"][0]["heading"] = ""; },
                 "/source/sections/0/heading");
    expect_error([](json& j) { j["categories"][1]["id"] = "actors"; }, "/categories/1/id",
                 "duplicate");
    expect_error([](json& j) { j["categories"][0]["id"] = "Bad Id"; }, "/categories/0/id", "slug");
    expect_error([](json& j) { j["categories"][0]["title"] = ""; }, "/categories/0/title");
}

TEST_CASE("bank rules: every question") {
    expect_error([](json& j) { j["questions"][1]["id"] = "q-single"; }, "/questions/1/id",
                 "duplicate");
    expect_error([](json& j) { j["questions"][0]["id"] = "Q 1"; }, "/questions/0/id", "slug");
    expect_error([](json& j) { j["questions"][0]["category"] = "nowhere"; },
                 "/questions/0/category");
    expect_error([](json& j) { j["questions"][0]["type"] = "essay"; }, "/questions/0/type",
                 "unknown question type");
    expect_error([](json& j) { j["questions"][0].erase("type"); }, "/questions/0/type", "missing");
    expect_error([](json& j) { j["questions"][0]["prompt"] = "   "; }, "/questions/0/prompt");
    expect_error([](json& j) { j["questions"][0]["prompt"] = std::string(2001, 'x'); },
                 "/questions/0/prompt", "2,000");
    expect_error([](json& j) { j["questions"][0]["refs"] = {"s9"}; }, "/questions/0/refs/0", "s9");
    expect_error([](json& j) { j["questions"][0]["difficulty"] = 4; }, "/questions/0/difficulty");
    expect_error([](json& j) { j["questions"][0]["difficulty"] = 1.5; }, "/questions/0/difficulty",
                 "integer");
    expect_error([](json& j) { j["questions"][0]["time_limit_s"] = 0; },
                 "/questions/0/time_limit_s");
}

TEST_CASE("bank rules: a prompt of exactly 2,000 characters passes") {
    json j = valid_bank_json();
    j["questions"][0]["prompt"] = std::string(1999, 'x') + "\xC3\xA9";  // multi-byte last character
    CHECK(load_json(j).ok());
}

TEST_CASE("bank rules: single and multiple choice") {
    expect_error([](json& j) { j["questions"][0]["choices"][1]["correct"] = true; },
                 "/questions/0/choices", "exactly one");
    expect_error([](json& j) { j["questions"][0]["choices"][0]["correct"] = false; },
                 "/questions/0/choices", "exactly one");
    expect_error([](json& j) { j["questions"][0]["choices"].erase(1); }, "/questions/0/choices",
                 "2 to 8");
    expect_error(
        [](json& j) {
            for (int i = 0; i < 8; ++i)
                j["questions"][0]["choices"].push_back(
                    {{"id", "x" + std::to_string(i)}, {"text", "t"}});
        },
        "/questions/0/choices", "2 to 8");
    expect_error([](json& j) { j["questions"][0]["choices"][1]["id"] = "a"; },
                 "/questions/0/choices/1/id", "duplicate");
    expect_error([](json& j) { j["questions"][0]["choices"][1]["text"] = ""; },
                 "/questions/0/choices/1/text");
    expect_error(
        [](json& j) {
            for (auto& c : j["questions"][1]["choices"]) c["correct"] = false;
        },
        "/questions/1/choices", "at least one");
    expect_error([](json& j) { j["questions"][1]["choices"][0]["correct"] = "yes"; },
                 "/questions/1/choices/0/correct", "true or false");
}

TEST_CASE("bank rules: true/false") {
    expect_error([](json& j) { j["questions"][2].erase("answer"); }, "/questions/2/answer",
                 "missing");
    expect_error([](json& j) { j["questions"][2]["answer"] = "false"; }, "/questions/2/answer",
                 "true or false");
}

TEST_CASE("bank rules: matching") {
    expect_error([](json& j) { j["questions"][3]["pairs"].erase(1); }, "/questions/3/pairs",
                 "2 to 10");
    expect_error([](json& j) { j["questions"][3]["pairs"][1]["left"] = "L1"; },
                 "/questions/3/pairs/1/left", "duplicate");
    expect_error([](json& j) { j["questions"][3]["pairs"][1]["right"] = "R1"; },
                 "/questions/3/pairs/1/right", "duplicate");
    expect_error([](json& j) { j["questions"][3]["distractors"] = {"R1"}; },
                 "/questions/3/distractors/0", "already");
    expect_error([](json& j) { j["questions"][3]["pairs"][0]["right"] = ""; },
                 "/questions/3/pairs/0/right");
}

TEST_CASE("bank rules: ordering") {
    expect_error([](json& j) { j["questions"][4]["sequence"] = {"only"}; }, "/questions/4/sequence",
                 "2 to 10");
    expect_error(
        [](json& j) {
            j["questions"][4]["sequence"] = {"a", "a"};
        },
        "/questions/4/sequence/1", "duplicate");
    expect_error(
        [](json& j) {
            j["questions"][4]["sequence"] = {"a", 3};
        },
        "/questions/4/sequence/1", "string");
}

TEST_CASE("bank rules: short answer") {
    expect_error([](json& j) { j["questions"][5]["accept"] = json::array(); },
                 "/questions/5/accept", "at least one");
    expect_error([](json& j) { j["questions"][5]["accept"] = {" "}; }, "/questions/5/accept/0");
    expect_error([](json& j) { j["questions"][5]["case_sensitive"] = 1; },
                 "/questions/5/case_sensitive");
}

TEST_CASE("bank rules: errors carry the question id") {
    json j = valid_bank_json();
    j["questions"][0]["choices"][1]["correct"] = true;
    LoadedBank loaded = load_json(j);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].question_id == "q-single");
    CHECK(format_diagnostic("b.json", loaded.diagnostics[0]) ==
          "b.json: error: question \"q-single\", choices: a single-choice question needs exactly "
          "one correct choice, has 2 (at /questions/0/choices)");
}

TEST_CASE("bank rules: messages name the place in words and keep the pointer") {
    CHECK(place_in_words("/questions/0/choices/2/text", "x") == "question \"x\", choice 3, text");
    CHECK(place_in_words("/questions/4/pairs/0/right", "") == "question 5, pair 1, right");
    CHECK(place_in_words("/questions/1/accept/0", "q") == "question \"q\", accepted answer 1");
    CHECK(place_in_words("/source/sections/2/heading", "") ==
          "source, briefing section 3, heading");
    CHECK(place_in_words("/categories/1", "") == "category 2");
    CHECK(place_in_words("/title", "") == "title");
    CHECK(place_in_words("", "q").empty());
    Diagnostic d{Severity::warning, "no explanation", 0, 0, "/questions/3/explanation", "q4", {}};
    CHECK(format_diagnostic("b.json", d) ==
          "b.json: warning: question \"q4\", explanation: no explanation "
          "(at /questions/3/explanation)");
}

TEST_CASE("bank rules: one value of the wrong type is one error, not three") {
    const auto errors_for = [](const std::function<void(json&)>& change) {
        json j = valid_bank_json();
        change(j);
        const LoadedBank loaded = load_json(j);
        std::string all;
        for (const Diagnostic& d : loaded.diagnostics) all += format_diagnostic("b", d) + "\n";
        INFO(all);
        CHECK(count(loaded.diagnostics, Severity::error) == 1);
        return loaded.diagnostics;
    };
    CHECK(errors_for([](json& j) { j["questions"][0]["prompt"] = 5; })[0].pointer ==
          "/questions/0/prompt");
    CHECK(errors_for([](json& j) { j["questions"][0]["choices"] = "A, B"; })[0].pointer ==
          "/questions/0/choices");
    CHECK(errors_for([](json& j) { j["questions"][0]["choices"][0]["correct"] = "true"; })[0]
              .pointer == "/questions/0/choices/0/correct");
    CHECK(errors_for([](json& j) { j["questions"][0]["choices"][1]["text"] = 7; })[0].pointer ==
          "/questions/0/choices/1/text");
    CHECK(errors_for([](json& j) { j["questions"][2]["category"] = 3; })[0].pointer ==
          "/questions/2/category");
}

TEST_CASE("bank rules: errors come before warnings; a warning on many questions is one line") {
    Diagnostics ds;
    for (int i = 0; i < 35; ++i)
        ds.push_back({Severity::warning,
                      "no explanation",
                      0,
                      0,
                      "/questions/" + std::to_string(i) + "/explanation",
                      "q" + std::to_string(i),
                      {}});
    ds.insert(ds.begin() + 1, Diagnostic{Severity::warning, "other", 0, 0, "/title", "", {}});
    ds.push_back({Severity::error, "broken", 0, 0, "/questions/2/prompt", "q2", {}});
    const Diagnostics shown = for_reading(ds);
    REQUIRE(shown.size() == 3);
    CHECK(shown[0].severity == Severity::error);
    CHECK(shown[1].message == "no explanation (35 questions: \"q0\", \"q1\", \"q2\" and 32 more)");
    CHECK(shown[2].message == "other");
    CHECK(format_diagnostic("b", shown[1]).find("warning: no explanation (35 questions") !=
          std::string::npos);
    // Three of a kind stay three lines; the editor's list (no grouping) keeps every line.
    Diagnostics few(ds.begin(), ds.begin() + 4);
    CHECK(for_reading(few).size() == 4);
    CHECK(for_reading(ds, false).size() == ds.size());
    CHECK(for_reading(ds, false).front().severity == Severity::error);
}

TEST_CASE("bank rules: every error of a file is reported at once") {
    json j = valid_bank_json();
    j["title"] = "";
    j["questions"][0]["category"] = "nowhere";
    j["questions"][4]["sequence"] = {"a"};
    LoadedBank loaded = load_json(j);
    CHECK(count(loaded.diagnostics, Severity::error) == 3);
}

TEST_CASE("bank rules: warnings for unknown fields and missing explanations") {
    json j = valid_bank_json();
    j["questions"][0].erase("explanation");
    j["questions"][1]["hint"] = "think";
    j["future"] = {{"x", 1}};
    LoadedBank loaded = load_json(j);
    INFO(describe(loaded));
    CHECK(loaded.ok());
    CHECK(has_diagnostic(loaded, Severity::warning, "/questions/0/explanation", "no explanation"));
    CHECK(has_diagnostic(loaded, Severity::warning, "/questions/1/hint", "unknown field"));
    CHECK(has_diagnostic(loaded, Severity::warning, "/future", "unknown field"));
}

TEST_CASE("bank rules: slugs") {
    CHECK(is_slug("a"));
    CHECK(is_slug("iran-russia-2024"));
    CHECK_FALSE(is_slug("-a"));
    CHECK_FALSE(is_slug("A"));
    CHECK_FALSE(is_slug(std::string(65, 'a')));
    CHECK(is_slug(std::string(64, 'a')));
}
