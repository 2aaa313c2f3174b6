// A student simulated over 60 days with an injected clock and a seeded generator: one session
// a day at 18:00 local time, every due card answered, new cards up to the daily limit. The
// student recalls a card with a probability derived from its retrievability R.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/study/rating.h"
#include "core/study/review_queue.h"
#include "core/study/scheduler.h"

using namespace statecraft;

namespace {
constexpr int kCards = 200;
constexpr int kDays = 60;
constexpr int64_t kExpectedMs = 20 * kMsPerSecond;
// 2024-01-08 17:00 UTC = 18:00 in a UTC+1 time zone.
constexpr int64_t kFirstSession = 1704733200000;

struct Student {
    double forgetting = 1.0;  // P(wrong) = forgetting × (1 − R); 1 is the FSRS-average student
    double new_card_recall = 0.6;
};

// What happened at one review of a card that was in the review phase.
struct ReviewEvent {
    int interval_before = 0;  // days, the interval that just ended
    Rating rating = Rating::good;
    double predicted_r = 0;
    bool recalled = false;
};

struct SimResult {
    std::map<std::string, std::vector<ReviewEvent>> events;       // per card, in order
    std::map<std::string, std::vector<int>> graduated_intervals;  // review intervals, in order
    std::vector<int> review_due_per_day;
    std::vector<int> new_per_day;
    int lapses = 0;
    int max_overdue_days = 0;
    std::vector<double> mean_interval_per_day;
    std::string failure;  // first broken invariant, if any
};

class Sim {
  public:
    Sim(Student student, uint64_t seed) : student_(student), rng_(seed) {
        settings_.new_cards_per_day = 10;
        settings_.day_clock = {1 * kMsPerHour, 4};
        for (int i = 0; i < kCards; ++i) ids_.push_back("q" + std::to_string(1000 + i));
    }

    SimResult run() {
        for (int day = 0; day < kDays; ++day) session(kFirstSession + day * kMsPerDay);
        return std::move(result_);
    }

  private:
    double uniform() { return static_cast<double>(rng_() >> 11) * 0x1.0p-53; }

    void fail(const std::string& why) {
        if (result_.failure.empty()) result_.failure = why;
    }

    void session(int64_t now) {
        ReviewQueue q = build_review_queue(ids_, states_, now, settings_);
        result_.review_due_per_day.push_back(q.counts.review_due_today);
        result_.new_per_day.push_back(q.counts.new_to_introduce);
        if (q.counts.new_introduced_today != 0) fail("a new day started with cards introduced");
        for (const QueueItem& item : q.due_now) {
            if (item.state != CardPhase::review) continue;
            const int64_t overdue =
                study_day(now, settings_.day_clock) - study_day(item.due_ms, settings_.day_clock);
            result_.max_overdue_days =
                std::max(result_.max_overdue_days, static_cast<int>(overdue));
        }
        const int introduced = q.counts.new_to_introduce;
        for (;;) {
            q = build_review_queue(ids_, states_, now, settings_);
            if (!q.due_now.empty()) {
                now = answer(q.due_now.front().question_id, now);
            } else if (!q.new_cards.empty()) {
                now = answer(q.new_cards.front(), now);
            } else if (!q.later_today.empty() && q.later_today.front().due_ms - now < kMsPerHour) {
                now = q.later_today.front().due_ms;  // wait for the next learning step
            } else {
                break;
            }
        }
        if (q.counts.review_due_today != 0) fail("review cards left due after a session");
        if (q.counts.new_introduced_today != introduced) fail("new-card count drifted");
        double total = 0;
        int n = 0;
        for (const auto& [id, card] : states_) {
            if (!std::isfinite(card.stability) || card.stability < fsrs::kMinStability ||
                card.stability > fsrs::kMaxStability || card.difficulty < 1 ||
                card.difficulty > 10 || card.due_ms <= card.last_review_ms) {
                fail("card " + id + " left in a bad state");
            }
            if (card.state == CardPhase::review) {
                total += static_cast<double>(card.due_ms - card.last_review_ms) / kMsPerDay;
                ++n;
            }
        }
        result_.mean_interval_per_day.push_back(n ? total / n : 0.0);
    }

    int64_t answer(const std::string& id, int64_t now) {
        CardState& card = states_[id];
        const auto r = retrievability_at(card, now, settings_);
        const double p_right =
            r ? 1.0 - student_.forgetting * (1.0 - *r) : student_.new_card_recall;
        const bool right = uniform() < p_right;
        // A tenth of the wrong answers are half right; times spread over 0.2..1.3 × expected.
        const double score = right ? 1.0 : (uniform() < 0.1 ? 0.5 : 0.0);
        const auto elapsed = static_cast<int64_t>(kExpectedMs * (0.2 + 1.1 * uniform()));
        const Rating rating = rating_from_answer(score, elapsed, kExpectedMs);
        const CardState before = card;
        now += elapsed;
        card = review(card, rating, now, settings_);
        if (before.state == CardPhase::review) {
            const int interval =
                static_cast<int>((before.due_ms - before.last_review_ms) / kMsPerDay);
            result_.events[id].push_back({interval, rating, r.value_or(0), right});
            if (rating == Rating::again) ++result_.lapses;
        }
        if (card.state == CardPhase::review) {
            result_.graduated_intervals[id].push_back(
                static_cast<int>((card.due_ms - card.last_review_ms) / kMsPerDay));
        }
        return now + 3 * kMsPerSecond;  // reading the feedback
    }

    Student student_;
    std::mt19937_64 rng_;
    StudySettings settings_;
    std::vector<std::string> ids_;
    CardStates states_;
    SimResult result_;
};

void check_common(const SimResult& r) {
    INFO(r.failure);
    CHECK(r.failure.empty());
    // Ten new cards a day until the bank of 200 runs out on day 20.
    for (int day = 0; day < kDays; ++day) {
        INFO("day " << day);
        CHECK(r.new_per_day[day] == (day < kCards / 10 ? 10 : 0));
        CHECK(r.review_due_per_day[day] <= std::min(kCards, 10 * day));
    }
    // A daily student never lets a review card slip past its day.
    CHECK(r.max_overdue_days == 0);
    // Intervals never shrink after a successful review, and every lapse shortens them.
    int lapses_checked = 0;
    for (const auto& [id, events] : r.events) {
        const std::vector<int>& graduated = r.graduated_intervals.at(id);
        for (size_t i = 0; i + 1 < graduated.size() && i < events.size(); ++i) {
            // graduated[i] is the interval that events[i] ended; graduated[i + 1] the next one.
            INFO(id << " review " << i);
            CHECK(events[i].interval_before == graduated[i]);
            if (events[i].rating == Rating::again) {
                CHECK(graduated[i + 1] <= std::max(1, graduated[i] - 1));
                ++lapses_checked;
            } else {
                CHECK(graduated[i + 1] >= graduated[i]);
            }
        }
    }
    CHECK(lapses_checked * 10 >= r.lapses * 9);  // nearly every lapse relearnt before day 60
}

double observed_recall(const SimResult& r, double* predicted) {
    int n = 0, right = 0;
    double sum_r = 0;
    for (const auto& [id, events] : r.events) {
        for (const ReviewEvent& e : events) {
            ++n;
            right += e.recalled;
            sum_r += e.predicted_r;
        }
    }
    *predicted = sum_r / n;
    return static_cast<double>(right) / n;
}
}  // namespace

TEST_CASE("fsrs: an average student over 60 days keeps recall near the desired 0.9") {
    const SimResult r = Sim(Student{1.0, 0.6}, 20240108).run();
    check_common(r);
    double predicted = 0;
    const double recall = observed_recall(r, &predicted);
    size_t reviews = 0;
    for (const auto& [id, e] : r.events) reviews += e.size();
    MESSAGE("average student: " << reviews << " reviews, recall " << recall << " (predicted "
                                << predicted << "), " << r.lapses << " lapses, mean interval "
                                << r.mean_interval_per_day.back() << " days on day 60");
    CHECK(reviews > 500);
    CHECK(r.lapses > 20);
    // Cards come up when R ≈ 0.9, so the student recalls about 90% of reviews.
    CHECK(predicted == doctest::Approx(0.9).epsilon(0.03));
    CHECK(std::fabs(recall - predicted) < 3 * std::sqrt(0.09 / reviews));
}

TEST_CASE("fsrs: a strong student over 60 days sees intervals grow and the load fall") {
    const SimResult strong = Sim(Student{0.2, 0.9}, 7).run();
    const SimResult average = Sim(Student{1.0, 0.6}, 7).run();
    check_common(strong);
    MESSAGE("strong student: mean interval "
            << strong.mean_interval_per_day[19] << " days on day 20, "
            << strong.mean_interval_per_day.back() << " on day 60");
    CHECK(strong.mean_interval_per_day.back() > 2 * strong.mean_interval_per_day[19]);
    CHECK(strong.mean_interval_per_day.back() > average.mean_interval_per_day.back());
    CHECK(strong.lapses < average.lapses);
    // Cards answered right at every review reach long intervals.
    int long_runs = 0;
    for (const auto& [id, intervals] : strong.graduated_intervals) {
        if (intervals.size() >= 4 && intervals.back() > 3 * intervals.front()) ++long_runs;
    }
    CHECK(long_runs > kCards / 4);
    // With every card introduced, daily reviews settle well below the bank size.
    int last_weeks = 0;
    for (int day = kDays - 14; day < kDays; ++day) last_weeks += strong.review_due_per_day[day];
    MESSAGE("strong student: " << last_weeks / 14.0 << " reviews a day over the last two weeks");
    CHECK(last_weeks / 14.0 < kCards / 8.0);
}
