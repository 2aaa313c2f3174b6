#include "core/study/fsrs.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace statecraft {

const char* to_string(Rating rating) {
    switch (rating) {
        case Rating::again:
            return "again";
        case Rating::hard:
            return "hard";
        case Rating::good:
            return "good";
        case Rating::easy:
            return "easy";
    }
    return "unknown";
}

namespace fsrs {
namespace {
int grade(Rating rating) {
    return std::clamp(static_cast<int>(rating), 1, 4);
}

double clamp_stability(double s) {
    return std::clamp(s, kMinStability, kMaxStability);
}
double clamp_difficulty(double d) {
    return std::clamp(d, kMinDifficulty, kMaxDifficulty);
}

// FACTOR = 0.9^(1/DECAY) − 1 with DECAY = −w20, so that R(S, S) = 0.9.
double forgetting_factor(double w20) {
    return std::pow(0.9, 1.0 / -w20) - 1.0;
}

void set_error(std::string* error, std::string message) {
    if (error) *error = std::move(message);
}
}  // namespace

std::optional<Weights> check_and_fill(std::span<const double> in, std::string* error) {
    Weights w{};
    switch (in.size()) {
        case 0:
            w = kDefaultWeights;
            break;
        case 17:  // FSRS-4.5 layout: convert w4..w6, then zero same-day terms and FSRS-5 decay.
            std::copy(in.begin(), in.end(), w.begin());
            w[4] = w[5] * 2.0 + w[4];
            w[5] = std::log(w[5] * 3.0 + 1.0) / 3.0;
            w[6] += 0.5;
            w[17] = w[18] = w[19] = 0.0;
            w[20] = kFsrs5Decay;
            break;
        case 19:  // FSRS-5: no S^(−w19) term in same-day stability, fixed decay 0.5.
            std::copy(in.begin(), in.end(), w.begin());
            w[19] = 0.0;
            w[20] = kFsrs5Decay;
            break;
        case 21:
            std::copy(in.begin(), in.end(), w.begin());
            break;
        default:
            set_error(error, "FSRS parameters: expected 17, 19 or 21 numbers, got " +
                                 std::to_string(in.size()));
            return std::nullopt;
    }
    for (int i = 0; i < kWeightCount; ++i) {
        if (!std::isfinite(w[i])) {
            set_error(error, "FSRS parameters: w" + std::to_string(i) + " is not a finite number");
            return std::nullopt;
        }
    }
    // The decay bounds of fsrs-rs parameter_clipper; outside them the curve degenerates.
    if (w[20] < 0.1 || w[20] > 0.8) {
        set_error(error, "FSRS parameters: w20 (decay) must lie in [0.1, 0.8], got " +
                             std::to_string(w[20]));
        return std::nullopt;
    }
    return w;
}

double power_forgetting_curve(double elapsed_days, double stability, double w20) {
    return std::pow(1.0 + forgetting_factor(w20) * elapsed_days / stability, -w20);
}

double retrievability(double elapsed_days, double stability, const Weights& w) {
    return power_forgetting_curve(elapsed_days, stability, w[20]);
}

double next_interval_days(double stability, double desired_retention, const Weights& w) {
    const double decay = -w[20];
    return stability / forgetting_factor(w[20]) * (std::pow(desired_retention, 1.0 / decay) - 1.0);
}

double initial_stability(Rating rating, const Weights& w) {
    return std::max(w[grade(rating) - 1], kMinStability);
}

double initial_difficulty(Rating rating, const Weights& w, bool clamp) {
    const double d = w[4] - std::exp(w[5] * (grade(rating) - 1)) + 1.0;
    return clamp ? clamp_difficulty(d) : d;
}

double damped_difficulty(double difficulty, Rating rating, const Weights& w) {
    const double delta = -w[6] * (grade(rating) - 3);
    return difficulty + delta * (10.0 - difficulty) / 9.0;
}

double mean_reversion(double difficulty, const Weights& w) {
    // The target D0(Easy) is deliberately unclamped (py-fsrs clamp=False, fsrs-rs likewise).
    return w[7] * initial_difficulty(Rating::easy, w, false) + (1.0 - w[7]) * difficulty;
}

double next_difficulty(double difficulty, Rating rating, const Weights& w) {
    return clamp_difficulty(mean_reversion(damped_difficulty(difficulty, rating, w), w));
}

double stability_after_recall(double s, double d, double r, Rating rating, const Weights& w) {
    const double hard_penalty = rating == Rating::hard ? w[15] : 1.0;
    const double easy_bonus = rating == Rating::easy ? w[16] : 1.0;
    return s * (1.0 + std::exp(w[8]) * (11.0 - d) * std::pow(s, -w[9]) *
                          (std::exp(w[10] * (1.0 - r)) - 1.0) * hard_penalty * easy_bonus);
}

double stability_after_lapse(double s, double d, double r, const Weights& w) {
    const double long_term = w[11] * std::pow(d, -w[12]) * (std::pow(s + 1.0, w[13]) - 1.0) *
                             std::exp(w[14] * (1.0 - r));
    // fsrs-rs caps it so that a lapse always lowers stability, by e^(w17·w18) at least.
    return std::min(long_term, s / std::exp(w[17] * w[18]));
}

double short_term_stability(double s, Rating rating, const Weights& w) {
    double increase = std::exp(w[17] * (grade(rating) - 3 + w[18])) * std::pow(s, -w[19]);
    // Same-day reviews follow fsrs-rs, not py-fsrs: the increase is floored at 1 for Hard as
    // well as Good and Easy, so a correct same-day answer never lowers stability. fsrs-rs made
    // this change in #376 (commit 8b74039, "Non-decreasing SInc(Hard) in same-day reviews");
    // py-fsrs 6.3.1 and fsrs4anki 6.1.1 still floor only Good and Easy (from S=5, Hard gives
    // 5.0 here and 2.7470093 there). Our Hard means "right but slow or partly right", which
    // should not count against the student like a lapse.
    if (grade(rating) >= 2) increase = std::max(increase, 1.0);
    return s * increase;
}

MemoryState next_memory_state(const std::optional<MemoryState>& previous, long delta_days,
                              Rating rating, const Weights& w) {
    if (!previous) {
        return {initial_stability(rating, w), initial_difficulty(rating, w)};
    }
    const double s = clamp_stability(previous->stability);
    const double d = clamp_difficulty(previous->difficulty);
    double next_s = 0;
    if (delta_days <= 0) {
        next_s = short_term_stability(s, rating, w);
    } else {
        const double r = retrievability(static_cast<double>(delta_days), s, w);
        next_s = rating == Rating::again ? stability_after_lapse(s, d, r, w)
                                         : stability_after_recall(s, d, r, rating, w);
    }
    return {clamp_stability(next_s), next_difficulty(d, rating, w)};
}

std::optional<MemoryState> memory_state_from_sm2(double ease_factor, double interval_days,
                                                 double sm2_retention, const Weights& w) {
    const double decay = -w[20];
    const double s = std::max(interval_days, kMinStability) * forgetting_factor(w[20]) /
                     (std::pow(sm2_retention, 1.0 / decay) - 1.0);
    const double d = 11.0 - (ease_factor - 1.0) / (std::exp(w[8]) * std::pow(s, -w[9]) *
                                                   std::expm1((1.0 - sm2_retention) * w[10]));
    if (!std::isfinite(s) || !std::isfinite(d) || s <= 0) return std::nullopt;
    return MemoryState{s, clamp_difficulty(d)};
}

}  // namespace fsrs
}  // namespace statecraft
