// Quality warnings beyond the bank rules: what `statecraft lint` adds to `validate`, and
// what the editor shows as the author types. Every finding is a warning with a pointer.
#pragma once

#include <cstddef>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"

namespace statecraft {

struct LintOptions {
    // The right answer at the same position in more than this share of single-choice
    // questions, once there are at least position_min_questions of them.
    double position_share = 0.40;
    int position_min_questions = 5;
    // A right answer longer than length_ratio x the mean wrong one and by more than
    // length_margin characters gives itself away.
    double length_ratio = 2.0;
    std::size_t length_margin = 20;
};

// Missing refs, duplicate prompts, the right answer too often at one position, distractors
// much shorter than the right answer, briefing sections no question uses. (Missing
// explanations are already a warning of the bank rules.)
Diagnostics lint_bank(const Bank& bank, const LintOptions& options = {});

}  // namespace statecraft
