// Certainty-based marking as Moodle does it (question/engine question_cbm and
// qbehaviour_deferredcbm). The student may give a confidence with each answer:
//
//   confidence        low (C=1)   medium (C=2)   high (C=3)   none
//   right             +1          +2             +3           +1
//   wrong              0          −2             −6            0
//   best when P(right) < 2/3      2/3 .. 0.8     > 0.8
//
// A partly right answer (0 < score < 1) earns the right-answer mark × score, whatever its
// confidence: only a score of 0 takes the wrong-answer mark (Moodle's adjust_fraction, with its
// tolerance of 5e-8). So a high-confidence answer that is 20% right earns +0.6, not −6.
// No confidence is the plain mark (score, or 0) and is left out of the per-level breakdown:
// Moodle assumes C=1 there, but here confidence is optional and such answers claim nothing.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace statecraft {

enum class Confidence : int { low = 1, medium = 2, high = 3 };
inline constexpr std::array<Confidence, 3> kConfidenceLevels = {Confidence::low, Confidence::medium,
                                                                Confidence::high};
const char* to_string(Confidence level);  // "low", "medium", "high"
std::optional<Confidence> confidence_from_string(std::string_view name);
// The level as the score store keeps it (1, 2, 3), or none; and back (nothing for another number).
std::optional<int> confidence_number(std::optional<Confidence> level);
std::optional<Confidence> confidence_from_number(std::optional<int> number);

// One graded answer, as the store records it.
struct MarkedAnswer {
    double score = 0;                      // 0..1
    std::optional<Confidence> confidence;  // none when the student gave none
    int64_t answered_ms = 0;               // for calibration over time
};

double cbm_mark(double score, std::optional<Confidence> confidence);

// Moodle's range of P(right) for which this level has the best expected mark.
struct ProbabilityRange {
    double low = 0;
    double high = 1;
};
ProbabilityRange ideal_range(Confidence level);

// Moodle's verdict per level: accuracy outside the ideal range is over- or under-confident;
// it is only "slightly" so unless (accuracy − limit)² × answers > 0.5, Moodle's rough
// significance test, so that one unlucky answer does not brand a student.
enum class Judgement {
    no_answers,
    about_right,
    slightly_over_confident,
    over_confident,
    slightly_under_confident,
    under_confident
};
const char* to_string(Judgement judgement);  // "over-confident", "about right", ...
Judgement judge(Confidence level, double accuracy, int answers);

struct CbmLevel {
    Confidence level = Confidence::low;
    int answers = 0;
    double accuracy = 0;  // mean score at this level
    double cbm_total = 0;
    Judgement judgement = Judgement::no_answers;
};

struct CbmSummary {
    int answers = 0;     // answered, with or without confidence
    int unanswered = 0;  // counted as 0 in every average, as Moodle's "entire quiz"
    int without_confidence = 0;
    double plain_total = 0;  // sum of scores
    double cbm_total = 0;    // sum of CBM marks
    double accuracy = 0;     // plain_total / questions
    double average_cbm = 0;  // cbm_total / questions, in [−6, 3]
    double cbm_bonus = 0;    // Moodle: 0.1 × (average_cbm − best expected mark at accuracy)
    double accuracy_with_bonus = 0;
    std::array<CbmLevel, 3> levels{};  // low, medium, high
};

CbmSummary summarize_cbm(std::span<const MarkedAnswer> answers, int unanswered = 0);

}  // namespace statecraft
