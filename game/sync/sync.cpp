#include "sync/sync.h"

#include <cstdio>

#include "core/store/classroom_store.h"
#include "sync/pg_connection.h"
#include "sync/server_admin.h"
#include "sync/server_schema.h"

namespace statecraft {

namespace {

using pg::append_copy_text;

void tab(std::string& out) {
    out += '\t';
}
void text(std::string& out, std::string_view s) {
    append_copy_text(out, s);
    tab(out);
}
void integer(std::string& out, std::int64_t v) {
    out += std::to_string(v);
    tab(out);
}
void real(std::string& out, double v) {
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%.17g", v);
    out.append(buf, static_cast<std::size_t>(n));
    tab(out);
}
template <typename T>
void optional(std::string& out, const std::optional<T>& v) {
    if (!v) {
        out += "\\N\t";
    } else if constexpr (std::is_floating_point_v<T>) {
        real(out, *v);
    } else {
        integer(out, *v);
    }
}
void end_row(std::string& out) {
    out.back() = '\n';
}

// Each batch: COPY into a temporary table, then add the rows the server lacks.
// Returns the rows the INSERT added.
std::int64_t copy_then_insert(pg::Connection& conn, const char* temp_table, const char* like,
                              const std::string& columns, const std::string& data,
                              const std::string& insert) {
    // Only the columns sent, without constraints: the real table checks them on INSERT.
    conn.exec(std::string("CREATE TEMP TABLE IF NOT EXISTS ") + temp_table +
              " ON COMMIT DELETE ROWS AS SELECT " + columns + " FROM " + like + " WITH NO DATA");
    conn.copy_in(std::string("COPY ") + temp_table + " (" + columns + ") FROM STDIN", data);
    pg::Result r = conn.exec(insert);
    return std::atoll(PQcmdTuples(r.get()));
}

constexpr const char* kSessionColumns =
    "uuid, profile, bank_id, bank_hash, mode, started_ms, ended_ms, score, max_score";
const std::string kSessionUpsert = std::string("INSERT INTO statecraft.sessions (") +
                                   kSessionColumns + ") SELECT " + kSessionColumns +
                                   " FROM incoming_sessions ON CONFLICT (uuid) DO UPDATE SET "
                                   "ended_ms = excluded.ended_ms, score = excluded.score, "
                                   "max_score = excluded.max_score";

void session_row(std::string& out, const std::string& profile, const SyncSessionRow& s) {
    text(out, s.uuid);
    text(out, profile);
    text(out, s.bank_id);
    text(out, s.bank_hash);
    text(out, s.mode);
    integer(out, s.started_ms);
    optional(out, s.ended_ms);
    optional(out, s.score);
    optional(out, s.max_score);
    end_row(out);
}

void send_sessions(pg::Connection& conn, const std::string& data) {
    copy_then_insert(conn, "incoming_sessions", "statecraft.sessions", kSessionColumns, data,
                     kSessionUpsert);
}

constexpr const char* kAttemptColumns =
    "uuid, session_uuid, bank_id, question_id, question_hash, category, answer, score, correct, "
    "time_ms, confidence, answered_ms, day";

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
            PQclear(PQexec(conn.get(), "ROLLBACK"));
            throw;
        }
    }

    void sessions() {
        std::string data, error;
        std::int64_t next_from = cursor.session_id, count = 0;
        bool open_seen = false;
        if (!store.sync_sessions(
                request.profile, cursor.session_id,
                [&](const SyncSessionRow& s) {
                    session_row(data, request.profile, s);
                    ++count;
                    // Open sessions are sent again until they end.
                    if (!s.ended_ms && !open_seen) {
                        open_seen = true;
                        next_from = s.id;
                    }
                    if (!open_seen) next_from = s.id + 1;
                },
                error))
            fail_local(error);
        if (count == 0) return;
        in_transaction([&] { send_sessions(conn, data); });
        report.sessions += count;
        cursor.session_id = next_from;
        save_cursor();
    }

    bool attempt_batch() {
        std::string data, error;
        std::int64_t count = 0, last_id = cursor.attempt_id;
        if (!store.sync_attempts(
                request.profile, cursor.attempt_id, request.batch_rows,
                [&](const SyncAttemptRow& a) {
                    text(data, a.uuid);
                    text(data, a.session_uuid);
                    text(data, a.bank_id);
                    text(data, a.question_id);
                    text(data, a.question_hash);
                    text(data, a.category);
                    text(data, a.answer_json);
                    real(data, a.score);
                    data += a.correct ? "t\t" : "f\t";
                    integer(data, a.time_ms);
                    optional(data, a.confidence);
                    integer(data, a.answered_ms);
                    integer(data, a.day);
                    end_row(data);
                    ++count;
                    last_id = a.id;
                },
                error))
            fail_local(error);
        if (count == 0) return false;
        in_transaction([&] {
            report.attempts_new += copy_then_insert(
                conn, "incoming_attempts", "statecraft.attempts", kAttemptColumns, data,
                std::string("INSERT INTO statecraft.attempts (") + kAttemptColumns + ") SELECT " +
                    kAttemptColumns + " FROM incoming_attempts ON CONFLICT (uuid) DO NOTHING");
        });
        report.attempts_sent += count;
        cursor.attempt_id = last_id;
        save_cursor();
        if (request.on_batch) request.on_batch(report.attempts_sent);
        return count == request.batch_rows;
    }

    void cards() {
        std::string data, error;
        std::int64_t count = 0, newest = cursor.card_ms;
        if (!store.sync_cards(
                request.profile, cursor.card_ms,
                [&](const SyncCardRow& c) {
                    text(data, c.bank_id);
                    text(data, c.question_id);
                    text(data, c.state);
                    integer(data, c.step);
                    real(data, c.stability);
                    real(data, c.difficulty);
                    integer(data, c.reps);
                    integer(data, c.lapses);
                    integer(data, c.first_review_ms);
                    integer(data, c.last_review_ms);
                    integer(data, c.due_ms);
                    end_row(data);
                    ++count;
                    newest = std::max(newest, c.last_review_ms);
                },
                error))
            fail_local(error);
        if (count == 0) return;
        const std::string columns =
            "bank_id, question_id, state, step, stability, difficulty, reps, lapses, "
            "first_review_ms, last_review_ms, due_ms";
        in_transaction([&] {
            copy_then_insert(
                conn, "incoming_cards", "statecraft.cards", columns, data,
                "INSERT INTO statecraft.cards (" + columns + ") SELECT " + columns +
                    " FROM incoming_cards ON CONFLICT (student, bank_id, question_id) DO UPDATE "
                    "SET state = excluded.state, step = excluded.step, stability = "
                    "excluded.stability, difficulty = excluded.difficulty, reps = excluded.reps, "
                    "lapses = excluded.lapses, last_review_ms = excluded.last_review_ms, "
                    "due_ms = excluded.due_ms WHERE excluded.last_review_ms >= "
                    "cards.last_review_ms");
        });
        report.cards += count;
        cursor.card_ms = newest;
        save_cursor();
    }

    void classroom() {
        std::string sessions, rows, error;
        std::int64_t last = cursor.classroom_session;
        if (!store.sync_classroom(
                cursor.classroom_session,
                [&](const SyncSessionRow& s) {
                    session_row(sessions, kClassroomProfile, s);
                    ++report.classroom_games;
                    last = std::max(last, s.id);
                },
                [&](const SyncClassroomRow& r) {
                    text(rows, r.session_uuid);
                    integer(rows, r.round);
                    text(rows, r.team);
                    integer(rows, r.team_rank);
                    integer(rows, r.team_total);
                    text(rows, r.question_id);
                    text(rows, r.question_type);
                    rows += r.answered ? "t\t" : "f\t";
                    text(rows, r.answer_ids);
                    text(rows, r.answer_text);
                    rows += r.correct ? "t\t" : "f\t";
                    real(rows, r.fraction);
                    integer(rows, r.time_ms);
                    integer(rows, r.points);
                    integer(rows, r.streak_bonus);
                    end_row(rows);
                    ++report.classroom_rows;
                },
                error))
            fail_local(error);
        if (report.classroom_games == 0) return;
        const std::string columns =
            "session_uuid, round, team, team_rank, team_total, question_id, question_type, "
            "answered, answer_ids, answer_text, correct, fraction, time_ms, points, streak_bonus";
        in_transaction([&] {
            send_sessions(conn, sessions);
            copy_then_insert(conn, "incoming_classroom", "statecraft.classroom_results", columns,
                             rows,
                             "INSERT INTO statecraft.classroom_results (" + columns + ") SELECT " +
                                 columns + " FROM incoming_classroom ON CONFLICT DO NOTHING");
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
        pg::ServerInfo info = pg::require_current_schema(conn);
        if (!request.join_code.empty())
            report.joined_class = pg::join_class(conn, request.join_code);
        // The cursor belongs to the server and the account: another login has its own rows.
        Sender sender{conn, store, request, info.server_id + "/" + conn.user(), {}, report};
        std::string error;
        if (!store.sync_cursor(sender.server_id, request.profile, sender.cursor, error))
            throw pg::PgError(error);
        if (request.profile == kClassroomProfile) {
            sender.classroom();
        } else {
            sender.sessions();
            while (sender.attempt_batch()) {
            }
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
