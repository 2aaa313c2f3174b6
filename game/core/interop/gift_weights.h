#pragma once

// Moodle's multiple-answer weights against the bank's marking rule for `multiple`: each right
// pick earns 1/k and each wrong pick costs 1/k (k right answers), clamped at 0. Moodle sums the
// weights of the picked answers and clamps to 0..1, so weights of +100/k % on every right answer
// and -100/k % on every wrong one score exactly as the bank does; anything else is changed.

#include <optional>
#include <string>
#include <vector>

#include "core/interop/gift_parse.h"

namespace statecraft::gift {

// The weight the bank's rule gives an answer, as a fraction: +1/k right, -1/k wrong.
double rule_weight(bool right, int right_count);

// Nothing when the weights score as the bank's rule does; otherwise a sentence for the import
// report saying what each weight was and how the answers will be marked.
std::optional<std::string> multiple_weights_change(const std::vector<Answer>& answers);

}  // namespace statecraft::gift
