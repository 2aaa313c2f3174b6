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
    const std::vector<Question>& qs = loaded.bank.questions;
    const std::vector<BankEdit> edits = {
        bank_edit::SetText{TextField::prompt, 0, -1, qs[0].prompt + " now"},
        bank_edit::SetText{TextField::accepted_answer, 17, 0, "Zembla"},  // the cue goes away
        bank_edit::SetText{TextField::prompt, 5, -1, qs[19].prompt},      // a duplicate appears
        bank_edit::SetText{TextField::accepted_answer, 20, 0, "thirty"},  // the near-duplicate goes
        bank_edit::SetRight{2, 0, false},
        bank_edit::SetRight{2, 1, true},
        bank_edit::RemoveItem{EditList::questions, -1, 3},
        bank_edit::DuplicateQuestion{10},
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        CAPTURE(i);
        REQUIRE(doc.apply(edits[i]));
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
