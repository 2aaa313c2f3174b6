// FSRS-6 memory model (Free Spaced Repetition Scheduler): the pure formulas, no scheduling
// policy. It follows open-spaced-repetition/fsrs-rs (model.rs, inference.rs, v6.6.1) and
// py-fsrs 6.3.1; ../shared/references/formats.md §1 lists every formula and its source.
// Computed in double; fsrs-rs uses f32, so results agree with its tests to about 1e-5.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>

namespace statecraft {

// The four FSRS grades. The value is the grade G used by the formulas.
enum class Rating : int { again = 1, hard = 2, good = 3, easy = 4 };
const char* to_string(Rating rating);

namespace fsrs {

inline constexpr int kWeightCount = 21;
using Weights = std::array<double, kWeightCount>;

// FSRS-6 defaults, identical in fsrs-rs DEFAULT_PARAMETERS and py-fsrs DEFAULT_PARAMETERS.
inline constexpr Weights kDefaultWeights = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                            0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

inline constexpr double kMinStability = 0.001;  // days (fsrs-rs S_MIN)
inline constexpr double kMaxStability = 36500;  // days (fsrs-rs S_MAX)
inline constexpr double kMinDifficulty = 1;
inline constexpr double kMaxDifficulty = 10;
inline constexpr double kFsrs5Decay = 0.5;  // w20 given to 17- and 19-weight sets

struct MemoryState {
    double stability = 0;   // days until retrievability falls to 90%
    double difficulty = 0;  // 1 (easy) .. 10 (hard)
};

// Accepts 21 weights (FSRS-6), 19 (FSRS-5: appends w19=0, w20=0.5), 17 (FSRS-4.5: converted
// as fsrs-rs check_and_fill_parameters does) or none (the defaults). Returns nothing and a
// message in *error for any other count, a non-finite weight or w20 outside [0.1, 0.8].
std::optional<Weights> check_and_fill(std::span<const double> weights,
                                      std::string* error = nullptr);

// R(t, S) = (1 + FACTOR·t/S)^DECAY with DECAY = −w20 and FACTOR = 0.9^(1/DECAY) − 1.
double power_forgetting_curve(double elapsed_days, double stability, double w20);
double retrievability(double elapsed_days, double stability, const Weights& w);

// Days until R falls to desired_retention, unrounded (fsrs-rs next_interval).
double next_interval_days(double stability, double desired_retention, const Weights& w);

double initial_stability(Rating rating, const Weights& w);
// D0(G) = w4 − e^(w5·(G−1)) + 1; clamped to [1, 10] unless clamp is false (mean reversion).
double initial_difficulty(Rating rating, const Weights& w, bool clamp = true);

// Difficulty update in its three steps: linear damping, mean reversion towards D0(Easy),
// then clamping (next_difficulty does all three).
double damped_difficulty(double difficulty, Rating rating, const Weights& w);
double mean_reversion(double difficulty, const Weights& w);
double next_difficulty(double difficulty, Rating rating, const Weights& w);

// Stability after a successful review (Hard, Good or Easy) at retrievability r.
double stability_after_recall(double stability, double difficulty, double r, Rating rating,
                              const Weights& w);
// Stability after a lapse (Again) at retrievability r.
double stability_after_lapse(double stability, double difficulty, double r, const Weights& w);
// Stability after a second review on the same day: S·e^(w17·(G−3+w18))·S^(−w19).
double short_term_stability(double stability, Rating rating, const Weights& w);

// One review of the memory model, as fsrs-rs Model::step: no previous state means a new card
// (S0, D0); delta_days == 0 uses the same-day formula; S and D are clamped before and after.
MemoryState next_memory_state(const std::optional<MemoryState>& previous, long delta_days,
                              Rating rating, const Weights& w);

// Memory state of a card with only SM-2 history (fsrs-rs memory_state_from_sm2). Nothing when
// the inputs give a non-finite state (e.g. retention outside (0, 1)).
std::optional<MemoryState> memory_state_from_sm2(double ease_factor, double interval_days,
                                                 double sm2_retention, const Weights& w);

}  // namespace fsrs
}  // namespace statecraft
