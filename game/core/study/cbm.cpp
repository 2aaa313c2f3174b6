#include "core/study/cbm.h"

#include <algorithm>
#include <cmath>

namespace statecraft {
namespace {
constexpr double kMarkTolerance = 0.00000005;  // Moodle question_utils::MARK_TOLERANCE
constexpr double kLimitTolerance = 0.0000005;  // Moodle's tolerance on the range limits
constexpr double kTwoThirds = 0.666666666666667;

double clamp_score(double score) {
    return std::isfinite(score) ? std::clamp(score, 0.0, 1.0) : 0.0;
}

int index_of(Confidence level) {
    return std::clamp(static_cast<int>(level), 1, 3) - 1;
}

// Expected CBM mark per question of a student right with probability p who always picks the
// best level for p (Moodle calculate_bonus).
double best_expected_mark(double p) {
    double best = -6;
    for (Confidence level : kConfidenceLevels) {
        best = std::max(best, p * cbm_mark(1, level) + (1 - p) * cbm_mark(0, level));
    }
    return best;
}
}  // namespace

const char* to_string(Confidence level) {
    switch (level) {
        case Confidence::low:
            return "low";
        case Confidence::medium:
            return "medium";
        case Confidence::high:
            return "high";
    }
    return "unknown";
}

std::optional<Confidence> confidence_from_string(std::string_view name) {
    for (Confidence level : kConfidenceLevels) {
        if (name == to_string(level)) return level;
    }
    return std::nullopt;
}

std::optional<int> confidence_number(std::optional<Confidence> level) {
    if (!level) return std::nullopt;
    return static_cast<int>(*level);
}

std::optional<Confidence> confidence_from_number(std::optional<int> number) {
    if (!number || *number < 1 || *number > 3) return std::nullopt;
    return static_cast<Confidence>(*number);
}

double cbm_mark(double score, std::optional<Confidence> confidence) {
    static constexpr double kRight[] = {1, 2, 3};
    static constexpr double kWrong[] = {0, -2, -6};
    score = clamp_score(score);
    const int i = confidence ? index_of(*confidence) : 0;  // none: the plain 1/0 of C=1
    return score <= kMarkTolerance ? kWrong[i] : kRight[i] * score;
}

ProbabilityRange ideal_range(Confidence level) {
    switch (level) {
        case Confidence::low:
            return {0.0, kTwoThirds};
        case Confidence::medium:
            return {kTwoThirds, 0.8};
        case Confidence::high:
            return {0.8, 1.0};
    }
    return {};
}

const char* to_string(Judgement judgement) {
    switch (judgement) {
        case Judgement::no_answers:
            return "no answers";
        case Judgement::about_right:
            return "about right";
        case Judgement::slightly_over_confident:
            return "slightly over-confident";
        case Judgement::over_confident:
            return "over-confident";
        case Judgement::slightly_under_confident:
            return "slightly under-confident";
        case Judgement::under_confident:
            return "under-confident";
    }
    return "unknown";
}

Judgement judge(Confidence level, double accuracy, int answers) {
    if (answers <= 0) return Judgement::no_answers;
    const ProbabilityRange range = ideal_range(level);
    const auto significant = [&](double limit) {
        return (accuracy - limit) * (accuracy - limit) * answers > 0.5;
    };
    if (accuracy < range.low - kLimitTolerance) {
        return significant(range.low) ? Judgement::over_confident
                                      : Judgement::slightly_over_confident;
    }
    if (accuracy > range.high + kLimitTolerance) {
        return significant(range.high) ? Judgement::under_confident
                                       : Judgement::slightly_under_confident;
    }
    return Judgement::about_right;
}

CbmSummary summarize_cbm(std::span<const MarkedAnswer> answers, int unanswered) {
    CbmSummary summary;
    summary.unanswered = std::max(unanswered, 0);
    std::array<double, 3> level_scores{};
    for (Confidence level : kConfidenceLevels) summary.levels[index_of(level)].level = level;

    for (const MarkedAnswer& answer : answers) {
        const double score = clamp_score(answer.score);
        const double mark = cbm_mark(score, answer.confidence);
        ++summary.answers;
        summary.plain_total += score;
        summary.cbm_total += mark;
        if (!answer.confidence) {
            ++summary.without_confidence;
            continue;
        }
        CbmLevel& level = summary.levels[index_of(*answer.confidence)];
        ++level.answers;
        level.cbm_total += mark;
        level_scores[index_of(*answer.confidence)] += score;
    }

    const int questions = summary.answers + summary.unanswered;
    if (questions > 0) {
        summary.accuracy = summary.plain_total / questions;
        summary.average_cbm = summary.cbm_total / questions;
        summary.cbm_bonus = 0.1 * (summary.average_cbm - best_expected_mark(summary.accuracy));
        summary.accuracy_with_bonus = summary.accuracy + summary.cbm_bonus;
    }
    for (CbmLevel& level : summary.levels) {
        if (level.answers > 0) level.accuracy = level_scores[index_of(level.level)] / level.answers;
        level.judgement = judge(level.level, level.accuracy, level.answers);
    }
    return summary;
}

}  // namespace statecraft
