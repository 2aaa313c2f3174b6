#include "core/study/scheduler.h"

#include <algorithm>
#include <cmath>

namespace statecraft {
namespace {
bool usable_memory(const CardState& card) {
    return std::isfinite(card.stability) && std::isfinite(card.difficulty) && card.stability > 0 &&
           card.difficulty > 0;
}

std::string check_steps(const std::vector<int64_t>& steps, const char* name) {
    for (int64_t step : steps) {
        // Steps are same-day by design: a step of a day or more would skip the study-day
        // arithmetic that the long-term formulas rely on.
        if (step <= 0 || step >= kMsPerDay) {
            return std::string(name) + ": each step must be more than 0 and less than one day";
        }
    }
    return {};
}

// The wait before the next (re)learning step, or nothing when the card graduates.
std::optional<int64_t> step_wait(CardState& card, Rating rating,
                                 const std::vector<int64_t>& steps) {
    const size_t count = steps.size();
    if (card.step < 0) card.step = 0;
    const auto step = static_cast<size_t>(card.step);
    // Steps may have been shortened since the card was last seen: past the end means done.
    if (count == 0 || (step >= count && rating != Rating::again)) return std::nullopt;
    switch (rating) {
        case Rating::again:
            card.step = 0;
            return steps[0];
        case Rating::hard:
            if (step == 0) return count == 1 ? steps[0] * 3 / 2 : (steps[0] + steps[1]) / 2;
            return steps[step];
        case Rating::good:
            if (step + 1 >= count) return std::nullopt;
            ++card.step;
            return steps[card.step];
        case Rating::easy:
            return std::nullopt;
    }
    return std::nullopt;
}
}  // namespace

const char* to_string(CardPhase phase) {
    switch (phase) {
        case CardPhase::new_card:
            return "new";
        case CardPhase::learning:
            return "learning";
        case CardPhase::review:
            return "review";
        case CardPhase::relearning:
            return "relearning";
    }
    return "unknown";
}

std::optional<CardPhase> card_phase_from_string(std::string_view name) {
    for (CardPhase phase :
         {CardPhase::new_card, CardPhase::learning, CardPhase::review, CardPhase::relearning}) {
        if (name == to_string(phase)) return phase;
    }
    return std::nullopt;
}

std::string validate(const StudySettings& settings) {
    std::string error;
    if (!fsrs::check_and_fill(settings.weights, &error)) return error;
    if (!(settings.desired_retention > 0.0 && settings.desired_retention < 1.0)) {
        return "desired retention must lie strictly between 0 and 1";
    }
    if (settings.maximum_interval_days < 1) return "maximum interval must be at least 1 day";
    if (settings.new_cards_per_day < 0) return "new cards per day cannot be negative";
    if (settings.day_clock.rollover_hour < 0 || settings.day_clock.rollover_hour > 23) {
        return "the day rollover hour must lie in 0..23";
    }
    if (std::string e = check_steps(settings.learning_steps_ms, "learning steps"); !e.empty()) {
        return e;
    }
    return check_steps(settings.relearning_steps_ms, "relearning steps");
}

int review_interval_days(double stability, const StudySettings& settings) {
    const double days = std::round(
        fsrs::next_interval_days(stability, settings.desired_retention, settings.weights));
    const int maximum = std::max(settings.maximum_interval_days, 1);
    if (!(days >= 1.0)) return 1;  // also catches NaN
    return days >= maximum ? maximum : static_cast<int>(days);
}

CardState review(const CardState& in, Rating rating, int64_t now_ms,
                 const StudySettings& settings) {
    rating = static_cast<Rating>(std::clamp(static_cast<int>(rating), 1, 4));
    CardState card = in;
    const fsrs::Weights& w = settings.weights;

    if (card.state == CardPhase::new_card || !usable_memory(card)) {
        const fsrs::MemoryState m = fsrs::next_memory_state(std::nullopt, 0, rating, w);
        card.stability = m.stability;
        card.difficulty = m.difficulty;
        if (card.state == CardPhase::new_card || card.first_review_ms == 0) {
            card.first_review_ms = now_ms;
        }
        card.state = CardPhase::learning;
        card.step = 0;
    } else {
        const long days =
            static_cast<long>(days_between(card.last_review_ms, now_ms, settings.day_clock));
        const fsrs::MemoryState m = fsrs::next_memory_state(
            fsrs::MemoryState{card.stability, card.difficulty}, days, rating, w);
        card.stability = m.stability;
        card.difficulty = m.difficulty;
    }

    std::optional<int64_t> wait;
    if (card.state == CardPhase::review) {
        if (rating == Rating::again) {
            ++card.lapses;
            if (!settings.relearning_steps_ms.empty()) {
                card.state = CardPhase::relearning;
                card.step = 0;
                wait = settings.relearning_steps_ms[0];
            }
        }
    } else {
        const auto& steps = card.state == CardPhase::learning ? settings.learning_steps_ms
                                                              : settings.relearning_steps_ms;
        wait = step_wait(card, rating, steps);
    }
    if (!wait) {  // graduated, or a review card answered Hard, Good or Easy
        card.state = CardPhase::review;
        card.step = 0;
        wait = review_interval_days(card.stability, settings) * kMsPerDay;
    }

    ++card.reps;
    card.last_review_ms = now_ms;
    card.due_ms = now_ms + *wait;
    return card;
}

std::array<CardState, 4> preview(const CardState& card, int64_t now_ms,
                                 const StudySettings& settings) {
    return {
        review(card, Rating::again, now_ms, settings), review(card, Rating::hard, now_ms, settings),
        review(card, Rating::good, now_ms, settings), review(card, Rating::easy, now_ms, settings)};
}

std::optional<double> retrievability_at(const CardState& card, int64_t now_ms,
                                        const StudySettings& settings) {
    if (card.state == CardPhase::new_card || !usable_memory(card)) return std::nullopt;
    const double days =
        static_cast<double>(days_between(card.last_review_ms, now_ms, settings.day_clock));
    const double s = std::clamp(card.stability, fsrs::kMinStability, fsrs::kMaxStability);
    return fsrs::retrievability(days, s, settings.weights);
}

}  // namespace statecraft
