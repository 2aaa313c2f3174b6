// Quality warnings beyond the bank rules: what `statecraft lint` adds to `validate`, and what
// the editor shows as the author types. Every finding is a warning that names its rule, the
// question and how to fix it (questions/FORMAT.md, "Writing good questions").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"

namespace statecraft {

struct LintOptions {
    // The source text for the copy check (`--source FILE` or source.text_file); empty: no check.
    std::string_view source_text;
    // "YYYY-MM-DD" for the review_by check; empty: today's local date.
    std::string today;
    // Two questions whose content words (prompt and key) overlap at least this much (Jaccard)
    // test the same thing the same way. Calibrated in questions/FORMAT.md.
    double near_duplicate_threshold = 0.4;
    // question_fingerprint of each question, when the caller has them already (the editor's
    // live validation): a keystroke then hashes the bank once, not twice.
    const std::vector<std::uint64_t>* fingerprints = nullptr;
};

// Lints a bank again and again as it changes (the editor): what each question contributes is
// kept until that question changes, and the cross-question indexes are updated one question
// at a time, so a keystroke costs the edited question plus a pass over small summaries.
class Linter {
  public:
    Linter();
    ~Linter();
    Linter(Linter&&) noexcept;
    Linter& operator=(Linter&&) noexcept;

    Diagnostics run(const Bank& bank, const LintOptions& options = {});

  private:
    friend Diagnostics lint_bank(const Bank& bank, const LintOptions& options);
    struct State;
    std::unique_ptr<State> state_;
};

// One-off lint (the command line).
Diagnostics lint_bank(const Bank& bank, const LintOptions& options = {});

// Today's local date as "YYYY-MM-DD".
std::string local_date_today();

}  // namespace statecraft
