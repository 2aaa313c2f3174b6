#include "core/store/session_figures.h"

#include <algorithm>

namespace statecraft {

namespace {

constexpr const char* kRecent =
    "SELECT id, bank_id, bank_hash, mode, started_ms, ended_ms, score, max_score, "
    "folded_attempts, folded_correct, folded_score_sum, unanswered FROM sessions "
    "WHERE profile_id = ?1 ORDER BY started_ms DESC, id DESC LIMIT ?2";
// "+profile_id": read the tail by rowid, never the whole profile.
constexpr const char* kTail =
    "SELECT session_id, count(*), sum(correct), total(score) FROM attempts "
    "WHERE id > ?1 AND +profile_id = ?2 GROUP BY session_id";

}  // namespace

SessionRow read_session_row(const sql::Statement& st) {
    SessionRow s;
    s.id = st.column_int(0);
    s.bank_id = st.column_text(1);
    s.bank_hash = st.column_text(2);
    s.mode = st.column_text(3);
    s.started_ms = st.column_int(4);
    s.ended_ms = st.column_optional_int(5);
    s.score = st.column_optional_double(6);
    s.max_score = st.column_optional_double(7);
    s.attempts = st.column_int(8);
    s.correct = st.column_int(9);
    s.score_sum = st.column_double(10);
    s.unanswered = st.column_optional_int(11);
    return s;
}

// The index served only these figures (and the "I was right" lookup, now bounded by the
// session's first attempt id, store_override.cpp). The fill reads the attempts once, in
// session order by that index, before it goes.
const char* const kSchemaSessionFigures = R"sql(
ALTER TABLE sessions ADD COLUMN folded_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN folded_correct INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN folded_score_sum REAL NOT NULL DEFAULT 0;
UPDATE sessions SET folded_attempts = t.n, folded_correct = t.c, folded_score_sum = t.s
FROM (SELECT session_id, count(*) AS n, sum(correct) AS c, total(score) AS s FROM attempts
      WHERE id <= (SELECT attempt_id FROM totals_mark) GROUP BY session_id) AS t
WHERE sessions.id = t.session_id;
DROP INDEX attempts_by_session;
)sql";

void reset_session_figures(sql::Database& db) {
    db.exec(
        "UPDATE sessions SET folded_attempts = 0, folded_correct = 0, folded_score_sum = 0 "
        "WHERE folded_attempts <> 0");
}

void read_recent_sessions(sql::Database& db, sql::StatementCache& statements,
                          std::int64_t profile_id, std::int64_t limit, std::int64_t mark,
                          std::vector<SessionRow>& out) {
    {
        sql::Statement& st = statements.get(db, kRecent);
        sql::ResetOnExit reset(st);
        st.bind(1, profile_id).bind(2, limit);
        while (st.step()) out.push_back(read_session_row(st));
    }
    sql::Statement& st = statements.get(db, kTail);
    sql::ResetOnExit reset(st);
    st.bind(1, mark).bind(2, profile_id);
    while (st.step()) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const SessionRow& s) { return s.id == st.column_int(0); });
        if (it == out.end()) continue;  // an older session than those listed
        it->attempts += st.column_int(1);
        it->correct += st.column_int(2);
        it->score_sum += st.column_double(3);
    }
}

}  // namespace statecraft
