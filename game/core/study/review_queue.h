// Which cards of a bank to review today, in what order, and the counts for the Review screen.
//
// - Review cards are due for the whole study day on which they fall due (or earlier: overdue),
//   as in Anki; learning and relearning cards are due at their exact time (minute steps).
// - due_now: learning cards whose time has come (earliest first), then review cards from the
//   least to the most retrievable, so what is most at risk of being forgotten comes first.
// - later_today: learning cards due later today, earliest first.
// - new_cards: unseen questions in bank order, at most new_cards_per_day minus the cards of
//   this bank already introduced today (first_review_ms in today's window). The limit is per
//   bank; pass several banks' ids together for one shared limit.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/study/scheduler.h"

namespace statecraft {

// Question id -> stored card state. An id with no entry (or a new_card state) is new.
using CardStates = std::unordered_map<std::string, CardState>;

struct QueueItem {
    std::string question_id;
    CardPhase state = CardPhase::new_card;
    int64_t due_ms = 0;
    double retrievability = 0;  // probability of recall at now_ms
};

struct QueueCounts {
    int learning_due_today = 0;    // learning and relearning cards due before the day ends
    int review_due_today = 0;      // review cards due today or overdue
    int due_now = 0;               // size of ReviewQueue::due_now
    int new_to_introduce = 0;      // size of ReviewQueue::new_cards
    int new_introduced_today = 0;  // already introduced today, counted against the limit
    int new_unseen = 0;            // new cards left in the bank
    int total = 0;                 // question ids given
    int due_today() const { return learning_due_today + review_due_today; }
};

struct ReviewQueue {
    std::vector<QueueItem> due_now;
    std::vector<QueueItem> later_today;
    std::vector<std::string> new_cards;
    QueueCounts counts;
};

ReviewQueue build_review_queue(std::span<const std::string> question_ids, const CardStates& states,
                               int64_t now_ms, const StudySettings& settings);

}  // namespace statecraft
