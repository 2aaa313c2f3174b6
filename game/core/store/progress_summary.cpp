#include "core/store/progress_summary.h"

#include <algorithm>
#include <string>

namespace statecraft {

namespace {

// A session counts for "best score" when finished with a score out of more than 0.
#define STATECRAFT_SCORED(s) \
    "iif(" s ".ended_ms IS NOT NULL AND " s ".score IS NOT NULL AND " s ".max_score > 0, 1, 0)"
// An attempt counts as overridden as store_queries.cpp's old query counted it.
#define STATECRAFT_OVERRIDDEN(a)              \
    "iif(" a ".correct = 0 AND json_valid(" a \
    ".answer) AND "                           \
    "json_extract(" a ".answer, '$.overridden') = 1, 1, 0)"

// The best session of a (profile, bank) exactly as the old query picked it: SQLite takes the
// bare columns from the first row holding the max(), the index (profile, bank, ended_ms,
// score, max_score, id) giving the order.
#define STATECRAFT_BEST_OF(p, b)                                                   \
    "SELECT id, max(score / max_score), score, max_score, ended_ms FROM sessions " \
    "WHERE profile_id = " p " AND bank_id = " b                                    \
    " AND ended_ms IS NOT NULL "                                                   \
    "AND score IS NOT NULL AND max_score > 0"
// NEW replaces the best when it is better, or as good and earlier in that order.
#define STATECRAFT_TAKE_IF_BETTER \
    "UPDATE progress_banks SET best_id = NEW.id, best_ratio = NEW.score / NEW.max_score, "    \
    "best_score = NEW.score, best_max = NEW.max_score, best_ended_ms = NEW.ended_ms "         \
    "WHERE profile_id = NEW.profile_id AND bank_id = NEW.bank_id AND " STATECRAFT_SCORED(     \
        "NEW") " AND (best_id IS NULL OR NEW.score / NEW.max_score > best_ratio OR "           \
               "(NEW.score / NEW.max_score = best_ratio AND (NEW.ended_ms, NEW.score, "       \
               "NEW.max_score, NEW.id) < (best_ended_ms, best_score, best_max, best_id)));\n"

// The session figures recomputed from the sessions (migration 7 and rebuild_totals).
#define STATECRAFT_FILL_SESSION_FIGURES \
    "INSERT INTO progress_banks (profile_id, bank_id, sessions) "                                \
    "SELECT profile_id, bank_id, count(*) FROM sessions WHERE true GROUP BY profile_id, bank_id " \
    "ON CONFLICT DO UPDATE SET sessions = excluded.sessions;\n"                                  \
    "UPDATE progress_banks SET (best_id, best_ratio, best_score, best_max, best_ended_ms) = "     \
    "(" STATECRAFT_BEST_OF("progress_banks.profile_id", "progress_banks.bank_id") "), "          \
    "scored = (SELECT count(*) FROM sessions AS s WHERE s.profile_id = progress_banks.profile_id " \
    "AND s.bank_id = progress_banks.bank_id AND " STATECRAFT_SCORED("s") ");\n"

// A new session: counted, and the best if it is finished and better.
#define STATECRAFT_SESSION_BEGUN_TRIGGER \
    "CREATE TRIGGER progress_session_begun AFTER INSERT ON sessions BEGIN\n"                     \
    "INSERT INTO progress_banks (profile_id, bank_id, sessions) "                                \
    "VALUES (NEW.profile_id, NEW.bank_id, 1) ON CONFLICT DO UPDATE SET sessions = sessions + 1;\n" \
    "UPDATE progress_banks SET scored = scored + " STATECRAFT_SCORED("NEW")                      \
    " WHERE profile_id = NEW.profile_id AND bank_id = NEW.bank_id;\n" STATECRAFT_TAKE_IF_BETTER  \
    "END;\n"

// A session ended or rescored (a live game rescores after every question). When it was the
// best, its score may have dropped: the best is looked for again.
#define STATECRAFT_SESSION_SCORED_TRIGGER \
    "CREATE TRIGGER progress_session_scored AFTER UPDATE OF ended_ms, score, max_score "         \
    "ON sessions BEGIN\n"                                                                        \
    "UPDATE progress_banks SET scored = scored + " STATECRAFT_SCORED("NEW")                      \
    " - " STATECRAFT_SCORED("OLD") " WHERE profile_id = NEW.profile_id AND bank_id = NEW.bank_id;\n" \
    "UPDATE progress_banks SET (best_id, best_ratio, best_score, best_max, best_ended_ms) = "     \
    "(" STATECRAFT_BEST_OF("NEW.profile_id", "NEW.bank_id") ") "                                 \
    "WHERE profile_id = NEW.profile_id AND bank_id = NEW.bank_id AND best_id = OLD.id;\n"        \
    STATECRAFT_TAKE_IF_BETTER "END;\n"

// "I was right" on an attempt already folded (store_override.cpp); an override in the tail is
// counted when the tail is folded.
#define STATECRAFT_OVERRIDE_TRIGGER \
    "CREATE TRIGGER progress_attempt_overridden AFTER UPDATE OF answer, correct ON attempts "    \
    "WHEN OLD.id <= (SELECT attempt_id FROM totals_mark) BEGIN\n"                                \
    "INSERT INTO progress_banks (profile_id, bank_id, overridden) VALUES (NEW.profile_id, "      \
    "NEW.bank_id, " STATECRAFT_OVERRIDDEN("NEW") " - " STATECRAFT_OVERRIDDEN("OLD") ") "          \
    "ON CONFLICT DO UPDATE SET overridden = overridden + excluded.overridden;\n"                 \
    "END;\n"

constexpr const char* kTailOverridden =
    "SELECT total(" STATECRAFT_OVERRIDDEN_FAST("a") ") FROM attempts AS a "
    "WHERE id > ?1 AND profile_id = ?2 AND correct = 0";

constexpr const char* kReadDays =
    "SELECT day, attempts, correct, score_sum, time_ms_sum FROM progress_days "
    "WHERE profile_id = ?1 ORDER BY day";
constexpr const char* kReadCategories =
    "SELECT category, attempts, correct, score_sum, time_ms_sum FROM progress_categories "
    "WHERE profile_id = ?1 ORDER BY category, bank_id";
constexpr const char* kReadBanks =
    "SELECT bank_id, sessions, overridden, scored, best_ratio, best_score, best_max, best_id, "
    "best_ended_ms FROM progress_banks WHERE profile_id = ?1 ORDER BY bank_id";

Totals read_totals(const sql::Statement& st) {
    return {st.column_int(1), st.column_int(2), st.column_double(3), st.column_int(4)};
}

}  // namespace

const char* const kSchemaProgressSummary =
    R"sql(
CREATE TABLE progress_days (
  profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  day          INTEGER NOT NULL,
  attempts     INTEGER NOT NULL,
  correct      INTEGER NOT NULL,
  score_sum    REAL NOT NULL,
  time_ms_sum  INTEGER NOT NULL,
  PRIMARY KEY (profile_id, day)
) WITHOUT ROWID;
CREATE TABLE progress_categories (
  profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  bank_id      TEXT NOT NULL,
  category     TEXT NOT NULL,
  attempts     INTEGER NOT NULL,
  correct      INTEGER NOT NULL,
  score_sum    REAL NOT NULL,
  time_ms_sum  INTEGER NOT NULL,
  PRIMARY KEY (profile_id, bank_id, category)
) WITHOUT ROWID;
CREATE TABLE progress_banks (
  profile_id     INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  bank_id        TEXT NOT NULL,
  sessions       INTEGER NOT NULL DEFAULT 0,  -- begun, finished or not
  overridden     INTEGER NOT NULL DEFAULT 0,  -- folded attempts marked "I was right"
  scored         INTEGER NOT NULL DEFAULT 0,  -- finished sessions with a score
  best_id        INTEGER,  -- the best of those (NULL: none)
  best_ratio     REAL,
  best_score     REAL,
  best_max       REAL,
  best_ended_ms  INTEGER,
  PRIMARY KEY (profile_id, bank_id)
) WITHOUT ROWID;

INSERT INTO progress_days
SELECT profile_id, day, sum(attempts), sum(correct), total(score_sum), sum(time_ms_sum)
FROM daily_totals WHERE true GROUP BY profile_id, day;
INSERT INTO progress_categories
SELECT profile_id, bank_id, category, sum(attempts), sum(correct), total(score_sum),
       sum(time_ms_sum)
FROM daily_totals WHERE true GROUP BY profile_id, bank_id, category;
)sql"
    // Sessions first, so the override counts find their rows.
    STATECRAFT_FILL_SESSION_FIGURES
    "INSERT INTO progress_banks (profile_id, bank_id, overridden) "
    "SELECT profile_id, bank_id, sum(" STATECRAFT_OVERRIDDEN("a") ") FROM attempts AS a "
    "WHERE id <= (SELECT attempt_id FROM totals_mark) AND correct = 0 "
    "GROUP BY profile_id, bank_id "
    "ON CONFLICT DO UPDATE SET overridden = overridden + excluded.overridden;\n"
    STATECRAFT_SESSION_BEGUN_TRIGGER STATECRAFT_SESSION_SCORED_TRIGGER STATECRAFT_OVERRIDE_TRIGGER;

void read_progress_summary(sql::Database& db, sql::StatementCache& statements,
                           std::int64_t profile_id, ProgressRows& rows) {
    {
        sql::Statement& st = statements.get(db, kReadDays);
        sql::ResetOnExit reset(st);
        st.bind(1, profile_id);
        while (st.step()) rows.days.push_back({st.column_int(0), read_totals(st)});
    }
    {
        sql::Statement& st = statements.get(db, kReadCategories);
        sql::ResetOnExit reset(st);
        st.bind(1, profile_id);
        while (st.step()) {
            std::string_view category = st.column_view(0);
            if (rows.categories.empty() || rows.categories.back().category != category)
                rows.categories.push_back({std::string(category), {}});
            rows.categories.back().totals.add(read_totals(st));
        }
    }
    sql::Statement& st = statements.get(db, kReadBanks);
    sql::ResetOnExit reset(st);
    st.bind(1, profile_id);
    while (st.step()) {
        rows.session_count += st.column_int(1);
        rows.overridden += st.column_int(2);
        if (st.column_int(3) == 0) continue;
        rows.best_by_bank.push_back({st.column_text(0), st.column_double(4), st.column_double(5),
                                     st.column_double(6), st.column_int(7), st.column_int(8),
                                     st.column_int(3)});
    }
}

void add_tail_overridden(sql::Database& db, sql::StatementCache& statements,
                         std::int64_t profile_id, std::int64_t mark, ProgressRows& rows) {
    sql::Statement& st = statements.get(db, kTailOverridden);
    sql::ResetOnExit reset(st);
    st.bind(1, mark).bind(2, profile_id);
    if (st.step()) rows.overridden += static_cast<std::int64_t>(st.column_double(0));
}

void reset_progress_summary(sql::Database& db) {
    db.exec(
        "DELETE FROM progress_days; DELETE FROM progress_categories; DELETE FROM "
        "progress_banks;");
    db.exec(STATECRAFT_FILL_SESSION_FIGURES);
}

}  // namespace statecraft
