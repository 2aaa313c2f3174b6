// Scoring an estimate (bank format 1.1, issue 13): full credit within `margin` of the value,
// then linearly less, reaching 0 at `tolerance`:
//     d = |given - value|
//     score = 1                                  when d <= margin
//           = (tolerance - d) / (tolerance - margin)  when margin < d < tolerance
//           = 0                                  when d >= tolerance
// Why this and not an interval score: students type one number (keyboard entry, GIFT's
// numerical questions hold one number and one margin), the rule is easy to state beside the
// answer ("full marks within 20, nothing beyond 50"), and it never rewards a wild guess. A
// proper interval score would need two numbers per answer and is harder to read as a mark.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/bank/estimate_rules.h"
#include "core/bank/model.h"

namespace statecraft {

// The distance at which the score reaches 0: tolerance, or margin when none is given.
double estimate_tolerance(const Question& question);

// 0..1 as above; 0 when the question has no value or the number is not finite.
double estimate_score(const Question& question, double given);

// A typed number: "200", " -3.5 ", "1,200" (thousands commas), "1e3"; nullopt otherwise.
std::optional<double> parse_estimate(std::string_view text);

// A number the way a person reads it: "200", "3.5", "0.25" (at most 10 significant digits,
// so 180 - 0.1 shows as 179.9).
std::string format_estimate(double number);

// The shortest text that reads back as exactly this number (CSV and GIFT export).
std::string exact_number(double number);

// The key in words: "200 missiles (full marks from 180 to 220, some credit from 150 to 250)".
std::string describe_estimate_key(const Question& question);

}  // namespace statecraft
