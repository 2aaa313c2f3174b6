#include "core/stats/progress.h"

#include <algorithm>

namespace statecraft {

int study_streak(const std::vector<std::int64_t>& days, std::int64_t today) {
    if (days.empty()) return 0;
    auto it = std::upper_bound(days.begin(), days.end(), today);  // ignore days after today
    if (it == days.begin()) return 0;
    --it;
    if (*it < today - 1) return 0;
    int streak = 1;
    while (it != days.begin() && *std::prev(it) == *it - 1) {
        --it;
        ++streak;
    }
    return streak;
}

std::vector<WeakQuestion> weakest_questions(const std::vector<QuestionTotals>& questions,
                                            const ProgressOptions& options) {
    std::vector<WeakQuestion> out;
    for (const QuestionTotals& q : questions) {
        if (q.recent_n < 1) continue;
        double recent = q.recent_score_sum / static_cast<double>(q.recent_n);
        if (recent >= options.weakest_below) continue;
        WeakQuestion w{q.bank_id,  q.question_id, q.category, q.attempts,
                       q.recent_n, recent,        q.last_ms,  QuestionVersion::unknown};
        if (options.versions)
            w.version = options.versions->version_of(q.bank_id, q.question_id, q.last_hash);
        out.push_back(std::move(w));
    }
    std::sort(out.begin(), out.end(), [](const WeakQuestion& a, const WeakQuestion& b) {
        if (a.recent_accuracy != b.recent_accuracy) return a.recent_accuracy < b.recent_accuracy;
        if (a.attempts != b.attempts) return a.attempts > b.attempts;
        if (a.last_ms != b.last_ms) return a.last_ms < b.last_ms;
        if (a.bank_id != b.bank_id) return a.bank_id < b.bank_id;
        return a.question_id < b.question_id;
    });
    if (options.weakest_limit >= 0 && out.size() > static_cast<std::size_t>(options.weakest_limit))
        out.resize(static_cast<std::size_t>(options.weakest_limit));
    return out;
}

Progress compute_progress(const ProgressRows& rows, const ProgressOptions& options) {
    Progress p;
    p.profile = rows.profile;
    p.today = options.today;
    p.categories = rows.categories;
    p.days = rows.days;
    for (const CategoryTotals& c : rows.categories) p.overall.add(c.totals);
    std::vector<std::int64_t> day_numbers;
    for (const DayTotals& d : p.days) day_numbers.push_back(d.day);
    p.streak_days = study_streak(day_numbers, options.today);
    p.recent_sessions = rows.recent_sessions;
    p.session_count = rows.session_count;
    p.overridden = rows.overridden;
    p.best_by_bank = rows.best_by_bank;
    p.weakest = weakest_questions(rows.questions, options);
    return p;
}

}  // namespace statecraft
