// Reading: profiles, the rows behind the Progress figures, the attempts export, checks.
#include <sqlite3.h>

#include <algorithm>

#include "core/store/classroom_store.h"
#include "core/store/item_totals.h"
#include "core/store/progress_summary.h"
#include "core/store/session_figures.h"
#include "core/store/store.h"
#include "core/store/store_messages.h"
#include "core/store/totals_fold.h"

namespace statecraft {

namespace {

// (day, category) rows ordered by day, added up by add_day_rows.
constexpr const char* kDaysFromAttempts =
    "SELECT day, category, count(*), sum(correct), total(score), sum(time_ms) "
    "FROM attempts WHERE profile_id = ?1 GROUP BY day, bank_id, category ORDER BY day";
constexpr const char* kQuestionsFromTotals =
    "SELECT profile_id, bank_id, question_id, category, last_hash, attempts, correct, score_sum, "
    "last_ms, recent_n, recent_score_sum FROM question_totals WHERE profile_id = ?1 "
    "ORDER BY bank_id, question_id";
// The same columns recomputed from the attempts (?1 NULL: every profile). The latest 5 are
// those the trigger keeps: by answered_ms, then by insertion order.
constexpr const char* kQuestionsFromAttempts = R"sql(
WITH ranked AS (
  SELECT profile_id, bank_id, question_id, category, question_hash, score, correct, answered_ms,
         row_number() OVER (PARTITION BY profile_id, bank_id, question_id
                            ORDER BY answered_ms DESC, id DESC) AS rn
  FROM attempts WHERE ?1 IS NULL OR profile_id = ?1)
SELECT profile_id, bank_id, question_id, max(iif(rn = 1, category, NULL)),
       max(iif(rn = 1, question_hash, NULL)), count(*), sum(correct), total(score),
       max(answered_ms), sum(rn <= 5), total(iif(rn <= 5, score, 0))
FROM ranked GROUP BY profile_id, bank_id, question_id ORDER BY profile_id, bank_id, question_id)sql";
// The reference for read_recent_sessions (session_figures.h): from every attempt.
constexpr const char* kRecentSessions = R"sql(
SELECT s.id, s.bank_id, s.bank_hash, s.mode, s.started_ms, s.ended_ms, s.score, s.max_score,
       count(a.id), coalesce(sum(a.correct), 0), total(a.score), s.unanswered
FROM (SELECT * FROM sessions WHERE profile_id = ?1 ORDER BY started_ms DESC, id DESC LIMIT ?2) AS s
LEFT JOIN attempts AS a ON a.session_id = s.id
GROUP BY s.id ORDER BY s.started_ms DESC, s.id DESC)sql";
// SQLite takes the bare columns from the row holding the max().
constexpr const char* kBestByBank =
    "SELECT bank_id, max(score / max_score), score, max_score, id, ended_ms, count(*) "
    "FROM sessions WHERE profile_id = ?1 AND ended_ms IS NOT NULL AND score IS NOT NULL "
    "AND max_score > 0 GROUP BY bank_id ORDER BY bank_id";
constexpr const char* kExport = R"sql(
SELECT p.name, a.session_id, s.mode, a.bank_id, a.question_id, a.category, a.question_hash,
       a.answer, a.correct, a.score, a.time_ms, a.confidence, a.answered_ms
FROM attempts AS a JOIN sessions AS s ON s.id = a.session_id JOIN profiles AS p ON p.id = a.profile_id
WHERE ?1 IS NULL OR a.profile_id = ?1 ORDER BY a.id)sql";

std::optional<std::int64_t> profile_id(sql::Database& db, const std::string& name) {
    sql::Statement st(db, "SELECT id FROM profiles WHERE name = ?1");
    st.bind(1, name);
    if (!st.step()) return std::nullopt;
    return st.column_int(0);
}

std::string unknown_profile(const std::string& name) {
    return "No profile named \"" + name + "\".";
}

// Adds up the rows of kDaysFrom*: per day (rows come by day) and per category.
void add_day_rows(sql::Statement& st, ProgressRows& out) {
    while (st.step()) {
        Totals t{st.column_int(2), st.column_int(3), st.column_double(4), st.column_int(5)};
        std::int64_t day = st.column_int(0);
        if (out.days.empty() || out.days.back().day != day) out.days.push_back({day, {}});
        out.days.back().totals.add(t);
        std::string_view category = st.column_view(1);
        auto it = std::find_if(out.categories.begin(), out.categories.end(),
                               [&](const CategoryTotals& c) { return c.category == category; });
        if (it == out.categories.end()) it = out.categories.insert(it, {std::string(category), {}});
        it->totals.add(t);
    }
    std::sort(
        out.categories.begin(), out.categories.end(),
        [](const CategoryTotals& a, const CategoryTotals& b) { return a.category < b.category; });
}

QuestionTotals read_question(const sql::Statement& st) {
    QuestionTotals q;
    q.bank_id = st.column_text(1);
    q.question_id = st.column_text(2);
    q.category = st.column_text(3);
    q.last_hash = st.column_text(4);
    q.attempts = st.column_int(5);
    q.correct = st.column_int(6);
    q.score_sum = st.column_double(7);
    q.last_ms = st.column_int(8);
    q.recent_n = st.column_int(9);
    q.recent_score_sum = st.column_double(10);
    return q;
}

}  // namespace

bool Store::ready_for_read(std::string& error) {
    if (!reconnect(false)) {
        error = problem_;
        return false;
    }
    if (!pending_.empty()) write_pending(false);  // so that what was kept in memory is counted
    return true;
}

bool Store::list_profiles(std::vector<ProfileInfo>& out, std::string& error) {
    out.clear();
    if (!ready_for_read(error)) {
        // Offline: the names waiting to be written are all there is to show.
        pending_.for_each_profile_name([&](const std::string& name) {
            if (name == kClassroomProfile) return;
            for (const ProfileInfo& p : out)
                if (p.name == name) return;
            out.push_back({name, 0, 0});
        });
        return false;
    }
    try {
        sql::Statement st(db_,
                          "SELECT name, created_ms, last_used_ms FROM profiles WHERE name <> ?1 "
                          "ORDER BY name");
        st.bind(1, kClassroomProfile);
        while (st.step()) out.push_back({st.column_text(0), st.column_int(1), st.column_int(2)});
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read the profiles: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

std::optional<ProfileInfo> Store::find_profile(const std::string& name) {
    std::string error;
    if (!ready_for_read(error)) return std::nullopt;
    try {
        sql::Statement st(db_,
                          "SELECT name, created_ms, last_used_ms FROM profiles WHERE name = ?1");
        st.bind(1, name);
        if (st.step()) return ProfileInfo{st.column_text(0), st.column_int(1), st.column_int(2)};
    } catch (const sql::SqliteError&) {
    }
    return std::nullopt;
}

std::optional<std::string> Store::last_profile() {
    std::string error;
    if (ready_for_read(error)) {
        try {
            sql::Statement st(db_,
                              "SELECT name FROM profiles WHERE name <> ?1 "
                              "ORDER BY last_used_ms DESC, id DESC LIMIT 1");
            st.bind(1, kClassroomProfile);
            if (st.step()) return st.column_text(0);
        } catch (const sql::SqliteError&) {
        }
    }
    std::optional<std::string> last;
    pending_.for_each_profile_name([&](const std::string& name) {
        if (name != kClassroomProfile) last = name;
    });
    return last;
}

// The figures recomputed from every attempt and session: the queries the summary replaced,
// kept for checks (tests, bench_store) and as the reference the summary must equal.
void Store::from_attempts(std::int64_t id, ProgressRows& out) {
    {
        sql::Statement st(db_, kDaysFromAttempts);
        st.bind(1, id);
        add_day_rows(st, out);
    }
    {
        sql::Statement st(db_, kQuestionsFromAttempts);
        st.bind(1, id);
        while (st.step()) out.questions.push_back(read_question(st));
    }
    {
        sql::Statement st(db_, "SELECT count(*) FROM sessions WHERE profile_id = ?1");
        st.bind(1, id);
        out.session_count = st.step() ? st.column_int(0) : 0;
    }
    {
        // "I was right" lives in the answer JSON (store_override.cpp): no column to index,
        // but only wrong short answers can carry it.
        sql::Statement st(db_,
                          "SELECT count(*) FROM attempts WHERE profile_id = ?1 AND correct = 0 "
                          "AND json_valid(answer) AND json_extract(answer, '$.overridden') = 1");
        st.bind(1, id);
        out.overridden = st.step() ? st.column_int(0) : 0;
    }
    {
        sql::Statement st(db_, kBestByBank);
        st.bind(1, id);
        while (st.step())
            out.best_by_bank.push_back({st.column_text(0), st.column_double(1), st.column_double(2),
                                        st.column_double(3), st.column_int(4), st.column_int(5),
                                        st.column_int(6)});
    }
}

void Store::recent_from_attempts(std::int64_t id, std::int64_t limit, ProgressRows& out) {
    sql::Statement st(db_, kRecentSessions);
    st.bind(1, id).bind(2, limit);
    while (st.step()) out.recent_sessions.push_back(read_session_row(st));
}

bool Store::progress_rows(const std::string& profile, const ProgressQuery& query, ProgressRows& out,
                          std::string& error) {
    out = ProgressRows{};
    if (!ready_for_read(error)) return false;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::read);  // one snapshot for all figures
        std::optional<std::int64_t> id = profile_id(db_, profile);
        if (!id) {
            error = unknown_profile(profile);
            return false;
        }
        if (query.source == ProgressSource::totals) {
            read_progress_summary(db_, statements_, *id, out);
            sql::Statement st(db_, kQuestionsFromTotals);
            st.bind(1, *id);
            while (st.step()) out.questions.push_back(read_question(st));
            // The answers not folded in yet.
            const std::int64_t mark = totals_mark(db_);
            add_tail(db_, statements_, *id, out);
            add_tail_overridden(db_, statements_, *id, mark, out);
            read_recent_sessions(db_, statements_, *id,
                                 static_cast<std::int64_t>(query.recent_sessions), mark,
                                 out.recent_sessions);
        } else {
            from_attempts(*id, out);
            recent_from_attempts(*id, static_cast<std::int64_t>(query.recent_sessions), out);
        }
        txn.commit();
        out.profile = profile;
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read the progress figures: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

bool Store::for_each_attempt(const std::optional<std::string>& profile,
                             const std::function<void(const AttemptExportRow&)>& fn,
                             std::string& error) {
    if (!ready_for_read(error)) return false;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::read);
        std::optional<std::int64_t> id;
        if (profile && !(id = profile_id(db_, *profile))) {
            error = unknown_profile(*profile);
            return false;
        }
        sql::Statement st(db_, kExport);
        st.bind(1, id);
        AttemptExportRow row;
        while (st.step()) {
            row.profile = st.column_text(0);
            row.session_id = st.column_int(1);
            row.mode = st.column_text(2);
            row.bank_id = st.column_text(3);
            row.question_id = st.column_text(4);
            row.category = st.column_text(5);
            row.question_hash = st.column_text(6);
            row.answer_json = st.column_text(7);
            row.correct = st.column_int(8) != 0;
            row.score = st.column_double(9);
            row.time_ms = st.column_int(10);
            auto confidence = st.column_optional_int(11);
            row.confidence =
                confidence ? std::optional<int>(static_cast<int>(*confidence)) : std::nullopt;
            row.answered_ms = st.column_int(12);
            fn(row);
        }
        txn.commit();
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read the attempts: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

bool Store::counts(StoreCounts& out, std::string& error) {
    if (!ready_for_read(error)) return false;
    try {
        out.profiles = db_.query_int("SELECT count(*) FROM profiles");
        out.sessions = db_.query_int("SELECT count(*) FROM sessions");
        out.attempts = db_.query_int("SELECT count(*) FROM attempts");
        return true;
    } catch (const sql::SqliteError& e) {
        error = describe_sqlite_failure(e);
        return false;
    }
}

bool Store::connection_info(ConnectionInfo& out, std::string& error) {
    if (!ready_for_read(error)) return false;
    try {
        out.journal_mode = db_.query_text("PRAGMA journal_mode");
        out.synchronous = static_cast<int>(db_.query_int("PRAGMA synchronous"));
        out.busy_timeout_ms = static_cast<int>(db_.query_int("PRAGMA busy_timeout"));
        out.foreign_keys = db_.query_int("PRAGMA foreign_keys") != 0;
        out.user_version = static_cast<int>(db_.query_int("PRAGMA user_version"));
        return true;
    } catch (const sql::SqliteError& e) {
        error = describe_sqlite_failure(e);
        return false;
    }
}

bool Store::integrity_check(std::string& report) {
    report.clear();
    if (!ready_for_read(report)) return false;
    try {
        sql::Statement st(db_, "PRAGMA integrity_check");
        while (st.step()) report += (report.empty() ? "" : "\n") + st.column_text(0);
    } catch (const sql::SqliteError& e) {
        report = describe_sqlite_failure(e);
        return false;
    }
    return report == "ok";
}

bool Store::rebuild_totals(std::string& error) {
    if (!ready_for_read(error)) return false;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::write);
        db_.exec(
            "DELETE FROM daily_totals; DELETE FROM question_totals; "
            "UPDATE totals_mark SET attempt_id = 0;");
        reset_progress_summary(db_);
        reset_session_figures(db_);
        reset_item_totals(db_);
        fold_totals(db_, statements_);
        txn.commit();
        unfolded_ = 0;
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot rebuild the totals: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

}  // namespace statecraft
