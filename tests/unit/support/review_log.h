// The py-fsrs review log fixture (card_id, review_rating, review_time, review_duration) and a
// replay of it through the scheduler, shared by the fsrs tests and bench_fsrs_replay.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/study/scheduler.h"

namespace statecraft::testing {

// STATECRAFT_SHARED_DIR/references/fixtures/fsrs/<name>.
std::string fsrs_fixture_path(std::string_view name);
inline constexpr const char* kReviewLogName =
    "py-fsrs_review_logs_josh_1711744352250_to_1728234780857.csv";

// The whole file, or nothing if it cannot be read.
std::optional<std::string> read_text_file(const std::string& path);

// "2024-03-29T20:32:32.250000+00:00" (or ...Z) -> ms since the epoch.
std::optional<int64_t> parse_iso8601_ms(std::string_view text);

struct ReviewLogRow {
    std::string card_id;
    int rating = 0;
    int64_t time_ms = 0;
    int64_t duration_ms = 0;
};

// Rows in file order; on a malformed line, nothing and a message naming the line.
std::optional<std::vector<ReviewLogRow>> parse_review_log(std::string_view csv, std::string* error);

struct ReplayStats {
    int cards = 0;
    int reviews = 0;
    int non_finite = 0;    // states with a NaN or infinite S or D
    int out_of_range = 0;  // S outside [0.001, 36500] or D outside [1, 10]
    int due_before_review = 0;
    double min_stability = 1e300, max_stability = 0;
    double min_difficulty = 1e300, max_difficulty = 0;
};

// Replays every card's reviews in time order through review(), checking each state.
ReplayStats replay_review_log(const std::vector<ReviewLogRow>& rows, const StudySettings& settings);

}  // namespace statecraft::testing
