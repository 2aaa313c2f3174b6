// Calibration: does the student know when they know? For each confidence level, how often they
// were right against what the level claims, and the Brier score overall and per study day.
//
// Each level claims a probability of being right (ClaimedProbabilities):
//   high 0.9 and medium 0.7333 are the centres of Moodle's ideal ranges (0.8..1, 2/3..0.8);
//   low 0.5 stands for "unsure": a guess between two options (its range 0..2/3 has no useful
//   centre). They are only used for the Brier score; the per-level verdict uses Moodle's ranges.
// Brier = mean of (claimed − outcome)², with outcome = the answer's score (1 right, 0 wrong, the
// fraction for a partly right answer). 0 is perfect; always claiming 0.5 scores 0.25. Answers
// without a confidence claim nothing and are left out. With three claimed values the Murphy
// decomposition is exact: brier = reliability − resolution + uncertainty, where uncertainty is
// the variance of the outcomes (ō(1−ō) when every outcome is 0 or 1).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/study/cbm.h"
#include "core/study/day_clock.h"

namespace statecraft {

struct ClaimedProbabilities {
    double low = 0.5;
    double medium = (2.0 / 3.0 + 0.8) / 2.0;
    double high = 0.9;
    double of(Confidence level) const;
};

struct LevelCalibration {
    Confidence level = Confidence::low;
    int answers = 0;
    double accuracy = 0;  // mean score at this level
    double claimed = 0;   // the level's claimed probability
    ProbabilityRange ideal;
    Judgement judgement = Judgement::no_answers;
};

struct DailyBrier {
    int64_t day = 0;  // study day number (day_clock.h)
    int64_t day_start_ms = 0;
    int answers = 0;
    double brier = 0;             // that day's answers only
    double cumulative_brier = 0;  // every answer up to the end of that day
};

struct CalibrationReport {
    int answers = 0;  // with a confidence
    int without_confidence = 0;
    std::optional<double> brier;  // none without answers
    double reliability = 0;       // Σ n_k (claimed_k − accuracy_k)² / N: the calibration error
    double resolution = 0;        // Σ n_k (accuracy_k − ō)² / N: how much the levels separate
    double uncertainty = 0;       // variance of the outcomes
    std::array<LevelCalibration, 3> levels{};  // low, medium, high
    std::vector<DailyBrier> by_day;            // days with answers, in order
};

// One answer's Brier term.
double brier_term(double claimed, double score);

CalibrationReport calibrate(std::span<const MarkedAnswer> answers, const DayClock& clock,
                            const ClaimedProbabilities& claims = {});

}  // namespace statecraft
