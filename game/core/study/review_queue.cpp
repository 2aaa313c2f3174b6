#include "core/study/review_queue.h"

#include <algorithm>
#include <tuple>

namespace statecraft {

ReviewQueue build_review_queue(std::span<const std::string> question_ids, const CardStates& states,
                               int64_t now_ms, const StudySettings& settings) {
    ReviewQueue queue;
    const DayWindow today = today_window(now_ms, settings.day_clock);
    std::vector<const std::string*> unseen;
    std::vector<QueueItem> learning_now;
    std::vector<QueueItem> reviews;

    for (const std::string& id : question_ids) {
        ++queue.counts.total;
        const auto found = states.find(id);
        if (found == states.end() || found->second.state == CardPhase::new_card) {
            unseen.push_back(&id);
            continue;
        }
        const CardState& card = found->second;
        if (card.first_review_ms >= today.start_ms && card.first_review_ms < today.end_ms) {
            ++queue.counts.new_introduced_today;
        }
        if (card.due_ms >= today.end_ms) continue;
        QueueItem item{id, card.state, card.due_ms,
                       retrievability_at(card, now_ms, settings).value_or(0.0)};
        if (card.state == CardPhase::review) {
            ++queue.counts.review_due_today;
            reviews.push_back(std::move(item));
        } else {
            ++queue.counts.learning_due_today;
            (card.due_ms <= now_ms ? learning_now : queue.later_today).push_back(std::move(item));
        }
    }

    const auto by_time = [](const QueueItem& a, const QueueItem& b) {
        return std::tie(a.due_ms, a.question_id) < std::tie(b.due_ms, b.question_id);
    };
    const auto by_risk = [](const QueueItem& a, const QueueItem& b) {
        return std::tie(a.retrievability, a.due_ms, a.question_id) <
               std::tie(b.retrievability, b.due_ms, b.question_id);
    };
    std::sort(learning_now.begin(), learning_now.end(), by_time);
    std::sort(reviews.begin(), reviews.end(), by_risk);
    std::sort(queue.later_today.begin(), queue.later_today.end(), by_time);
    queue.due_now = std::move(learning_now);
    queue.due_now.insert(queue.due_now.end(), std::make_move_iterator(reviews.begin()),
                         std::make_move_iterator(reviews.end()));

    const int allowed = std::max(0, settings.new_cards_per_day - queue.counts.new_introduced_today);
    for (const std::string* id : unseen) {
        if (static_cast<int>(queue.new_cards.size()) >= allowed) break;
        queue.new_cards.push_back(*id);
    }
    queue.counts.due_now = static_cast<int>(queue.due_now.size());
    queue.counts.new_to_introduce = static_cast<int>(queue.new_cards.size());
    queue.counts.new_unseen = static_cast<int>(unseen.size());
    return queue;
}

}  // namespace statecraft
