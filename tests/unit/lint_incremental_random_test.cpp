// The editor's incremental lint and live validation report exactly what a fresh lint and a
// full check of the model report, in the same order, over hundreds of random edits: words
// typed into prompts (some crossing the near-duplicate rule's rare-word limit), answers copied
// from other prompts, keys moved, questions added, removed and given a taken id, categories
// renamed, many questions changed at once; and the edits that change a kept cued-by-other
// warning without changing who cues whom: the cueing question renamed, the answer's case
// changed (same phrase, other words in the message), the phrase moved from a prompt into the
// options, a cueing prompt rewritten.
#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <random>
#include <sstream>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_rules.h"
#include "core/editor/live_validation.h"
#include "core/lint/lint.h"

using namespace statecraft;

namespace {

std::vector<std::string> lines(const Diagnostics& ds) {
    std::vector<std::string> out;
    for (const Diagnostic& d : ds) out.push_back(format_diagnostic("b", d));
    return out;
}

std::string read_text(const char* path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The planted-flaws bank with the example bank's and the shipped bank's questions after it:
// real wording, real cues and near-duplicates.
Bank mixed_bank() {
    LoadedBank bank = load_bank_file("tests/lint/planted-flaws.json");
    REQUIRE(bank.ok());
    for (const char* more :
         {"questions/examples/all-types.json", "questions/iran-russia-missiles.json"}) {
        LoadedBank other = load_bank_file(more);
        REQUIRE(other.ok());
        for (Question q : other.bank.questions) {
            q.id = "m-" + q.id;
            q.category = bank.bank.categories[0].id;
            q.refs.clear();
            bank.bank.questions.push_back(std::move(q));
        }
    }
    return bank.bank;
}

void flip_first_case(std::string& text) {
    if (!text.empty() && std::isalpha(static_cast<unsigned char>(text[0])))
        text[0] = static_cast<char>(text[0] ^ 0x20);
}

// One random edit of the kinds the editor makes.
void random_edit(Bank& b, std::mt19937& rng) {
    static const char* kWords[] = {"sanctions", "Zembla", "winter", "Tehran", "missiles",
                                   "treaty",    "envoy",  "NOT",    "always", "because"};
    auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    };
    Question& q = b.questions[pick(b.questions.size())];
    const Question& other = b.questions[pick(b.questions.size())];
    switch (pick(14)) {
        case 0:
        case 1:
        case 2:
            q.prompt += std::string(" ") + kWords[pick(std::size(kWords))];
            break;
        case 3:  // an answer that another prompt holds
            if (!q.accept.empty()) q.accept[0] = other.prompt.substr(0, other.prompt.find(' '));
            for (Choice& c : q.choices)
                if (c.correct) c.text = other.prompt.substr(other.prompt.rfind(' ') + 1);
            break;
        case 4:
            q.prompt = other.prompt;
            break;
        case 5:
            if (q.choices.size() >= 2)
                std::swap(q.choices[0].correct, q.choices[q.choices.size() - 1].correct);
            break;
        case 6:
            if (b.questions.size() > 20)
                b.questions.erase(b.questions.begin() + pick(b.questions.size()));
            break;
        case 7: {
            Question copy = other;
            copy.id = pick(2) ? q.id : "new-" + std::to_string(pick(100000));
            b.questions.insert(b.questions.begin() + pick(b.questions.size()), std::move(copy));
            break;
        }
        case 8:
            b.categories[0].id = b.categories[0].id == "renamed" ? "actors" : "renamed";
            break;
        case 10:  // the question a cue names, renamed
            q.id = "renamed-" + std::to_string(pick(100000));
            break;
        case 11:  // the same phrase in other case: the message quotes the new text
            if (!q.accept.empty()) flip_first_case(q.accept[0]);
            for (Choice& c : q.choices)
                if (c.correct) flip_first_case(c.text);
            break;
        case 12:  // another's answer among the options, no longer in the prompt
            if (q.choices.size() >= 2 && !other.accept.empty()) {
                q.choices.back().text = other.accept[0];
                q.prompt = "Which of these is named in the briefing?";
            }
            break;
        case 13:  // a prompt that held answers, rewritten
            q.prompt = "Which envoy arrived first " + std::to_string(pick(1000)) + "?";
            break;
        default:
            for (int k = 0; k < 20; ++k)
                b.questions[pick(b.questions.size())].explanation += " more";
            break;
    }
}

}  // namespace

TEST_CASE(
    "lint incremental: random edits give a fresh lint's and a full check's findings in order") {
    Bank bank = mixed_bank();
    const std::string source = read_text("tests/lint/planted-source.txt");
    REQUIRE(!source.empty());
    LintOptions options;
    options.today = "2026-06-01";
    options.source_text = source;
    Linter linter;
    LiveValidation validation;
    std::mt19937 rng(13);
    std::size_t cues = 0, near = 0, cue_changes = 0;
    std::vector<std::string> last_cues;
    for (int step = 0; step < 400; ++step) {
        CAPTURE(step);
        random_edit(bank, rng);
        const Diagnostics fresh = lint_bank(bank, options);
        REQUIRE(lines(linter.run(bank, options)) == lines(fresh));
        Diagnostics full;
        check_model_rules(bank, full);
        REQUIRE(lines(validation.run(bank)) == lines(full));
        std::vector<std::string> now_cues;
        for (const Diagnostic& d : fresh) {
            cues += d.rule == "cued-by-other";
            near += d.rule == "near-duplicate";
            if (d.rule == "cued-by-other") now_cues.push_back(format_diagnostic("b", d));
        }
        cue_changes += now_cues != last_cues;
        last_cues = std::move(now_cues);
    }
    // The edits exercised the cross-question rules, not only the per-question ones.
    CHECK(cues > 400);
    CHECK(near > 100);
    CHECK(cue_changes > 50);  // the kept cued-by-other warnings were remade often
}
