// The Progress figures, computed from the rows the store returns (pure functions: no SQL,
// no clock; "today" is given). The Progress screen and `statecraft stats` both show these.
//
// Formulas:
//   accuracy        = sum of attempt scores / attempts (partial credit counts, 0..1)
//   recent accuracy = the same over a question's latest kRecentAttempts (5) attempts
//   best score      = max over finished sessions of score / max_score, per bank
//   streak          = consecutive calendar days with an attempt, ending today or yesterday
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/stats/question_versions.h"
#include "core/store/records.h"

namespace statecraft {

struct WeakQuestion {
    std::string bank_id;
    std::string question_id;
    std::string category;
    std::int64_t attempts = 0;  // all attempts
    std::int64_t recent_n = 0;  // counted in recent_accuracy
    double recent_accuracy = 0;
    std::int64_t last_ms = 0;
    QuestionVersion version = QuestionVersion::unknown;
};

struct ProgressOptions {
    std::int64_t today = 0;  // local calendar day, from the injected clock
    int weakest_limit = 10;
    double weakest_below = 1.0;  // list only questions whose recent accuracy is below this
    const QuestionVersions* versions =
        nullptr;  // optional: marks older versions, removed questions
};

struct Progress {
    std::string profile;
    std::int64_t today = 0;
    Totals overall;
    std::vector<CategoryTotals> categories;  // by category id
    std::vector<DayTotals> days;             // every day studied, oldest first
    int streak_days = 0;
    std::vector<SessionRow> recent_sessions;  // newest first
    std::int64_t session_count = 0;
    std::int64_t overridden = 0;  // answers marked "I was right", counted as wrong above
    std::vector<BankBest> best_by_bank;
    std::vector<WeakQuestion> weakest;  // weakest first
};

Progress compute_progress(const ProgressRows& rows, const ProgressOptions& options);

// Days in a row with study, ending today or yesterday; 0 otherwise. days: sorted, unique.
int study_streak(const std::vector<std::int64_t>& days, std::int64_t today);

// Lowest recent accuracy first; ties: more attempts first, then the least recently seen.
std::vector<WeakQuestion> weakest_questions(const std::vector<QuestionTotals>& questions,
                                            const ProgressOptions& options);

}  // namespace statecraft
