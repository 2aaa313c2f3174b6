// Calibration per confidence level and the Brier score over time.
#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "core/study/calibration.h"

using namespace statecraft;

namespace {
constexpr int64_t kDay0 = 1714986000000;  // 2024-05-06 09:00 UTC
const DayClock kUtc{0, 4};
}  // namespace

TEST_CASE("calibration: the claimed probability of each level") {
    const ClaimedProbabilities claims;
    CHECK(claims.of(Confidence::low) == 0.5);
    CHECK(claims.of(Confidence::medium) == doctest::Approx(0.7333333));
    CHECK(claims.of(Confidence::high) == 0.9);
    CHECK(brier_term(0.9, 1) == doctest::Approx(0.01));
    CHECK(brier_term(0.9, 0) == doctest::Approx(0.81));
    CHECK(brier_term(0.5, 0.5) == 0);
}

TEST_CASE("calibration: accuracy per level against its claim, and the verdict") {
    std::vector<MarkedAnswer> answers;
    for (int i = 0; i < 20; ++i) answers.push_back({i < 10 ? 1.0 : 0.0, Confidence::high, kDay0});
    for (int i = 0; i < 10; ++i) answers.push_back({i < 7 ? 1.0 : 0.0, Confidence::medium, kDay0});
    answers.push_back({1.0, std::nullopt, kDay0});
    const CalibrationReport r = calibrate(answers, kUtc);
    CHECK(r.answers == 30);
    CHECK(r.without_confidence == 1);
    const LevelCalibration& high = r.levels[2];
    CHECK(high.answers == 20);
    CHECK(high.accuracy == doctest::Approx(0.5));
    CHECK(high.claimed == 0.9);
    CHECK(high.ideal.low == 0.8);
    CHECK(high.judgement == Judgement::over_confident);
    CHECK(r.levels[1].accuracy == doctest::Approx(0.7));
    CHECK(r.levels[1].judgement == Judgement::about_right);
    CHECK(r.levels[0].judgement == Judgement::no_answers);
    // Brier: high 10×0.01 + 10×0.81; medium 7×(0.2667)² + 3×(0.7333)².
    const double m = 0.8 / 3 * 0.8 / 3 * 7 + 2.2 / 3 * 2.2 / 3 * 3;
    REQUIRE(r.brier.has_value());
    CHECK(*r.brier == doctest::Approx((8.2 + m) / 30));
}

TEST_CASE("calibration: Brier reference points") {
    std::vector<MarkedAnswer> answers;
    for (int i = 0; i < 10; ++i) answers.push_back({i % 2 ? 1.0 : 0.0, Confidence::low, kDay0});
    CHECK(*calibrate(answers, kUtc).brier == doctest::Approx(0.25));  // always 50%
    const ClaimedProbabilities sure{0.5, 0.75, 1.0};
    const std::vector<MarkedAnswer> right(5, MarkedAnswer{1.0, Confidence::high, kDay0});
    CHECK(*calibrate(right, kUtc, sure).brier == 0);  // sure and right: perfect
    const CalibrationReport none = calibrate({}, kUtc);
    CHECK_FALSE(none.brier.has_value());
    CHECK(none.by_day.empty());
}

TEST_CASE("calibration: the Murphy decomposition adds up exactly") {
    std::mt19937_64 rng(42);
    std::vector<MarkedAnswer> answers;
    for (int i = 0; i < 500; ++i) {
        const auto level = kConfidenceLevels[rng() % 3];
        const double scores[] = {0.0, 0.5, 1.0, 1.0};
        answers.push_back({scores[rng() % 4], level, kDay0 + static_cast<int64_t>(i) * kMsPerHour});
    }
    const CalibrationReport r = calibrate(answers, kUtc);
    REQUIRE(r.brier.has_value());
    CHECK(*r.brier == doctest::Approx(r.reliability - r.resolution + r.uncertainty).epsilon(1e-12));
    CHECK(r.reliability > 0);
    // With binary outcomes the uncertainty is ō(1 − ō).
    std::vector<MarkedAnswer> binary = answers;
    for (MarkedAnswer& a : binary) a.score = a.score >= 1.0 ? 1.0 : 0.0;
    const CalibrationReport b = calibrate(binary, kUtc);
    double mean = 0;
    for (const MarkedAnswer& a : binary) mean += a.score / binary.size();
    CHECK(b.uncertainty == doctest::Approx(mean * (1 - mean)));
    CHECK(*b.brier == doctest::Approx(b.reliability - b.resolution + b.uncertainty));
}

TEST_CASE("calibration: Brier score per study day, with a running total") {
    const int64_t day1 = kDay0 + kMsPerDay;
    const std::vector<MarkedAnswer> answers = {
        {1.0, Confidence::high, day1 + kMsPerHour},  // 0.01, day 1
        {0.0, Confidence::high, kDay0},              // 0.81, day 0
        {1.0, Confidence::low, kDay0 + kMsPerHour},  // 0.25, day 0
        // 03:30 the next morning is still day 1 (rollover 04:00).
        {0.0, Confidence::low, day1 + 18 * kMsPerHour + 30 * kMsPerMinute},  // 0.25
        {1.0, Confidence::medium, kDay0 + 5 * kMsPerDay},
    };
    const CalibrationReport r = calibrate(answers, kUtc);
    REQUIRE(r.by_day.size() == 3);
    CHECK(r.by_day[0].day == study_day(kDay0, kUtc));
    CHECK(r.by_day[0].day_start_ms == kDay0 - 5 * kMsPerHour);  // 04:00 UTC
    CHECK(r.by_day[0].answers == 2);
    CHECK(r.by_day[0].brier == doctest::Approx(0.53));
    CHECK(r.by_day[1].answers == 2);
    CHECK(r.by_day[1].brier == doctest::Approx(0.13));
    CHECK(r.by_day[1].cumulative_brier == doctest::Approx(0.33));
    CHECK(r.by_day[2].day == r.by_day[0].day + 5);
    CHECK(r.by_day[2].cumulative_brier == doctest::Approx(*r.brier));
    // 08:00 UTC is day 0 with a 04:00 UTC rollover, but 03:00 in New York: the day before.
    const std::vector<MarkedAnswer> early = {{1.0, Confidence::high, kDay0 - kMsPerHour}};
    const DayClock new_york{-5 * kMsPerHour, 4};
    CHECK(calibrate(early, kUtc).by_day.at(0).day == r.by_day[0].day);
    CHECK(calibrate(early, new_york).by_day.at(0).day == study_day(kDay0, new_york) - 1);
}
