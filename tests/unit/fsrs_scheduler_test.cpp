// The card scheduler around the FSRS formulas: learning steps, lapses, study days, settings.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "core/study/fsrs.h"
#include "core/study/scheduler.h"

using namespace statecraft;

namespace {
constexpr int64_t kStart = 1700000000000;  // 2023-11-14 22:13:20 UTC

// A review card last reviewed at reviewed_ms, next due `interval` days later.
CardState review_card(double stability, double difficulty, int64_t reviewed_ms, int interval) {
    CardState card;
    card.stability = stability;
    card.difficulty = difficulty;
    card.last_review_ms = reviewed_ms;
    card.due_ms = reviewed_ms + interval * kMsPerDay;
    card.first_review_ms = reviewed_ms;
    card.reps = 3;
    card.state = CardPhase::review;
    return card;
}

int64_t wait_ms(const CardState& card) {
    return card.due_ms - card.last_review_ms;
}
}  // namespace

TEST_CASE("fsrs: a new card walks the learning steps 1m and 10m") {
    const StudySettings s;
    const CardState fresh;
    const auto outcomes = preview(fresh, kStart, s);
    CHECK(outcomes[0].state == CardPhase::learning);
    CHECK(wait_ms(outcomes[0]) == 1 * kMsPerMinute);
    CHECK(wait_ms(outcomes[1]) == 5 * kMsPerMinute + 30 * kMsPerSecond);  // mean of 1m and 10m
    CHECK(wait_ms(outcomes[2]) == 10 * kMsPerMinute);
    CHECK(outcomes[2].step == 1);
    CHECK(outcomes[3].state == CardPhase::review);
    CHECK(wait_ms(outcomes[3]) == 8 * kMsPerDay);
    for (const CardState& c : outcomes) {
        CHECK(c.reps == 1);
        CHECK(c.first_review_ms == kStart);
        CHECK(c.last_review_ms == kStart);
    }

    CardState card = review(fresh, Rating::good, kStart, s);
    const CardState hard = review(card, Rating::hard, card.due_ms, s);
    CHECK(hard.step == 1);
    CHECK(wait_ms(hard) == 10 * kMsPerMinute);  // Hard repeats the current step
    const CardState again = review(card, Rating::again, card.due_ms, s);
    CHECK(again.step == 0);
    CHECK(wait_ms(again) == 1 * kMsPerMinute);
    card = review(card, Rating::good, card.due_ms, s);
    CHECK(card.state == CardPhase::review);
    CHECK(wait_ms(card) == 2 * kMsPerDay);
    CHECK(card.reps == 2);
    CHECK(card.first_review_ms == kStart);
}

TEST_CASE("fsrs: without steps a card graduates at once and a lapse stays in review") {
    StudySettings s;
    s.learning_steps_ms.clear();
    s.relearning_steps_ms.clear();
    CardState card = review(CardState{}, Rating::good, kStart, s);
    CHECK(card.state == CardPhase::review);
    CHECK(wait_ms(card) == 2 * kMsPerDay);
    card = review(card, Rating::good, card.due_ms, s);
    const int before = static_cast<int>(wait_ms(card) / kMsPerDay);
    card = review(card, Rating::again, card.due_ms, s);
    CHECK(card.state == CardPhase::review);
    CHECK(card.lapses == 1);
    CHECK(wait_ms(card) / kMsPerDay < before);
    CHECK(wait_ms(card) >= kMsPerDay);
}

TEST_CASE("fsrs: a lapse sends a review card to relearning with a shorter interval") {
    const StudySettings s;
    const CardState card = review_card(30, 5, kStart, 30);
    const CardState lapsed = review(card, Rating::again, card.due_ms, s);
    CHECK(lapsed.state == CardPhase::relearning);
    CHECK(lapsed.lapses == 1);
    CHECK(wait_ms(lapsed) == 10 * kMsPerMinute);
    CHECK(lapsed.stability < card.stability);
    CHECK(lapsed.difficulty > card.difficulty);
    const CardState relearnt = review(lapsed, Rating::good, lapsed.due_ms, s);
    CHECK(relearnt.state == CardPhase::review);
    CHECK(relearnt.lapses == 1);
    CHECK(wait_ms(relearnt) >= kMsPerDay);
    CHECK(wait_ms(relearnt) < 30 * kMsPerDay);
}

TEST_CASE("fsrs: review outcomes are ordered Again < Hard <= Good <= Easy") {
    const StudySettings s;
    const CardState card = review_card(10, 5, kStart, 10);
    const auto out = preview(card, card.due_ms, s);
    CHECK(out[0].stability < out[1].stability);
    CHECK(out[1].stability < out[2].stability);
    CHECK(out[2].stability < out[3].stability);
    CHECK(wait_ms(out[1]) <= wait_ms(out[2]));
    CHECK(wait_ms(out[2]) <= wait_ms(out[3]));
    CHECK(wait_ms(out[2]) > 10 * kMsPerDay);
    CHECK(out[3].difficulty < out[2].difficulty);
    CHECK(out[2].difficulty < out[1].difficulty);
}

TEST_CASE("fsrs: a second review on the same study day uses the same-day formula") {
    const StudySettings s;  // rollover 4:00 UTC
    // Reviewed at 22:13 UTC; 03:59 next morning is the same study day, 04:00 is the next.
    const CardState card = review_card(10, 5, kStart, 10);
    const int64_t same_day = kStart + 5 * kMsPerHour + 46 * kMsPerMinute;
    const int64_t next_day = same_day + kMsPerMinute;
    CHECK(days_between(kStart, same_day, s.day_clock) == 0);
    CHECK(days_between(kStart, next_day, s.day_clock) == 1);
    const CardState a = review(card, Rating::good, same_day, s);
    CHECK(a.stability == doctest::Approx(fsrs::short_term_stability(10, Rating::good, s.weights)));
    const CardState b = review(card, Rating::good, next_day, s);
    const double r1 = fsrs::retrievability(1, 10, s.weights);
    CHECK(b.stability ==
          doctest::Approx(fsrs::stability_after_recall(10, 5, r1, Rating::good, s.weights)));
    // A Hard the same day never lowers stability (fsrs-rs #376).
    CHECK(review(card, Rating::hard, same_day, s).stability >= card.stability);
}

TEST_CASE("fsrs: study days follow the local rollover hour") {
    DayClock paris{1 * kMsPerHour, 4};
    // 2023-11-15 02:30 UTC is 03:30 in Paris: still the study day of the 14th.
    const int64_t t = 1700015400000;
    const DayWindow w = today_window(t, paris);
    CHECK(w.start_ms == 1699930800000);  // 2023-11-14 03:00 UTC = 04:00 Paris
    CHECK(w.end_ms == w.start_ms + kMsPerDay);
    CHECK(study_day(w.start_ms, paris) == study_day(t, paris));
    CHECK(study_day(w.end_ms, paris) == study_day(t, paris) + 1);
    CHECK(study_day(w.start_ms - 1, paris) == study_day(t, paris) - 1);
    const DayClock new_york{-5 * kMsPerHour, 0};
    CHECK(study_day(-1, new_york) == -1);  // floor, not truncation, before the epoch
    CHECK(days_between(t, t - kMsPerDay, paris) == 0);
}

TEST_CASE("fsrs: a clock set back or a corrupt state never produces NaN") {
    const StudySettings s;
    const CardState card = review_card(10, 5, kStart, 10);
    const CardState back = review(card, Rating::good, kStart - kMsPerDay, s);
    CHECK(std::isfinite(back.stability));
    CHECK(back.due_ms > kStart - kMsPerDay);

    CardState broken = card;
    broken.stability = std::numeric_limits<double>::quiet_NaN();
    const CardState fixed = review(broken, Rating::good, card.due_ms, s);
    CHECK(fixed.state == CardPhase::learning);
    CHECK(fixed.stability == doctest::Approx(s.weights[2]));
    CHECK(fixed.first_review_ms == kStart);  // history kept
    CHECK_FALSE(retrievability_at(broken, card.due_ms, s).has_value());

    CardState odd_step = card;
    odd_step.state = CardPhase::learning;
    odd_step.step = 7;  // steps shortened since it was stored
    CHECK(review(odd_step, Rating::good, card.due_ms, s).state == CardPhase::review);
    CHECK(review(odd_step, Rating::again, card.due_ms, s).step == 0);
    odd_step.step = -3;
    CHECK(review(odd_step, Rating::hard, card.due_ms, s).step == 0);
    CHECK(review(card, static_cast<Rating>(9), card.due_ms, s).state == CardPhase::review);
}

TEST_CASE("fsrs: desired retention and the maximum interval shape intervals") {
    StudySettings s;
    CHECK(review_interval_days(10, s) == 10);
    s.desired_retention = 0.95;
    CHECK(review_interval_days(10, s) < 10);
    s.desired_retention = 0.8;
    CHECK(review_interval_days(10, s) > 10);
    s.maximum_interval_days = 15;
    CHECK(review_interval_days(100, s) == 15);
    CHECK(review_interval_days(0.01, s) == 1);
    CHECK(review_interval_days(std::numeric_limits<double>::quiet_NaN(), s) == 1);
    CHECK(fsrs::next_interval_days(10, 0.9, s.weights) == doctest::Approx(10.0));
}

TEST_CASE("fsrs: retrievability of a card falls with the days since its review") {
    const StudySettings s;
    CHECK_FALSE(retrievability_at(CardState{}, kStart, s).has_value());
    const CardState card = review_card(10, 5, kStart, 10);
    CHECK(*retrievability_at(card, kStart, s) == doctest::Approx(1.0));
    CHECK(*retrievability_at(card, card.due_ms, s) == doctest::Approx(0.9));
    CHECK(*retrievability_at(card, card.due_ms + 10 * kMsPerDay, s) < 0.9);
}

TEST_CASE("fsrs: settings and parameter sets are checked with clear messages") {
    StudySettings s;
    CHECK(validate(s).empty());
    s.desired_retention = 1.0;
    CHECK(validate(s).find("retention") != std::string::npos);
    s = {};
    s.learning_steps_ms = {kMsPerMinute, kMsPerDay};
    CHECK(validate(s).find("learning steps") != std::string::npos);
    s = {};
    s.relearning_steps_ms = {0};
    CHECK(validate(s).find("relearning steps") != std::string::npos);
    s = {};
    s.new_cards_per_day = -1;
    CHECK(validate(s).find("new cards") != std::string::npos);
    s = {};
    s.day_clock.rollover_hour = 24;
    CHECK(validate(s).find("rollover") != std::string::npos);
    s = {};
    s.weights[20] = 0.05;
    CHECK(validate(s).find("w20") != std::string::npos);

    std::string error;
    const std::vector<double> five = {1, 2, 3, 4, 5};
    CHECK_FALSE(fsrs::check_and_fill(five, &error).has_value());
    CHECK(error.find("got 5") != std::string::npos);
    std::vector<double> bad(fsrs::kDefaultWeights.begin(), fsrs::kDefaultWeights.end());
    bad[3] = std::numeric_limits<double>::infinity();
    CHECK_FALSE(fsrs::check_and_fill(bad, &error).has_value());
    CHECK(error.find("w3") != std::string::npos);
    CHECK(fsrs::check_and_fill({}, &error) == fsrs::kDefaultWeights);
    const std::vector<double> nineteen(fsrs::kDefaultWeights.begin(),
                                       fsrs::kDefaultWeights.begin() + 19);
    const auto filled = fsrs::check_and_fill(nineteen);
    REQUIRE(filled.has_value());
    CHECK((*filled)[19] == 0.0);
    CHECK((*filled)[20] == 0.5);
    CHECK_FALSE(fsrs::memory_state_from_sm2(2.5, 10, 1.5, fsrs::kDefaultWeights).has_value());
}

TEST_CASE("fsrs: card phase and rating names") {
    for (CardPhase p :
         {CardPhase::new_card, CardPhase::learning, CardPhase::review, CardPhase::relearning}) {
        CHECK(card_phase_from_string(to_string(p)) == p);
    }
    CHECK_FALSE(card_phase_from_string("graduated").has_value());
    CHECK(std::string(to_string(Rating::hard)) == "hard");
}
