// Reading for a sync to a school server, and the cursor per (server, profile) (migration 4).
// Reads go in one read transaction each, so the app keeps writing meanwhile (WAL).
#include <sqlite3.h>

#include "core/store/store.h"
#include "core/store/store_messages.h"

namespace statecraft {

namespace {

constexpr const char* kProfileId = "SELECT id FROM profiles WHERE name = ?1";
constexpr const char* kCursor =
    "SELECT attempt_id, session_id, card_ms, classroom_session FROM sync_cursors "
    "WHERE server_id = ?1 AND profile_id = ?2";
constexpr const char* kSaveCursor =
    "INSERT INTO sync_cursors VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
    "ON CONFLICT DO UPDATE SET attempt_id = excluded.attempt_id, session_id = excluded.session_id, "
    "card_ms = excluded.card_ms, classroom_session = excluded.classroom_session, "
    "synced_ms = excluded.synced_ms";
constexpr const char* kSessions =
    "SELECT id, uuid, bank_id, bank_hash, mode, started_ms, ended_ms, score, max_score "
    "FROM sessions WHERE profile_id = ?1 AND id >= ?2 AND mode <> 'classroom' ORDER BY id";
// "+a.profile_id" keeps SQLite on the rowid range: by the profile's index it would sort every
// attempt of the profile for each batch.
constexpr const char* kAttempts = R"sql(
SELECT a.id, a.uuid, s.uuid, a.bank_id, a.question_id, a.question_hash, a.category, a.answer,
       a.score, a.correct, a.time_ms, a.confidence, a.answered_ms, a.day
FROM attempts AS a JOIN sessions AS s ON s.id = a.session_id
WHERE a.id > ?2 AND +a.profile_id = ?1 ORDER BY a.id LIMIT ?3)sql";
constexpr const char* kCards =
    "SELECT bank_id, question_id, state, step, stability, difficulty, reps, lapses, "
    "first_review_ms, last_review_ms, due_ms FROM cards WHERE profile_id = ?1 "
    "AND last_review_ms > ?2";
constexpr const char* kClassroomSessions =
    "SELECT id, uuid, bank_id, bank_hash, mode, started_ms, ended_ms, score, max_score "
    "FROM sessions WHERE mode = 'classroom' AND id > ?1 ORDER BY id";
constexpr const char* kClassroomRows = R"sql(
SELECT r.session_id, s.uuid, r.round, r.team, r.team_rank, r.team_total, r.question_id,
       r.question_type, r.answered, r.answer_ids, r.answer_text, r.correct, r.fraction, r.time_ms,
       r.points, r.streak_bonus, r.confidence
FROM classroom_results AS r JOIN sessions AS s ON s.id = r.session_id
WHERE s.mode = 'classroom' AND r.session_id > ?1 ORDER BY r.session_id, r.round, r.id)sql";

bool find_profile_id(sql::Database& db, const std::string& name, std::int64_t& id,
                     std::string& error) {
    sql::Statement st(db, kProfileId);
    st.bind(1, name);
    if (!st.step()) {
        error = "No profile named \"" + name + "\".";
        return false;
    }
    id = st.column_int(0);
    return true;
}

SyncSessionRow read_session(const sql::Statement& st) {
    SyncSessionRow s;
    s.id = st.column_int(0);
    s.uuid = st.column_text(1);
    s.bank_id = st.column_text(2);
    s.bank_hash = st.column_text(3);
    s.mode = st.column_text(4);
    s.started_ms = st.column_int(5);
    s.ended_ms = st.column_optional_int(6);
    s.score = st.column_optional_double(7);
    s.max_score = st.column_optional_double(8);
    return s;
}

// Runs body in a read transaction; SQLite failures become a message.
template <typename Body>
bool read_for_sync(sql::Database& db, const char* what, std::string& error, Body body) {
    try {
        sql::Transaction txn(db, sql::Transaction::Kind::read);
        bool ok = body();
        txn.commit();
        return ok;
    } catch (const sql::SqliteError& e) {
        error = std::string("Cannot read ") + what + ": " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

}  // namespace

bool Store::sync_cursor(const std::string& server_id, const std::string& profile, SyncCursor& out,
                        std::string& error) {
    if (!ready_for_read(error)) return false;
    return read_for_sync(db_, "the sync cursor", error, [&] {
        std::int64_t pid = 0;
        if (!find_profile_id(db_, profile, pid, error)) return false;
        sql::Statement st(db_, kCursor);
        st.bind(1, server_id).bind(2, pid);
        out = {};
        if (st.step())
            out = {st.column_int(0), st.column_int(1), st.column_int(2), st.column_int(3)};
        return true;
    });
}

bool Store::save_sync_cursor(const std::string& server_id, const std::string& profile,
                             const SyncCursor& c, std::string& error) {
    if (!ready_for_read(error)) return false;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::write);
        std::int64_t pid = 0;
        if (!find_profile_id(db_, profile, pid, error)) return false;
        sql::Statement st(db_, kSaveCursor);
        st.bind(1, server_id).bind(2, pid).bind(3, c.attempt_id).bind(4, c.session_id);
        st.bind(5, c.card_ms).bind(6, c.classroom_session).bind(7, options_.now_ms());
        st.run();
        txn.commit();
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot save the sync cursor: " + describe_sqlite_failure(e) + ".";
        return false;
    }
}

bool Store::sync_sessions(const std::string& profile, std::int64_t from_id,
                          const std::function<void(const SyncSessionRow&)>& fn,
                          std::string& error) {
    if (!ready_for_read(error)) return false;
    return read_for_sync(db_, "the sessions", error, [&] {
        std::int64_t pid = 0;
        if (!find_profile_id(db_, profile, pid, error)) return false;
        sql::Statement st(db_, kSessions);
        st.bind(1, pid).bind(2, from_id);
        while (st.step()) fn(read_session(st));
        return true;
    });
}

bool Store::sync_attempts(const std::string& profile, std::int64_t after_id, std::int64_t limit,
                          const std::function<void(const SyncAttemptRow&)>& fn,
                          std::string& error) {
    if (!ready_for_read(error)) return false;
    return read_for_sync(db_, "the attempts", error, [&] {
        std::int64_t pid = 0;
        if (!find_profile_id(db_, profile, pid, error)) return false;
        sql::Statement st(db_, kAttempts);
        st.bind(1, pid).bind(2, after_id).bind(3, limit);
        SyncAttemptRow a;
        while (st.step()) {
            a.id = st.column_int(0);
            a.uuid = st.column_view(1);
            a.session_uuid = st.column_view(2);
            a.bank_id = st.column_view(3);
            a.question_id = st.column_view(4);
            a.question_hash = st.column_view(5);
            a.category = st.column_view(6);
            a.answer_json = st.column_view(7);
            a.score = st.column_double(8);
            a.correct = st.column_int(9) != 0;
            a.time_ms = st.column_int(10);
            auto confidence = st.column_optional_int(11);
            a.confidence =
                confidence ? std::optional<int>(static_cast<int>(*confidence)) : std::nullopt;
            a.answered_ms = st.column_int(12);
            a.day = st.column_int(13);
            fn(a);
        }
        return true;
    });
}

bool Store::sync_cards(const std::string& profile, std::int64_t after_ms,
                       const std::function<void(const SyncCardRow&)>& fn, std::string& error) {
    if (!ready_for_read(error)) return false;
    return read_for_sync(db_, "the review cards", error, [&] {
        std::int64_t pid = 0;
        if (!find_profile_id(db_, profile, pid, error)) return false;
        sql::Statement st(db_, kCards);
        st.bind(1, pid).bind(2, after_ms);
        while (st.step()) {
            SyncCardRow c;
            c.bank_id = st.column_text(0);
            c.question_id = st.column_text(1);
            c.state = st.column_text(2);
            c.step = static_cast<int>(st.column_int(3));
            c.stability = st.column_double(4);
            c.difficulty = st.column_double(5);
            c.reps = static_cast<int>(st.column_int(6));
            c.lapses = static_cast<int>(st.column_int(7));
            c.first_review_ms = st.column_int(8);
            c.last_review_ms = st.column_int(9);
            c.due_ms = st.column_int(10);
            fn(c);
        }
        return true;
    });
}

bool Store::sync_classroom(std::int64_t after_id,
                           const std::function<void(const SyncSessionRow&)>& session_fn,
                           const std::function<void(const SyncClassroomRow&)>& row_fn,
                           std::string& error) {
    if (!ready_for_read(error)) return false;
    return read_for_sync(db_, "the classroom games", error, [&] {
        sql::Statement sessions(db_, kClassroomSessions);
        sessions.bind(1, after_id);
        while (sessions.step()) session_fn(read_session(sessions));
        sql::Statement st(db_, kClassroomRows);
        st.bind(1, after_id);
        while (st.step()) {
            SyncClassroomRow r;
            r.session_id = st.column_int(0);
            r.session_uuid = st.column_text(1);
            r.round = static_cast<int>(st.column_int(2));
            r.team = st.column_text(3);
            r.team_rank = static_cast<int>(st.column_int(4));
            r.team_total = st.column_int(5);
            r.question_id = st.column_text(6);
            r.question_type = st.column_text(7);
            r.answered = st.column_int(8) != 0;
            r.answer_ids = st.column_text(9);
            r.answer_text = st.column_text(10);
            r.correct = st.column_int(11) != 0;
            r.fraction = st.column_double(12);
            r.time_ms = st.column_int(13);
            r.points = st.column_int(14);
            r.streak_bonus = st.column_int(15);
            if (auto confidence = st.column_optional_int(16))
                r.confidence = static_cast<int>(*confidence);
            row_fn(r);
        }
        return true;
    });
}

}  // namespace statecraft
