// Scheduling one card with FSRS-6: the card's state, the study settings and review(), which
// turns (state, rating, time) into the next state. Pure: the time is passed in.
//
// Policy (as py-fsrs 6.3.1 Scheduler, so its review vectors hold):
// - A new card enters learning. Learning steps default to 1 min and 10 min, relearning to
//   10 min; Again restarts the steps, Hard repeats the step (the first step waits the mean of
//   the first two), Good moves on, Easy graduates. With no steps a card graduates at once.
// - A graduated (review) card is next due after I = S/FACTOR·(r^(1/DECAY) − 1) days, rounded
//   half away from zero and clamped to [1, maximum_interval_days]; r is desired retention.
//   No fuzz, so schedules are reproducible. Again on a review card is a lapse: relearning.
// - Elapsed time is counted in whole study days (day_clock.h): a second review on the same
//   study day uses the same-day stability formula, as fsrs-rs and py-fsrs do for delta_t = 0.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/study/day_clock.h"
#include "core/study/fsrs.h"

namespace statecraft {

enum class CardPhase { new_card, learning, review, relearning };
const char* to_string(CardPhase phase);  // "new", "learning", "review", "relearning"
std::optional<CardPhase> card_phase_from_string(std::string_view name);

// What the store keeps per (profile, question). A question with no row is a new card.
struct CardState {
    double stability = 0;         // days; 0 while new
    double difficulty = 0;        // 1..10; 0 while new
    int64_t last_review_ms = 0;   // 0 while new
    int64_t due_ms = 0;           // 0 while new
    int64_t first_review_ms = 0;  // when the card was introduced (new-cards-per-day limit)
    int reps = 0;                 // reviews so far
    int lapses = 0;               // Again on a review card
    int step = 0;                 // index into the (re)learning steps while in those phases
    CardPhase state = CardPhase::new_card;
};

struct StudySettings {
    fsrs::Weights weights = fsrs::kDefaultWeights;
    double desired_retention = 0.9;
    int maximum_interval_days = 36500;
    std::vector<int64_t> learning_steps_ms = {1 * kMsPerMinute, 10 * kMsPerMinute};
    std::vector<int64_t> relearning_steps_ms = {10 * kMsPerMinute};
    int new_cards_per_day = 20;  // per bank, see review_queue.h
    DayClock day_clock;
};

// Empty when the settings are usable, else a message naming the first bad field.
std::string validate(const StudySettings& settings);

// The state after answering `card` with `rating` at now_ms. A stored state that is not new
// but has a non-finite or non-positive stability or difficulty restarts learning instead of
// propagating NaN. A clock set back (now before last review) counts as the same day.
CardState review(const CardState& card, Rating rating, int64_t now_ms,
                 const StudySettings& settings);

// The four possible next states, indexed by rating − 1 (for "Good: 3 days" on a button).
std::array<CardState, 4> preview(const CardState& card, int64_t now_ms,
                                 const StudySettings& settings);

// Probability of recall now; nothing for a new card.
std::optional<double> retrievability_at(const CardState& card, int64_t now_ms,
                                        const StudySettings& settings);

// The whole-day interval for a graduated card of this stability.
int review_interval_days(double stability, const StudySettings& settings);

}  // namespace statecraft
