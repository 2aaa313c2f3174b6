// Each session's answer figures (count, right answers, score sum) kept on its sessions row
// (issue 22, schema 8), so an answer's write touches only the attempts table: no index on
// attempts by session. Like the other totals they are folded (totals_fold.h): the row holds
// the attempts up to totals_mark, and reads add the tail (the attempts after the mark, at most
// kFoldTailAt) read by rowid. Private to core/store.
#pragma once

#include <cstdint>
#include <vector>

#include "core/store/records.h"
#include "core/store/sqlite_db.h"

namespace statecraft {

// Migration 8: the columns, filled from the attempts up to the mark; the index dropped.
extern const char* const kSchemaSessionFigures;

// Zeroes every session's folded figures, before a fold from mark 0 (rebuild_totals, salvage).
void reset_session_figures(sql::Database& db);

// A SessionRow from a statement reading id, bank_id, bank_hash, mode, started_ms, ended_ms,
// score, max_score, its answers, right answers, score sum and unanswered, in that order.
SessionRow read_session_row(const sql::Statement& st);

// The profile's latest `limit` sessions, newest first, with their answer figures (folded and
// tail); inside the caller's read transaction.
void read_recent_sessions(sql::Database& db, sql::StatementCache& statements,
                          std::int64_t profile_id, std::int64_t limit, std::int64_t mark,
                          std::vector<SessionRow>& out);

}  // namespace statecraft
