#include "sync/sync.h"

#include "core/store/classroom_store.h"
#include "sync/copy_rows.h"
#include "sync/pg_connection.h"
#include "sync/server_admin.h"
#include "sync/server_schema.h"

namespace statecraft {

namespace {

using pg::CopyRows;
using pg::ServerTable;

constexpr ServerTable kSessions{
    "statecraft.sessions", "incoming_sessions",
    "uuid, profile, bank_id, bank_hash, mode, started_ms, ended_ms, score, max_score",
    "ON CONFLICT (uuid) DO UPDATE SET ended_ms = excluded.ended_ms, score = excluded.score, "
    "max_score = excluded.max_score"};
constexpr ServerTable kAttempts{
    "statecraft.attempts", "incoming_attempts",
    "uuid, session_uuid, bank_id, question_id, question_hash, category, answer, score, correct, "
    "time_ms, confidence, answered_ms, day",
    "ON CONFLICT (uuid) DO NOTHING", /*mostly_new=*/true};
constexpr ServerTable kCards{
    "statecraft.cards", "incoming_cards",
    "bank_id, question_id, state, step, stability, difficulty, reps, lapses, first_review_ms, "
    "last_review_ms, due_ms",
    "ON CONFLICT (student, bank_id, question_id) DO UPDATE SET state = excluded.state, step = "
    "excluded.step, stability = excluded.stability, difficulty = excluded.difficulty, reps = "
    "excluded.reps, lapses = excluded.lapses, last_review_ms = excluded.last_review_ms, due_ms = "
    "excluded.due_ms WHERE excluded.last_review_ms >= cards.last_review_ms"};
constexpr ServerTable kClassroomResults{
    "statecraft.classroom_results", "incoming_classroom",
    "session_uuid, round, team, team_rank, team_total, question_id, question_type, answered, "
    "answer_ids, answer_text, correct, fraction, time_ms, points, streak_bonus, confidence",
    "ON CONFLICT (session_uuid, round, team) DO UPDATE SET confidence = excluded.confidence "
    "WHERE classroom_results.confidence IS NULL",
    /*mostly_new=*/true};
// Classroom games sent to a server before schema 5 went without their confidence: the cursor
// of the classroom games is kept under a name of its own from schema 5 on, so the first sync
// after the upgrade sends every game once more and the conflict rule above fills the column.
constexpr const char* kClassroomCursorSuffix = "/with-confidence";

void session_row(CopyRows& out, const std::string& profile, const SyncSessionRow& s) {
    out.text(s.uuid).text(profile).text(s.bank_id).text(s.bank_hash).text(s.mode);
    out.integer(s.started_ms).optional(s.ended_ms).optional(s.score).optional(s.max_score);
    out.end_row();
}

void attempt_row(CopyRows& out, const SyncAttemptRow& a) {
    out.text(a.uuid).text(a.session_uuid).text(a.bank_id).text(a.question_id);
    out.text(a.question_hash).text(a.category).text(a.answer_json).real(a.score);
    out.boolean(a.correct).integer(a.time_ms).optional(a.confidence).integer(a.answered_ms);
    out.integer(a.day).end_row();
}

void card_row(CopyRows& out, const SyncCardRow& c) {
    out.text(c.bank_id).text(c.question_id).text(c.state).integer(c.step).real(c.stability);
    out.real(c.difficulty).integer(c.reps).integer(c.lapses).integer(c.first_review_ms);
    out.integer(c.last_review_ms).integer(c.due_ms).end_row();
}

void classroom_row(CopyRows& out, const SyncClassroomRow& r) {
    out.text(r.session_uuid).integer(r.round).text(r.team).integer(r.team_rank);
    out.integer(r.team_total).text(r.question_id).text(r.question_type).boolean(r.answered);
    out.text(r.answer_ids).text(r.answer_text).boolean(r.correct).real(r.fraction);
    out.integer(r.time_ms).integer(r.points).integer(r.streak_bonus).optional(r.confidence);
    out.end_row();
}

struct Sender {
    pg::Connection& conn;
    Store& store;
    const SyncRequest& request;
    std::string server_id;
    SyncCursor cursor;
    SyncReport& report;

    void fail_local(const std::string& error) { throw pg::PgError(error); }
    void save_cursor() {
        std::string error;
        if (!store.save_sync_cursor(server_id, request.profile, cursor, error)) fail_local(error);
    }
    void in_transaction(const std::function<void()>& body) {
        conn.exec("BEGIN");
        try {
            body();
            conn.exec("COMMIT");
        } catch (...) {
            pg::libpq().PQclear(pg::libpq().PQexec(conn.get(), "ROLLBACK"));
            throw;
        }
    }

    void sessions() {
        CopyRows rows;
        std::string error;
        std::int64_t next_from = cursor.session_id;
        bool open_seen = false;
        auto row = [&](const SyncSessionRow& s) {
            session_row(rows, request.profile, s);
            // Open sessions are sent again until they end.
            if (!s.ended_ms && !open_seen) {
                open_seen = true;
                next_from = s.id;
            }
            if (!open_seen) next_from = s.id + 1;
        };
        if (!store.sync_sessions(request.profile, cursor.session_id, row, error)) fail_local(error);
        if (rows.rows() == 0) return;
        in_transaction([&] { send_rows(conn, kSessions, rows); });
        report.sessions += rows.rows();
        cursor.session_id = next_from;
        save_cursor();
    }

    // One batch of attempts read from the local store.
    struct Batch {
        CopyRows rows;
        std::int64_t last_id = 0;
        bool full = false;  // as many rows as asked: there may be more
        std::string error;  // a local read failure, raised once the batch before is committed
    };

    void read_attempts(std::int64_t after_id, Batch& batch) {
        batch.rows.clear();
        batch.last_id = after_id;
        batch.error.clear();
        auto row = [&](const SyncAttemptRow& a) {
            attempt_row(batch.rows, a);
            batch.last_id = a.id;
        };
        if (!store.sync_attempts(request.profile, after_id, request.batch_rows, row, batch.error))
            batch.rows.clear();
        batch.full = batch.rows.rows() == request.batch_rows;
    }

    // Each batch is one server transaction; the next batch is read while the server inserts.
    void attempts() {
        Batch current, next;
        read_attempts(cursor.attempt_id, current);
        while (current.rows.rows() > 0) {
            in_transaction([&] {
                pg::start_rows(conn, kAttempts, current.rows);
                if (current.full) read_attempts(current.last_id, next);
                report.attempts_new += pg::finish_rows(conn, kAttempts);
            });
            report.attempts_sent += current.rows.rows();
            cursor.attempt_id = current.last_id;
            save_cursor();
            if (request.on_batch) request.on_batch(report.attempts_sent);
            if (!current.full) break;
            std::swap(current, next);
        }
        if (!current.error.empty()) fail_local(current.error);
    }

    void cards() {
        CopyRows rows;
        std::string error;
        std::int64_t newest = cursor.card_ms;
        auto row = [&](const SyncCardRow& c) {
            card_row(rows, c);
            newest = std::max(newest, c.last_review_ms);
        };
        if (!store.sync_cards(request.profile, cursor.card_ms, row, error)) fail_local(error);
        if (rows.rows() == 0) return;
        in_transaction([&] { send_rows(conn, kCards, rows); });
        report.cards += rows.rows();
        cursor.card_ms = newest;
        save_cursor();
    }

    void classroom() {
        CopyRows sessions, rows;
        std::string error;
        std::int64_t last = cursor.classroom_session;
        auto session = [&](const SyncSessionRow& s) {
            session_row(sessions, kClassroomProfile, s);
            last = std::max(last, s.id);
        };
        auto row = [&](const SyncClassroomRow& r) { classroom_row(rows, r); };
        if (!store.sync_classroom(cursor.classroom_session, session, row, error)) fail_local(error);
        report.classroom_games = sessions.rows();
        report.classroom_rows = rows.rows();
        if (sessions.rows() == 0) return;
        in_transaction([&] {
            send_rows(conn, kSessions, sessions);
            send_rows(conn, kClassroomResults, rows);
        });
        cursor.classroom_session = last;
        save_cursor();
    }
};

}  // namespace

SyncReport sync_to_server(Store& store, const SyncRequest& request) {
    SyncReport report;
    try {
        pg::Connection conn = pg::Connection::open(request.conninfo);
        report.server = conn.describe();
        // A batch's staging rows fit in memory (the default 8 MB spills them to disk); set
        // before the session's first temporary table, as PostgreSQL requires.
        conn.exec("SET temp_buffers = '64MB'");
        pg::ServerInfo info = pg::require_current_schema(conn);
        if (!request.join_code.empty())
            report.joined_class = pg::join_class(conn, request.join_code);
        // The cursor belongs to the server and the account: another login has its own rows.
        const bool classroom = request.profile == kClassroomProfile;
        Sender sender{
            conn,    store,
            request, info.server_id + "/" + conn.user() + (classroom ? kClassroomCursorSuffix : ""),
            {},      report};
        std::string error;
        if (!store.sync_cursor(sender.server_id, request.profile, sender.cursor, error))
            throw pg::PgError(error);
        if (classroom) {
            sender.classroom();
        } else {
            sender.sessions();
            sender.attempts();
            sender.cards();
        }
        report.ok = true;
    } catch (const pg::PgError& e) {
        report.message = e.what();
        if (e.sqlstate() == "42501")
            report.message += " (the server refused: this account may not write these rows)";
    }
    return report;
}

}  // namespace statecraft
