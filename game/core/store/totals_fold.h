// The totals tables (daily_totals, question_totals) behind the Progress figures, kept by
// folding: an answer's write touches only the attempts table, and the attempts after
// totals_mark.attempt_id (the "tail") are folded into the totals (and the Progress summary,
// progress_summary.h, and the sessions' figures, session_figures.h) in one go when the tail reaches
// kFoldTailAt answers (and by imports). Reads add the tail themselves, so the figures are always
// exact. Private to core/store (schemas 6 to 8, migrations.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/records.h"
#include "core/store/sqlite_db.h"

namespace statecraft {

// Past this many unfolded attempts a write folds them, so reads never add a long tail; a
// fold costs about one question row per distinct question, so rarer folds cost less per answer.
inline constexpr std::int64_t kFoldTailAt = 5'000;
// When the writer folds in its idle time (StoreOptions::fold_when_idle) and finds none, a write
// folds once the tail reaches this, so reads never add more.
inline constexpr std::int64_t kFoldTailMax = 4 * kFoldTailAt;

// One of a question's latest attempts, as question_totals.recent keeps them ("ms,id,score;"...
// newest first, at most kRecentAttempts).
struct RecentScore {
    std::int64_t ms = 0;
    std::int64_t id = 0;
    double score = 0;
};
std::vector<RecentScore> parse_recent(std::string_view text);
std::string format_recent(const std::vector<RecentScore>& recent);

// An attempt of the tail, as the totals need it.
struct TailAttempt {
    std::int64_t id = 0;
    std::int64_t profile_id = 0;
    std::string bank_id, question_id, question_hash, category;
    double score = 0;
    bool correct = false;
    std::int64_t answered_ms = 0;
    std::int64_t session_id = 0, day = 0, time_ms = 0;
    bool overridden = false;  // marked "I was right"
};

// Adds one attempt to a question's totals, as the totals keep them: counts and sums, the
// latest attempt's category and hash (ties go to the later one), the latest 5 scores.
void add_to_question(QuestionTotals& q, std::vector<RecentScore>& recent, const TailAttempt& a);

std::int64_t totals_mark(sql::Database& db);
// How many attempts wait to be folded.
std::int64_t tail_length(sql::Database& db);
// Folds the tail into the totals and moves the mark; inside the caller's write transaction
// (a transaction of its own after the answers' commit: a crash between the two leaves the
// tail to the next fold, and the fold and the mark commit together, so nothing counts twice).
void fold_totals(sql::Database& db, sql::StatementCache& statements);
// For reads: adds the profile's tail to rows read from the totals (days, categories,
// questions), as fold_totals would; inside the caller's read transaction.
void add_tail(sql::Database& db, sql::StatementCache& statements, std::int64_t profile_id,
              ProgressRows& rows);

}  // namespace statecraft
