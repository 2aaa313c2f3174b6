#include "core/study/calibration.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace statecraft {
namespace {
double clamp_score(double score) {
    return std::isfinite(score) ? std::clamp(score, 0.0, 1.0) : 0.0;
}

struct Sums {
    int n = 0;
    double brier = 0;
};
}  // namespace

double ClaimedProbabilities::of(Confidence level) const {
    switch (level) {
        case Confidence::low:
            return low;
        case Confidence::medium:
            return medium;
        case Confidence::high:
            return high;
    }
    return low;
}

double brier_term(double claimed, double score) {
    const double d = claimed - clamp_score(score);
    return d * d;
}

CalibrationReport calibrate(std::span<const MarkedAnswer> answers, const DayClock& clock,
                            const ClaimedProbabilities& claims) {
    CalibrationReport report;
    std::array<double, 3> level_scores{};
    std::map<int64_t, Sums> days;
    Sums all;
    double score_sum = 0;
    double square_sum = 0;

    for (const MarkedAnswer& answer : answers) {
        if (!answer.confidence) {
            ++report.without_confidence;
            continue;
        }
        const double score = clamp_score(answer.score);
        const int i = static_cast<int>(*answer.confidence) - 1;
        if (i < 0 || i > 2) continue;
        const double term = brier_term(claims.of(*answer.confidence), score);
        ++report.levels[i].answers;
        level_scores[i] += score;
        Sums& day = days[study_day(answer.answered_ms, clock)];
        ++day.n;
        day.brier += term;
        ++all.n;
        all.brier += term;
        score_sum += score;
        square_sum += score * score;
    }

    report.answers = all.n;
    const double mean_score = all.n ? score_sum / all.n : 0.0;
    for (int i = 0; i < 3; ++i) {
        LevelCalibration& level = report.levels[i];
        level.level = kConfidenceLevels[i];
        level.claimed = claims.of(level.level);
        level.ideal = ideal_range(level.level);
        if (level.answers > 0) {
            level.accuracy = level_scores[i] / level.answers;
            const double gap = level.claimed - level.accuracy;
            const double spread = level.accuracy - mean_score;
            report.reliability += level.answers * gap * gap;
            report.resolution += level.answers * spread * spread;
        }
        level.judgement = judge(level.level, level.accuracy, level.answers);
    }
    if (all.n == 0) return report;

    report.brier = all.brier / all.n;
    report.reliability /= all.n;
    report.resolution /= all.n;
    report.uncertainty = std::max(0.0, square_sum / all.n - mean_score * mean_score);

    Sums running;
    for (const auto& [day, sums] : days) {
        running.n += sums.n;
        running.brier += sums.brier;
        report.by_day.push_back({day, day_window(day, clock).start_ms, sums.n, sums.brier / sums.n,
                                 running.brier / running.n});
    }
    return report;
}

}  // namespace statecraft
