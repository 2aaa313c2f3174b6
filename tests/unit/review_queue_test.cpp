// Which cards are due today, in what order, and how many new cards to introduce.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/study/review_queue.h"

using namespace statecraft;

namespace {
// 2024-05-06 09:00 UTC; the tests use UTC with the rollover at 04:00.
constexpr int64_t kNow = 1714986000000;

CardState card_in(CardPhase phase, int64_t due_ms, double stability, int64_t last_ms) {
    CardState c;
    c.state = phase;
    c.due_ms = due_ms;
    c.stability = stability;
    c.difficulty = 5;
    c.last_review_ms = last_ms;
    c.first_review_ms = last_ms - 30 * kMsPerDay;
    c.reps = 4;
    return c;
}

std::vector<std::string> ids_of(const std::vector<QueueItem>& items) {
    std::vector<std::string> out;
    for (const QueueItem& i : items) out.push_back(i.question_id);
    return out;
}
}  // namespace

TEST_CASE("fsrs: review queue orders learning cards by time, then reviews by retrievability") {
    const StudySettings s;
    CardStates states;
    states["learn-late"] =
        card_in(CardPhase::learning, kNow - kMsPerMinute, 2, kNow - 11 * kMsPerMinute);
    states["learn-early"] =
        card_in(CardPhase::relearning, kNow - 5 * kMsPerMinute, 1, kNow - 15 * kMsPerMinute);
    states["learn-soon"] =
        card_in(CardPhase::learning, kNow + 20 * kMsPerMinute, 2, kNow - kMsPerMinute);
    // Due yesterday after a 3-day interval: R below 0.9. Due tonight after 20 days: R near 0.9.
    states["overdue"] = card_in(CardPhase::review, kNow - kMsPerDay, 3, kNow - 4 * kMsPerDay);
    states["tonight"] = card_in(CardPhase::review, kNow + 12 * kMsPerHour, 20,
                                kNow - 20 * kMsPerDay + 12 * kMsPerHour);
    // 03:00 tomorrow is still today's study day (rollover 04:00); 05:00 is not.
    states["before-rollover"] =
        card_in(CardPhase::review, kNow + 18 * kMsPerHour, 16, kNow - 20 * kMsPerDay);
    states["tomorrow"] =
        card_in(CardPhase::review, kNow + 20 * kMsPerHour, 20, kNow - 20 * kMsPerDay);
    states["not-in-bank"] = card_in(CardPhase::review, kNow - kMsPerDay, 3, kNow - 4 * kMsPerDay);
    const std::vector<std::string> bank = {"new-b",      "learn-late", "learn-early",
                                           "learn-soon", "overdue",    "tonight",
                                           "tomorrow",   "new-a",      "before-rollover"};

    const ReviewQueue q = build_review_queue(bank, states, kNow, s);
    CHECK(ids_of(q.due_now) == std::vector<std::string>{"learn-early", "learn-late", "overdue",
                                                        "before-rollover", "tonight"});
    CHECK(q.due_now[2].retrievability < q.due_now[3].retrievability);
    CHECK(q.due_now[3].retrievability < q.due_now[4].retrievability);
    CHECK(ids_of(q.later_today) == std::vector<std::string>{"learn-soon"});
    CHECK(q.new_cards == std::vector<std::string>{"new-b", "new-a"});  // bank order
    CHECK(q.counts.learning_due_today == 3);
    CHECK(q.counts.review_due_today == 3);
    CHECK(q.counts.due_today() == 6);
    CHECK(q.counts.due_now == 5);
    CHECK(q.counts.new_unseen == 2);
    CHECK(q.counts.new_to_introduce == 2);
    CHECK(q.counts.total == 9);
}

TEST_CASE("fsrs: new cards per day counts the cards already introduced today") {
    StudySettings s;
    s.new_cards_per_day = 3;
    CardStates states;
    CardState today = card_in(CardPhase::learning, kNow + 10 * kMsPerMinute, 2, kNow - kMsPerHour);
    today.first_review_ms = kNow - kMsPerHour;
    CardState yesterday = card_in(CardPhase::review, kNow + 2 * kMsPerDay, 2, kNow - kMsPerDay);
    yesterday.first_review_ms = kNow - kMsPerDay;
    states["a"] = today;
    states["b"] = yesterday;
    states["c"] = CardState{};  // a stored row that is still new counts as new
    const std::vector<std::string> bank = {"a", "b", "c", "d", "e", "f"};

    ReviewQueue q = build_review_queue(bank, states, kNow, s);
    CHECK(q.counts.new_introduced_today == 1);
    CHECK(q.new_cards == std::vector<std::string>{"c", "d"});
    CHECK(q.counts.new_unseen == 4);

    s.new_cards_per_day = 0;
    CHECK(build_review_queue(bank, states, kNow, s).new_cards.empty());
    s.new_cards_per_day = 1;  // already reached: none, never a negative count
    q = build_review_queue(bank, states, kNow, s);
    CHECK(q.new_cards.empty());
    CHECK(q.counts.new_to_introduce == 0);

    // The next study day the limit starts again.
    s.new_cards_per_day = 3;
    q = build_review_queue(bank, states, kNow + kMsPerDay, s);
    CHECK(q.counts.new_introduced_today == 0);
    CHECK(q.new_cards.size() == 3);
}

TEST_CASE("fsrs: review queue counts per bank for the Review screen") {
    const StudySettings s;
    CardStates states;
    states["eu-1"] = card_in(CardPhase::review, kNow - kMsPerHour, 5, kNow - 5 * kMsPerDay);
    states["eu-2"] = card_in(CardPhase::review, kNow + 3 * kMsPerDay, 5, kNow - 2 * kMsPerDay);
    states["un-1"] = card_in(CardPhase::learning, kNow - kMsPerMinute, 1, kNow - 2 * kMsPerMinute);
    const std::vector<std::string> eu = {"eu-1", "eu-2", "eu-3"};
    const std::vector<std::string> un = {"un-1", "un-2"};
    const QueueCounts a = build_review_queue(eu, states, kNow, s).counts;
    const QueueCounts b = build_review_queue(un, states, kNow, s).counts;
    CHECK(a.review_due_today == 1);
    CHECK(a.learning_due_today == 0);
    CHECK(a.new_unseen == 1);
    CHECK(a.total == 3);
    CHECK(b.review_due_today == 0);
    CHECK(b.learning_due_today == 1);
    CHECK(b.new_to_introduce == 1);
    const std::vector<std::string> none;
    CHECK(build_review_queue(none, states, kNow, s).counts.total == 0);
}
