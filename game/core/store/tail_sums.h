// What a fold adds to the per-day, per-category, per-bank and per-session sums, gathered from
// the one read of the tail that fold_totals makes for the questions anyway (one grouped query
// per table read the tail five times more and sorted it each time). Private to core/store.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "core/store/records.h"
#include "core/store/sqlite_db.h"
#include "core/store/totals_fold.h"

namespace statecraft {

struct TailSums {
    // daily_totals: profile, day, bank, category.
    std::map<std::tuple<std::int64_t, std::int64_t, std::string, std::string>, Totals> daily;
    std::map<std::pair<std::int64_t, std::int64_t>, Totals> days;  // progress_days
    // progress_categories: profile, bank, category.
    std::map<std::tuple<std::int64_t, std::string, std::string>, Totals> categories;
    std::map<std::pair<std::int64_t, std::string>, std::int64_t> overridden;  // progress_banks
    std::map<std::int64_t, Totals> sessions;  // sessions.folded_* (session_figures.h)

    void add(const TailAttempt& a);
};

// Adds the sums to their tables; inside the caller's write transaction, before the mark moves.
void write_tail_sums(sql::Database& db, sql::StatementCache& statements, const TailSums& sums);

}  // namespace statecraft
