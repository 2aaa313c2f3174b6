// The review mode's state: the Review screen's rows and the study settings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/study/review_queue.h"

namespace statecraft {

// The Review screen: one row per bank with today's counts, and the study settings.
struct ReviewBankRow {
    std::string bank_id;
    std::string title;
    QueueCounts counts;
    std::optional<std::int64_t> next_due_ms;  // earliest due time after now, if any card waits
};

struct StudyState {
    std::string profile;               // whose cards; empty: cards are not saved
    std::vector<ReviewBankRow> banks;  // same order as HomeState::banks
    int new_cards_per_day = 20;
    double desired_retention = 0.9;
    std::int64_t now_ms = 0;                  // wall clock when the rows were computed
    std::string message;                      // a store problem, or why a review cannot start
    int reviewed = 0;                         // cards updated in the current session
    std::optional<std::int64_t> next_due_ms;  // after the session: the next card due, any bank
};

}  // namespace statecraft
