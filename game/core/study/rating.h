// From an answer to an FSRS rating. The student never presses Again/Hard/Good/Easy: the app
// derives the rating from how well and how fast they answered.
//
//   score < 0.5                          -> Again  (wrong, or less than half right)
//   0.5 <= score < 1                     -> Hard   (partly right)
//   score == 1, elapsed > expected       -> Hard   (right but slow)
//   score == 1, elapsed < expected / 3   -> Easy   (right and fast)
//   score == 1 otherwise                 -> Good
// Timing is ignored (Good) when elapsed or expected is not positive. The score is clamped to
// [0, 1]; NaN counts as 0.
#pragma once

#include <cstdint>

#include "core/bank/model.h"
#include "core/study/fsrs.h"

namespace statecraft {

struct RatingRule {
    double pass_score = 0.5;           // below: Again
    double fast_fraction = 1.0 / 3.0;  // right in less than this share of expected: Easy
    double slow_fraction = 1.0;        // right in more than this share of expected: Hard
};

Rating rating_from_answer(double score, int64_t elapsed_ms, int64_t expected_ms,
                          const RatingRule& rule = {});

// How long a question should take: its time_limit_s when the author set one, else a base per
// type plus reading time for the prompt and the options (kReadingMsPerWord each word).
inline constexpr int64_t kReadingMsPerWord = 250;  // about 240 words a minute
int64_t expected_answer_ms(const Question& question);

}  // namespace statecraft
