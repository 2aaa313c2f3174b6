// The Progress summary (issue 22, schema 7): what the Progress screen and `stats` show for one
// student, kept small whatever the history's length, so a read costs the same at 10 million
// answers as at 10 thousand:
//   progress_days        per profile and day: the day's totals (all banks, all categories);
//   progress_categories  per profile, bank and category: the totals;
//   progress_banks       per profile and bank: sessions begun, answers marked "I was right",
//                        the best finished session (as kBestByBank picks it) and how many
//                        finished sessions have a score.
// The answer totals are folded in with the other totals (totals_fold.h: the attempts after
// the mark are added at read time); the session figures and later overrides are kept by
// triggers on sessions and attempts, so every writer (app, import, classroom, live) keeps
// them. Store::rebuild_totals() recomputes them all. Private to core/store.
#pragma once

#include <cstdint>

#include "core/store/records.h"
#include "core/store/sqlite_db.h"

namespace statecraft {

// Migration 7: the tables, their triggers, and their rows from the file as it is.
extern const char* const kSchemaProgressSummary;

// An attempt's "I was right" as the folds and tail reads count it: the answer is parsed only
// when its text names the key (json_set and our writers never escape its letters).
#define STATECRAFT_OVERRIDDEN_FAST(a)                                                   \
    "iif(" a ".correct = 0 AND instr(" a ".answer, 'overridden') > 0 AND json_valid(" a \
    ".answer) AND json_extract(" a ".answer, '$.overridden') = 1, 1, 0)"

// Reads the profile's days, categories, session count, best per bank and overrides from the
// summary (the folded attempts only: add_tail and add_tail_overridden add the rest).
void read_progress_summary(sql::Database& db, sql::StatementCache& statements,
                           std::int64_t profile_id, ProgressRows& rows);

// Adds the profile's overrides among the attempts after the mark.
void add_tail_overridden(sql::Database& db, sql::StatementCache& statements,
                         std::int64_t profile_id, std::int64_t mark, ProgressRows& rows);

// Empties the summary and recomputes its session figures from the sessions; the answer
// figures follow from a fold from mark 0 (Store::rebuild_totals).
void reset_progress_summary(sql::Database& db);

}  // namespace statecraft
