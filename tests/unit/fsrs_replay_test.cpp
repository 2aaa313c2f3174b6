// The real 12,580-row review log from py-fsrs, replayed card by card through review().
// Its speed is measured by tests/bench/fsrs_replay_bench.cpp, not here.
#include <doctest/doctest.h>

#include "core/study/scheduler.h"
#include "support/review_log.h"
#include "support/shared_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {
std::vector<ReviewLogRow> load_log(const std::string& path) {
    const auto text = read_text_file(path);
    REQUIRE_MESSAGE(text.has_value(), "cannot read " << path);
    std::string error;
    auto rows = parse_review_log(*text, &error);
    REQUIRE_MESSAGE(rows.has_value(), error);
    return std::move(*rows);
}

void check_replay(const std::vector<ReviewLogRow>& rows, const StudySettings& settings) {
    const ReplayStats stats = replay_review_log(rows, settings);
    INFO("cards " << stats.cards << ", S in [" << stats.min_stability << ", " << stats.max_stability
                  << "], D in [" << stats.min_difficulty << ", " << stats.max_difficulty << "]");
    CHECK(stats.reviews == static_cast<int>(rows.size()));
    CHECK(stats.non_finite == 0);
    CHECK(stats.out_of_range == 0);
    CHECK(stats.due_before_review == 0);
    CHECK(stats.min_stability >= fsrs::kMinStability);
    CHECK(stats.max_stability <= fsrs::kMaxStability);
    CHECK(stats.min_difficulty >= fsrs::kMinDifficulty);
    CHECK(stats.max_difficulty <= fsrs::kMaxDifficulty);
    // The log spans six months of daily study: stabilities must have grown well past a day.
    CHECK(stats.max_stability > 30);
}
}  // namespace

TEST_CASE("fsrs: the py-fsrs review log replays with every state finite and in range") {
    REQUIRE_SHARED_FIXTURE(log, std::string("fsrs/") + kReviewLogName);
    const auto rows = load_log(log);
    CHECK(rows.size() == 12580);
    StudySettings settings;
    SUBCASE("default settings") {
        check_replay(rows, settings);
    }
    SUBCASE("no learning steps, retention 0.8") {
        settings.learning_steps_ms.clear();
        settings.relearning_steps_ms.clear();
        settings.desired_retention = 0.8;
        check_replay(rows, settings);
    }
    SUBCASE("FSRS-5 weights, retention 0.97") {
        const std::vector<double> w19(fsrs::kDefaultWeights.begin(),
                                      fsrs::kDefaultWeights.begin() + 19);
        settings.weights = *fsrs::check_and_fill(w19);
        settings.desired_retention = 0.97;
        check_replay(rows, settings);
    }
}

TEST_CASE("fsrs: review log parser reads ISO times and rejects malformed lines") {
    CHECK(parse_iso8601_ms("1970-01-01T00:00:00Z") == 0);
    CHECK(parse_iso8601_ms("2024-03-29T20:32:32.250000+00:00") == 1711744352250);
    CHECK(parse_iso8601_ms("2024-03-29T21:32:32.250+01:00") == 1711744352250);
    CHECK_FALSE(parse_iso8601_ms("2024-13-29T20:32:32Z").has_value());
    CHECK_FALSE(parse_iso8601_ms("yesterday").has_value());

    const std::string header = "card_id,review_rating,review_time,review_duration\n";
    std::string error;
    auto rows = parse_review_log(header + "7,3,2024-03-29T20:32:32Z,1500\n", &error);
    REQUIRE(rows.has_value());
    CHECK(rows->at(0).rating == 3);
    CHECK_FALSE(parse_review_log(header + "7,5,2024-03-29T20:32:32Z,1\n", &error).has_value());
    CHECK(error.find("line 2") != std::string::npos);
    CHECK_FALSE(parse_review_log("id,rating\n", &error).has_value());
    CHECK(error.find("header") != std::string::npos);
}
