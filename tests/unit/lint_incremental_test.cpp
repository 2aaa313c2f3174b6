// The editor's incremental lint and direct validation give what a fresh lint and a read-back
// of the saved file give, edit after edit.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_reader.h"
#include "core/bank/bank_rules.h"
#include "core/bank/bank_writer.h"
#include "core/editor/editable_bank.h"
#include "core/lint/lint.h"

using namespace statecraft;

namespace {

std::vector<std::string> lines(const Diagnostics& ds) {
    std::vector<std::string> out;
    for (const Diagnostic& d : ds) out.push_back(format_diagnostic("b", d));
    std::sort(out.begin(), out.end());
    return out;
}

Diagnostics read_back(const Bank& bank) {
    ReadResult read = read_bank_json(to_json_text(bank, -1));
    if (read.syntax_ok) check_bank_rules(read);
    return read.diagnostics;
}

}  // namespace

TEST_CASE("lint incremental: the Linter matches a fresh lint after every edit") {
    LoadedBank loaded = load_bank_file("tests/lint/planted-flaws.json");
    REQUIRE(loaded.ok());
    EditableBank doc(loaded.bank);
    Linter linter;
    LintOptions options;
    options.today = "2026-06-01";
    const std::vector<std::function<void(Bank&)>> edits = {
        [](Bank& b) { b.questions[0].prompt += " now"; },
        [](Bank& b) { b.questions[17].accept[0] = "Zembla"; },            // the cue goes away
        [](Bank& b) { b.questions[5].prompt = b.questions[19].prompt; },  // a duplicate appears
        [](Bank& b) { b.questions[20].accept[0] = "thirty"; },            // the near-duplicate goes
        [](Bank& b) {
            b.questions[2].choices[0].correct = false, b.questions[2].choices[1].correct = true;
        },
        [](Bank& b) { b.questions.erase(b.questions.begin() + 3); },
        [](Bank& b) {
            b.questions.push_back(b.questions[10]);
            b.questions.back().id = "copy";
        },
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        CAPTURE(i);
        doc.apply("edit", edits[i]);
        CHECK(lines(linter.run(doc.bank(), options)) == lines(lint_bank(doc.bank(), options)));
        CHECK(lines(doc.diagnostics()) == lines(read_back(doc.bank())));
    }
    doc.undo();
    doc.undo();
    CHECK(lines(linter.run(doc.bank(), options)) == lines(lint_bank(doc.bank(), options)));
}

TEST_CASE("lint incremental: direct validation matches the read-back on broken banks") {
    LoadedBank loaded = load_bank_file("questions/examples/all-types.json");
    REQUIRE(loaded.ok());
    Bank bank = loaded.bank;
    bank.questions[0].id = "Bad Id";
    bank.questions[1].choices[0].correct = false;
    bank.questions[1].choices[1].correct = false;
    bank.questions[1].choices[3].correct = false;
    bank.questions[2].difficulty = 7;
    bank.questions[3].pairs.resize(1);
    bank.questions[4].refs.push_back("nowhere");
    bank.questions[4].extra.emplace_back("colour", "\"red\"");
    bank.questions[5].accept.clear();
    bank.questions[5].review_by = "someday";
    bank.source->as_of = "2026-13";
    bank.extra.emplace_back("x-tool", "{\"a\":1}");
    bank.categories.push_back({"", "", {}, {}});
    Diagnostics direct;
    check_model_rules(bank, direct);
    CHECK(lines(direct) == lines(read_back(bank)));
    CHECK(lines(direct).size() >= 10);
}
