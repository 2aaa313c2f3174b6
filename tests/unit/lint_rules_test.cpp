// Each item-writing-flaw rule of the lint, both ways: a question written with the flaw is
// named with its rule, the same question written well is not (questions/FORMAT.md,
// "Writing good questions").
#include <doctest/doctest.h>

#include "core/lint/lint.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

json question(const std::string& id, const std::string& type, const std::string& prompt) {
    return {{"id", id},         {"category", "actors"},  {"type", type},
            {"prompt", prompt}, {"explanation", "Why."}, {"refs", {"s1"}}};
}

json single(const std::string& id, const std::string& prompt, std::vector<std::string> texts,
            int right, const std::string& type = "single") {
    json q = question(id, type, prompt);
    q["choices"] = json::array();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        json c = {{"id", std::string(1, char('a' + i))}, {"text", texts[i]}};
        if (static_cast<int>(i) == right) c["correct"] = true;
        q["choices"].push_back(c);
    }
    return q;
}

json statement(const std::string& id, const std::string& prompt, bool answer) {
    json q = question(id, "true_false", prompt);
    q["answer"] = answer;
    return q;
}

json short_answer(const std::string& id, const std::string& prompt, const std::string& accept) {
    json q = question(id, "short_answer", prompt);
    q["accept"] = {accept};
    return q;
}

Bank bank_with(const json& questions) {
    json j = valid_bank_json();
    j["questions"] = questions;
    LoadedBank loaded = load_json(j);
    REQUIRE_MESSAGE(loaded.ok(), describe(loaded));
    return loaded.bank;
}

std::string list(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds) out += format_diagnostic("bank", d) + "\n";
    return out;
}

// The rule fired on that question (its id in question_id, or named in a bank-level message).
bool flags(const Diagnostics& ds, const std::string& rule, const std::string& id) {
    for (const Diagnostic& d : ds)
        if (d.rule == rule &&
            (d.question_id == id || d.message.find("\"" + id + "\"") != std::string::npos))
            return true;
    return false;
}

bool has_rule(const Diagnostics& ds, const std::string& rule) {
    for (const Diagnostic& d : ds)
        if (d.rule == rule) return true;
    return false;
}

Diagnostics lint(const json& questions, LintOptions options = {}) {
    options.today = options.today.empty() ? "2026-01-01" : options.today;
    return lint_bank(bank_with(questions), options);
}

}  // namespace

TEST_CASE("lint rule longest-option: a clearly longest key, per question") {
    Diagnostics ds = lint({single("bad", "Who leads the government in Tehran?",
                                  {"Putin", "The elected president, Masoud Pezeshkian", "Xi"}, 1),
                           single("good", "Who leads the government in Tehran?",
                                  {"Vladimir Putin", "Masoud Pezeshkian", "Xi Jinping"}, 1)});
    INFO(list(ds));
    CHECK(flags(ds, "longest-option", "bad"));
    CHECK_FALSE(flags(ds, "longest-option", "good"));
}

TEST_CASE("lint rule longest-option: the key the longest in too many questions of the bank") {
    json biased = json::array(), fair = json::array();
    for (int i = 0; i < 10; ++i) {
        const std::string id = "q" + std::to_string(i);
        // Keys one character longer than the distractors: no question alone is flagged.
        biased.push_back(single(id, "Prompt about topic " + id, {"Alpha", "Bravos", "Gamma"}, 1));
        fair.push_back(single(id, "Prompt about topic " + id, {"Alpha", "Bravos", "Gamma"}, i % 3));
    }
    Diagnostics bad = lint(biased), good = lint(fair);
    INFO(list(bad));
    CHECK(flags(bad, "longest-option", "q3"));
    CHECK_FALSE(has_rule(good, "longest-option"));
}

TEST_CASE("lint rule key-position: chi-square over the keyed positions") {
    json skewed = json::array(), spread = json::array();
    for (int i = 0; i < 12; ++i) {
        const std::string id = "q" + std::to_string(i);
        skewed.push_back(
            single(id, "Prompt on " + id, {"Alpha", "Bravo", "Delta"}, i < 10 ? 0 : 1));
        spread.push_back(single(id, "Prompt on " + id, {"Alpha", "Bravo", "Delta"}, i % 3));
    }
    Diagnostics bad = lint(skewed), good = lint(spread);
    INFO(list(bad));
    CHECK(flags(bad, "key-position", "q0"));
    CHECK_FALSE(has_rule(good, "key-position"));
    // Too few questions to call it a pattern.
    CHECK_FALSE(has_rule(
        lint({single("a", "P1", {"Alpha", "Bravo"}, 0), single("b", "P2", {"Alpha", "Bravo"}, 0)}),
        "key-position"));
}

TEST_CASE("lint rule key-position: multiple-answer keys all first") {
    json first = single("bad", "Which sit on the council?", {"Iran", "Russia", "Chad", "Peru"}, 0,
                        "multiple");
    first["choices"][1]["correct"] = true;
    json mixed = single("good", "Which sit on the board?", {"Iran", "Chad", "Russia", "Peru"}, 0,
                        "multiple");
    mixed["choices"][2]["correct"] = true;
    Diagnostics ds = lint({first, mixed});
    INFO(list(ds));
    CHECK(flags(ds, "key-position", "bad"));
    CHECK_FALSE(flags(ds, "key-position", "good"));
}

TEST_CASE("lint rule absolute-terms: statements and options") {
    Diagnostics ds = lint({statement("bad", "Iran must always consult Moscow first.", false),
                           statement("good", "Iran consulted Moscow before the deal.", true),
                           single("bad-option", "What did Tehran say?",
                                  {"It never sends arms", "It denied the sale"}, 1),
                           single("good-option", "What did Tehran say?",
                                  {"It sent no arms this year", "It denied the sale"}, 1)});
    INFO(list(ds));
    CHECK(flags(ds, "absolute-terms", "bad"));
    CHECK_FALSE(flags(ds, "absolute-terms", "good"));
    CHECK(flags(ds, "absolute-terms", "bad-option"));
    CHECK_FALSE(flags(ds, "absolute-terms", "good-option"));
}

TEST_CASE("lint rule absolute-imbalance: false statements absolute, true ones hedged") {
    json tilted = json::array(), balanced = json::array();
    for (int i = 0; i < 4; ++i) {
        const std::string n = std::to_string(i);
        tilted.push_back(statement("f" + n, "Every envoy in round " + n + " agreed.", false));
        tilted.push_back(statement("t" + n, "Some envoys in round " + n + " may agree.", true));
        balanced.push_back(statement("f" + n, "The envoy in round " + n + " agreed.", false));
        balanced.push_back(statement("t" + n, "Most envoys in round " + n + " agreed.", true));
    }
    Diagnostics bad = lint(tilted), good = lint(balanced);
    INFO(list(bad));
    CHECK(flags(bad, "absolute-imbalance", "f2"));
    CHECK_FALSE(has_rule(good, "absolute-imbalance"));
}

TEST_CASE("lint rule cued-by-other: an answer shown by another question") {
    Diagnostics ds =
        lint({short_answer("bad", "Which minister did the president keep?", "Zarif"),
              single("reveals", "Why did the president keep Zarif as an adviser?",
                     {"For his ties abroad", "For his age"}, 0),
              short_answer("good", "Which port city did the envoy visit?", "Bandar Abbas")});
    INFO(list(ds));
    CHECK(flags(ds, "cued-by-other", "bad"));
    CHECK_FALSE(flags(ds, "cued-by-other", "good"));
    // The same answer offered as a whole option elsewhere gives nothing away.
    Diagnostics option = lint({short_answer("q", "Which minister stayed?", "Zarif"),
                               single("r", "Who stayed on?", {"Zarif", "Salami"}, 0)});
    CHECK_FALSE(flags(option, "cued-by-other", "q"));
}

TEST_CASE("lint rule cued-by-other: an estimate's value printed by another question") {
    json estimate = question("guess", "estimate", "Up to how many missiles were promised?");
    estimate["value"] = 200;
    estimate["tolerance"] = 100;
    json estimate_clean = question("clean", "estimate", "How many days did the talks last?");
    estimate_clean["value"] = 42;
    estimate_clean["tolerance"] = 20;
    Diagnostics ds = lint({estimate, estimate_clean,
                           single("reveals", "What could 200 missiles do for the war?",
                                  {"Strike near the front", "Win it at once"}, 0)});
    INFO(list(ds));
    CHECK(flags(ds, "cued-by-other", "guess"));
    CHECK_FALSE(flags(ds, "cued-by-other", "clean"));
}

TEST_CASE("lint rule near-duplicate: two questions testing one fact the same way") {
    Diagnostics ds = lint(
        {short_answer("first", "In which year did Tehran sign the missile contract?", "2022"),
         short_answer("second", "In what year was the missile contract signed by Tehran?", "2022"),
         short_answer("other", "Which strait borders the disputed islands?", "Hormuz")});
    INFO(list(ds));
    CHECK(flags(ds, "near-duplicate", "second"));
    CHECK_FALSE(flags(ds, "near-duplicate", "other"));
}

TEST_CASE("lint rule copied-from-source: runs of eight words, quotations allowed") {
    const std::string source =
        "The government in Tehran has repeatedly denied that it sent any ballistic missiles to "
        "Russia, while Washington says the first shipments arrived in the autumn.";
    LintOptions options;
    options.source_text = source;
    json copied = statement("bad",
                            "Officials said the government in Tehran has repeatedly denied that it "
                            "sent weapons.",
                            true);
    json quoted =
        statement("good",
                  "The article says \"the government in Tehran has repeatedly denied that "
                  "it sent any ballistic missiles\".",
                  true);
    json seven =
        statement("seven", "Yes, the government in Tehran has repeatedly denied it.", true);
    Diagnostics ds = lint({copied, quoted, seven}, options);
    INFO(list(ds));
    CHECK(flags(ds, "copied-from-source", "bad"));
    CHECK_FALSE(flags(ds, "copied-from-source", "good"));
    CHECK_FALSE(flags(ds, "copied-from-source", "seven"));
    // Without a source text there is nothing to compare with.
    CHECK_FALSE(has_rule(lint(json::array({copied})), "copied-from-source"));
}

TEST_CASE("lint rule giveaway-option: all/none of the above, a/an that fits one option") {
    Diagnostics ds =
        lint({single("bad", "Which country signed?", {"Iran", "Chad", "All of the above"}, 0),
              single("good", "Which country signed?", {"Iran", "Chad", "Peru"}, 0),
              single("article", "Zarif served as an", {"envoy", "general", "banker"}, 0)});
    INFO(list(ds));
    CHECK(flags(ds, "giveaway-option", "bad"));
    CHECK_FALSE(flags(ds, "giveaway-option", "good"));
    CHECK(flags(ds, "giveaway-option", "article"));
}

TEST_CASE("lint rule negative-stem: NOT and EXCEPT need emphasis") {
    Diagnostics ds =
        lint({single("bad", "Which country did not sign?", {"Iran", "Chad"}, 1),
              single("good", "Which country did NOT sign?", {"Iran", "Chad"}, 1),
              single("marked", "Which one is *not* a signatory?", {"Iran", "Chad"}, 1)});
    INFO(list(ds));
    CHECK(flags(ds, "negative-stem", "bad"));
    CHECK_FALSE(flags(ds, "negative-stem", "good"));
    CHECK_FALSE(flags(ds, "negative-stem", "marked"));
}

TEST_CASE("lint rule self-justifying: a statement that gives its own reason") {
    Diagnostics ds =
        lint({statement("bad", "Tehran bought drones because it needed cheap air power.", true),
              statement("good", "Tehran bought drones in the first year of the war.", true),
              statement("time", "Tehran has bought drones since 2015.", true)});
    INFO(list(ds));
    CHECK(flags(ds, "self-justifying", "bad"));
    CHECK_FALSE(flags(ds, "self-justifying", "good"));
    CHECK_FALSE(flags(ds, "self-justifying", "time"));
}

TEST_CASE("lint rule review-by: warns once today is past the date, per bank and question") {
    json due = statement("due", "The envoy met the council.", true);
    due["review_by"] = "2025-06-30";
    json later = statement("later", "The envoy met the board.", true);
    later["review_by"] = "2027-06-30";
    json j = valid_bank_json();
    j["version"] = "1.1";
    j["review_by"] = "2025-12-31";
    j["questions"] = {due, later};
    LoadedBank loaded = load_json(j);
    REQUIRE_MESSAGE(loaded.ok(), describe(loaded));
    LintOptions options;
    options.today = "2026-01-01";
    Diagnostics ds = lint_bank(loaded.bank, options);
    INFO(list(ds));
    CHECK(flags(ds, "review-by", "due"));
    CHECK_FALSE(flags(ds, "review-by", "later"));
    bool bank_due = false;
    for (const Diagnostic& d : ds) bank_due |= d.rule == "review-by" && d.pointer == "/review_by";
    CHECK(bank_due);
    options.today = "2025-01-01";
    CHECK_FALSE(has_rule(lint_bank(loaded.bank, options), "review-by"));
}

TEST_CASE("lint: every warning names its rule, the question and how to fix it") {
    Diagnostics ds = lint(
        json::array({single("q", "Which country did not sign?", {"Iran", "All of the above"}, 0)}));
    REQUIRE_FALSE(ds.empty());
    for (const Diagnostic& d : ds) {
        CHECK_FALSE(d.rule.empty());
        CHECK(d.message.find("; to fix, ") != std::string::npos);
        CHECK(format_diagnostic("b.json", d).find("warning [" + d.rule + "]") != std::string::npos);
    }
}
