// Item totals (issue 17, schema 9): the answers added up per bank, profile, question and answer
// text, so that item analysis on this computer reads a class's totals, not its whole history.
// Kept like the Progress totals (totals_fold.h): folded in with them every kFoldTailAt answers,
// no work on an answer's insert; a read adds the attempts after the mark itself, so the cells
// are exact. An "I was right" on an attempt already folded changes its answer text: a trigger
// on that (rare) update moves the response from the old cell to the new one.
// Private to core/store.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/store/report_rows.h"
#include "core/store/sqlite_db.h"

namespace statecraft {

// Migration 9: the table, its override trigger, and its rows from the attempts already folded.
extern const char* const kSchemaItemTotals;

// Folds the attempts with id > mark into item_answer_totals; inside the caller's write
// transaction, before the mark moves (fold_totals).
void fold_item_totals(sql::Database& db, sql::StatementCache& statements, std::int64_t mark);

// The bank's cells, one per (profile, question, answer): the folded totals plus the attempts
// after the mark; names maps profile ids to names. Inside the caller's read transaction.
void read_item_totals(sql::Database& db, sql::StatementCache& statements,
                      const std::string& bank_id,
                      const std::unordered_map<std::int64_t, std::string>& names,
                      std::vector<ItemCell>& out);

// Empties the table; a fold from mark 0 refills it (Store::rebuild_totals).
void reset_item_totals(sql::Database& db);

}  // namespace statecraft
