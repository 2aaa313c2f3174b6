// The planted-flaw bank (tests/lint/planted-flaws.json): every question named planted-RULE...
// is named by `statecraft lint` with RULE, and no clean-N control question is flagged. Its
// source text comes from source.text_file, beside the bank.
#include <doctest/doctest.h>

#include <map>

#include "core/bank/bank_loader.h"
#include "core/bank/source_text.h"
#include "core/lint/lint.h"

using namespace statecraft;

namespace {

const char* kPlanted = "tests/lint/planted-flaws.json";

// "planted-key-position-3" -> "key-position"; the longest rule name that prefixes the id.
std::string planted_rule(const std::string& id, const std::vector<std::string>& rules) {
    std::string best;
    for (const std::string& rule : rules)
        if (id.starts_with("planted-" + rule) && rule.size() > best.size()) best = rule;
    return best;
}

bool names(const Diagnostic& d, const std::string& id) {
    return d.question_id == id || d.message.find("\"" + id + "\"") != std::string::npos;
}

}  // namespace

TEST_CASE("lint planted bank: each planted question named with its rule, no clean one") {
    LoadedBank loaded = load_bank_file(kPlanted);
    REQUIRE(loaded.ok());
    std::string source;
    Diagnostics problems;
    REQUIRE(load_bank_source_text(loaded.bank, loaded.path, source, problems));
    LintOptions options;
    options.source_text = source;
    options.today = "2026-06-01";
    const Diagnostics ds = lint_bank(loaded.bank, options);
    std::string all;
    for (const Diagnostic& d : ds) all += format_diagnostic(kPlanted, d) + "\n";
    INFO(all);
    const std::vector<std::string> rules = {
        "longest-option", "key-position",    "absolute-terms",     "absolute-imbalance",
        "cued-by-other",  "near-duplicate",  "copied-from-source", "giveaway-option",
        "negative-stem",  "self-justifying", "review-by"};
    std::map<std::string, int> planted_per_rule;
    for (const Question& q : loaded.bank.questions) {
        CAPTURE(q.id);
        if (q.id.starts_with("clean-")) {
            // Flagged = a warning about it, or a bank-level warning listing it.
            for (const Diagnostic& d : ds)
                CHECK_FALSE((d.question_id == q.id || (d.question_id.empty() && names(d, q.id))));
            continue;
        }
        const std::string rule = planted_rule(q.id, rules);
        REQUIRE_MESSAGE(!rule.empty(), "a planted question names its rule in its id");
        // The first of a near-duplicate pair is named in the warning on the second.
        bool named = false;
        for (const Diagnostic& d : ds) named |= d.rule == rule && names(d, q.id);
        CHECK_MESSAGE(named, q.id << " not named with " << rule);
        ++planted_per_rule[rule];
    }
    // The bank plants every rule; the absolute-imbalance is planted by the absolute-terms ones.
    for (const std::string& rule : rules)
        if (rule != "absolute-imbalance") CHECK_MESSAGE(planted_per_rule[rule] > 0, rule);
    bool imbalance = false;
    for (const Diagnostic& d : ds) imbalance |= d.rule == "absolute-imbalance";
    CHECK(imbalance);
}
