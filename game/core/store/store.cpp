// Writing: every change goes through the pending queue and is written in order, each in one
// transaction; what cannot be written yet stays queued (see store.h).
#include "core/store/store.h"

#include <sqlite3.h>

#include <chrono>
#include <cmath>

#include "core/session/answer_shape.h"
#include "core/store/json_text.h"
#include "core/store/store_messages.h"
#include "core/store/totals_fold.h"
#include "core/store/uuid.h"
#include "core/store/uuid_sql.h"
#include "core/store/write_checks.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

constexpr const char* kUpsertProfile =
    "INSERT INTO profiles (name, created_ms, last_used_ms) VALUES (?1, ?2, ?2) "
    // Using a profile makes it the last used even when the clock has not moved on.
    "ON CONFLICT (name) DO UPDATE SET last_used_ms = max(excluded.last_used_ms, "
    "(SELECT max(last_used_ms) FROM profiles) + 1) "
    "RETURNING id";
constexpr const char* kInsertSession =
    "INSERT INTO sessions (profile_id, bank_id, bank_hash, mode, started_ms, uuid) "
    "VALUES (?1, ?2, ?3, ?4, ?5, " STATECRAFT_NEW_UUID_SQL ")";
constexpr const char* kSessionExists =
    "SELECT 1 FROM sessions WHERE id = ?1 AND profile_id = ?2 AND started_ms = ?3 AND bank_id = ?4";
constexpr const char* kLastAttemptId = "SELECT coalesce(max(id), 0) FROM attempts";
constexpr const char* kInsertAttempt =
    "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, category, "
    "answer, score, correct, time_ms, confidence, answered_ms, day, uuid) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
constexpr const char* kEndSession =
    "UPDATE sessions SET ended_ms = ?2, score = ?3, max_score = ?4, unanswered = ?5 WHERE id = ?1";

constexpr std::size_t kMaxProfileName = 64;
constexpr std::size_t kMaxIdLength = 256;

bool bad_id(const std::string& id) {
    return id.empty() || id.size() > kMaxIdLength;
}

std::string check_start(const SessionStart& s) {
    std::string name, error;
    if (!normalize_profile_name(s.profile, name, error)) return error;
    if (bad_id(s.bank_id)) return "a session needs a bank id (1 to 256 characters)";
    if (s.mode.empty() || s.mode.size() > 64) return "a session needs a mode (1 to 64 characters)";
    return {};
}

}  // namespace

std::string check_attempt(const AttemptRecord& a) {
    if (bad_id(a.question_id)) return "an attempt needs a question id (1 to 256 characters)";
    if (bad_id(a.question_hash)) return "an attempt needs the question's hash (question_hash())";
    if (bad_id(a.category)) return "an attempt needs the question's category";
    if (!std::isfinite(a.score) || a.score < 0 || a.score > 1)
        return "a score must be between 0 and 1";
    if (a.time_ms < 0) return "the time taken cannot be negative";
    if (a.confidence && !confidence_from_number(static_cast<int>(*a.confidence)))
        return "confidence must be 1, 2 or 3";
    if (a.answer) return answer_shape_problem(*a.answer);
    if (!is_json_text(a.answer_json)) return "the answer must be JSON text";
    return {};
}

namespace {

std::string check_end(const SessionEnd& e) {
    for (const auto& v : {e.score, e.max_score})
        if (v && (!std::isfinite(*v) || *v < 0)) return "a session score cannot be negative";
    if (e.unanswered && *e.unanswered < 0) return "the unanswered count cannot be negative";
    return {};
}

}  // namespace

WriteResult rejected(std::string message, std::size_t pending) {
    WriteResult r;
    r.rejected = true;
    r.pending = pending;
    r.message = std::move(message);
    return r;
}

bool normalize_profile_name(const std::string& name, std::string& out, std::string& error) {
    auto first = name.find_first_not_of(" \t");
    auto last = name.find_last_not_of(" \t");
    out = first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
    if (out.empty()) {
        error = "A profile needs a name.";
        return false;
    }
    if (!is_valid_text(out)) {
        error = "A profile name must be valid UTF-8 text.";
        return false;
    }
    normalize_nfc(out);  // "Zoë" typed either way is one profile
    if (count_graphemes(out) > kMaxProfileName) {
        error = "A profile name can have at most 64 characters.";
        return false;
    }
    for (unsigned char c : out) {
        if (c < 0x20 || c == 0x7f) {
            error = "A profile name cannot contain control characters.";
            return false;
        }
    }
    return true;
}

Store::Store(std::filesystem::path path, StoreOptions options)
    : path_(std::move(path)), options_(std::move(options)) {}

Store::~Store() {
    close();
}

std::vector<std::string> Store::take_notices() {
    return std::exchange(notices_, {});
}

void Store::set_write_fault(long nth_step) {
    fault_.fail_at = nth_step;
    fault_.steps = 0;
}

sql::Statement& Store::cached(const char* text) {
    return statements_.get(db_, text);
}

// --- the queue ---

WriteResult Store::enqueue(PendingOp op) {
    if (options_.read_only)
        return rejected("This command only reads " + path_.string() + "; nothing was written.",
                        pending_.size());
    pending_.push(std::move(op));
    return write_pending(false);
}

bool Store::reopen_due(bool now) {
    std::int64_t t = options_.now_ms();
    if (!now && t - last_open_try_ms_ < kReopenIntervalMs) return false;
    last_open_try_ms_ = t;
    return true;
}

bool Store::reconnect(bool now) {
    if (db_.is_open()) return true;
    if (!reopen_due(now)) return false;
    std::string error;
    if (connect(error)) return true;
    problem_ = error;
    return false;
}

bool Store::writable_connection(bool now) {
    if (check_ != DeferredCheck::none && poll_deferred_check()) return false;  // reads only
    if (db_.is_open() && !read_only_ && !reopen_needed_) return true;
    if (!reopen_due(now)) {
        // A failed (not read-only) connection may still work: try it between reopenings.
        return db_.is_open() && !read_only_;
    }
    std::string error;
    if (!connect(error)) {
        problem_ = error;
        return false;
    }
    reopen_needed_ = false;
    return !read_only_;  // connect() set problem_ when it is still read-only
}

WriteResult Store::flush() {
    return write_pending(true);
}

WriteResult Store::retry_due() {
    if (check_ == DeferredCheck::running && poll_deferred_check()) return result_now();
    if (pending_.empty()) return result_now();
    if (!more_waiting_ && options_.now_ms() - last_write_try_ms_ < kRetryIntervalMs)
        return result_now();
    return write_pending(false, /*budget=*/true);
}

WriteResult Store::result_now() {
    WriteResult r;
    r.pending = pending_.size();
    r.saved = pending_.empty();
    if (!r.saved)
        r.message = problem_ + " Your answers are kept in memory (" + std::to_string(r.pending) +
                    (r.pending == 1 ? " write" : " writes") +
                    " waiting) and will be saved as soon as that is fixed.";
    return r;
}

WriteResult Store::write_pending(bool reopen_now, bool budget) {
    const std::int64_t t = options_.now_ms();
    const auto started = std::chrono::steady_clock::now();
    more_waiting_ = false;
    // After a failure, new writes and reads only queue: the next try is retry_due()'s (about
    // once a second) or flush()'s, so a lock held elsewhere costs one short wait a second.
    if (!reopen_now && backing_off_ && t - last_write_try_ms_ < kRetryIntervalMs)
        return result_now();
    last_write_try_ms_ = t;
    if (!writable_connection(reopen_now)) return result_now();
    while (!pending_.empty()) {
        const auto* first = std::get_if<AttemptOp>(&pending_.front());
        // Ops written by this transaction: a batch's all at once.
        std::size_t done = first ? first->batch_follow + 1 : 1;
        try {
            if (done > 1)
                apply_batch(done);
            else
                apply(pending_.front());
        } catch (const sql::SqliteError& e) {
            if (is_permanent_failure(e)) {
                notices_.push_back(
                    std::string("A write was refused by the database and dropped: ") + e.what());
                while (done-- > 0) pending_.pop();
                continue;
            }
            problem_ = "Cannot save to " + path_.string() + ": " + describe_sqlite_failure(e) + ".";
            // A damaged file is checked (and moved aside) by the next connection.
            if (e.primary() == SQLITE_CORRUPT || e.primary() == SQLITE_NOTADB) {
                disconnect();
                suspect_damage_ = true;
            }
            // A file made read-only, a lost disk or a refused open: a new connection may cure
            // it, so the next retry closes and reopens the file read-write.
            if (needs_new_connection(e)) reopen_needed_ = true;
            backing_off_ = true;
            return result_now();
        }
        while (done-- > 0) pending_.pop();
        // A backlog (after a lock or a full disk) goes in over several frames.
        if (budget && !pending_.empty() &&
            std::chrono::steady_clock::now() - started > kWriteBudgetPerCall) {
            more_waiting_ = true;
            break;
        }
    }
    fold_after_write();
    if (checkpoint_due_) {
        checkpoint_due_ = false;
        // The finished sessions reach the disk (a checkpoint syncs the -wal first) on the
        // worker's thread: power loss cannot take them, and the writer never waits for the
        // fsync.
        if (!worker_) worker_ = std::make_unique<StoreWorker>(path_, options_.vfs);
        worker_->request_checkpoint();
    }
    if (more_waiting_) return result_now();
    problem_.clear();
    backing_off_ = false;
    return result_now();
}

void Store::apply(const PendingOp& op) {
    std::visit(
        [this](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, UseProfileOp>) apply_use_profile(o);
            if constexpr (std::is_same_v<T, BeginSessionOp>) apply_begin(o);
            if constexpr (std::is_same_v<T, AttemptOp>) apply_attempt(o);
            if constexpr (std::is_same_v<T, EndSessionOp>) apply_end(o);
            if constexpr (std::is_same_v<T, CardOp>) apply_card(o);
            if constexpr (std::is_same_v<T, OverrideOp>) apply_override(o);
        },
        op);
}

void Store::apply_use_profile(const UseProfileOp& op) {
    sql::Transaction txn(db_, sql::Transaction::Kind::write);
    upsert_profile(op.name, op.at_ms);
    txn.commit();
}

void Store::apply_begin(const BeginSessionOp& op) {
    sql::Transaction txn(db_, sql::Transaction::Kind::write);
    SessionIds ids = ensure_session(op.key);
    txn.commit();
    sessions_[op.key.value] = ids;  // only once it is durable
}

void Store::apply_attempt(const AttemptOp& op) {
    sql::Transaction txn(db_, sql::Transaction::Kind::write);
    SessionIds ids = ensure_session(op.key);
    insert_attempt(ids, op.attempt, op.day);
    txn.commit();
    ++unfolded_;  // folded after the write (fold_after_write) or in the writer's idle time
    sessions_[op.key.value] = ids;
}

void Store::apply_end(const EndSessionOp& op) {
    sql::Transaction txn(db_, sql::Transaction::Kind::write);
    SessionIds ids = ensure_session(op.key);
    // The summary's session figures follow by trigger; the answers join the totals with the
    // next fold (store_fold.cpp): reads add the tail meanwhile.
    update_session_end(ids.db_id, op.end);
    txn.commit();
    sessions_[op.key.value] = ids;
    if (options_.sync == StoreOptions::Sync::normal) checkpoint_due_ = true;
}

// The session's row in the current database: found again after a reconnection, or (re)made
// when the database is new (a damaged one was moved aside) or the row was never written.
Store::SessionIds Store::ensure_session(SessionKey key) {
    SessionIds ids = sessions_.at(key.value);
    if (ids.generation == generation_) return ids;
    if (ids.db_id != 0) {
        sql::Statement& st = cached(kSessionExists);
        sql::ResetOnExit reset(st);
        st.bind(1, ids.db_id).bind(2, ids.profile_id).bind(3, ids.start.started_ms);
        st.bind(4, ids.start.bank_id);
        if (st.step()) {
            ids.generation = generation_;
            return ids;
        }
    }
    ids.profile_id = upsert_profile(ids.start.profile, ids.start.started_ms);
    ids.db_id = insert_session(ids.profile_id, ids.start);
    {
        sql::Statement& st = cached(kLastAttemptId);
        sql::ResetOnExit reset(st);
        ids.attempt_floor = st.step() ? st.column_int(0) : 0;
    }
    ids.generation = generation_;
    return ids;
}

std::int64_t Store::upsert_profile(const std::string& name, std::int64_t at_ms) {
    sql::Statement& st = cached(kUpsertProfile);
    sql::ResetOnExit reset(st);
    st.bind(1, name).bind(2, at_ms);
    if (!st.step()) db_.throw_error(SQLITE_ERROR, "profile upsert returned no id");
    std::int64_t id = st.column_int(0);
    st.run();
    return id;
}

std::int64_t Store::insert_session(std::int64_t profile_id, const SessionStart& s) {
    sql::Statement& st = cached(kInsertSession);
    sql::ResetOnExit reset(st);
    st.bind(1, profile_id).bind(2, s.bank_id).bind(3, s.bank_hash).bind(4, s.mode);
    st.bind(5, s.started_ms).run();
    return db_.last_insert_rowid();
}

void Store::insert_attempt(const SessionIds& ids, const AttemptRecord& a, std::int64_t day) {
    sql::Statement& st = cached(kInsertAttempt);
    sql::ResetOnExit reset(st);
    st.bind(1, ids.db_id).bind(2, ids.profile_id).bind(3, ids.start.bank_id);
    st.bind(4, a.question_id).bind(5, a.question_hash).bind(6, a.category).bind(7, a.answer_text());
    st.bind(8, a.score).bind(9, a.correct ? 1 : 0).bind(10, a.time_ms);
    st.bind(11, confidence_number(a.confidence));
    st.bind(12, a.answered_ms).bind(13, day).bind(14, new_uuid()).run();
}

void Store::update_session_end(std::int64_t session_id, const SessionEnd& end) {
    sql::Statement& st = cached(kEndSession);
    sql::ResetOnExit reset(st);
    st.bind(1, session_id).bind(2, end.ended_ms).bind(3, end.score).bind(4, end.max_score);
    st.bind(5, end.unanswered).run();
}

// --- the public writes ---

WriteResult Store::create_profile(const std::string& name) {
    std::string clean, error;
    if (!normalize_profile_name(name, clean, error)) return rejected(error, pending_.size());
    if (find_profile(clean))
        return rejected("A profile named \"" + clean + "\" already exists.", pending_.size());
    return enqueue(UseProfileOp{clean, options_.now_ms()});
}

WriteResult Store::use_profile(const std::string& name) {
    std::string clean, error;
    if (!normalize_profile_name(name, clean, error)) return rejected(error, pending_.size());
    return enqueue(UseProfileOp{clean, options_.now_ms()});
}

BeginResult Store::begin_session(const SessionStart& start) {
    BeginResult result;
    if (std::string error = check_start(start); !error.empty()) {
        static_cast<WriteResult&>(result) =
            rejected("Cannot start the session: " + error + ".", pending_.size());
        return result;
    }
    SessionIds ids;
    ids.start = start;
    std::string unused;
    normalize_profile_name(start.profile, ids.start.profile, unused);
    result.key = SessionKey{next_key_++};
    sessions_[result.key.value] = ids;
    static_cast<WriteResult&>(result) = enqueue(BeginSessionOp{result.key, ids.start});
    return result;
}

WriteResult Store::record_attempt(SessionKey key, const AttemptRecord& attempt) {
    if (!sessions_.count(key.value)) return rejected("No such session.", pending_.size());
    if (std::string error = check_attempt(attempt); !error.empty())
        return rejected("Cannot record the answer: " + error + ".", pending_.size());
    return enqueue(AttemptOp{key, attempt, options_.day_of(attempt.answered_ms)});
}

WriteResult Store::end_session(SessionKey key, const SessionEnd& end) {
    if (!sessions_.count(key.value)) return rejected("No such session.", pending_.size());
    if (std::string error = check_end(end); !error.empty())
        return rejected("Cannot end the session: " + error + ".", pending_.size());
    return enqueue(EndSessionOp{key, end});
}

WriteResult Store::import_sessions(std::span<const SessionImport> sessions) {
    for (const SessionImport& s : sessions) {
        std::string error = check_start(s.start);
        for (std::size_t i = 0; error.empty() && i < s.attempts.size(); ++i)
            error = check_attempt(s.attempts[i]);
        if (error.empty() && s.end) error = check_end(*s.end);
        if (!error.empty())
            return rejected("Nothing was imported: " + error + ".", pending_.size());
    }
    WriteResult before = flush();  // earlier writes go first (an import is explicit: retry now)
    if (!before.saved) return before;
    try {
        sql::Transaction txn(db_, sql::Transaction::Kind::write);
        for (const SessionImport& s : sessions) {
            SessionIds ids;
            ids.start = s.start;
            std::string unused;
            normalize_profile_name(s.start.profile, ids.start.profile, unused);
            ids.profile_id = upsert_profile(ids.start.profile, ids.start.started_ms);
            ids.db_id = insert_session(ids.profile_id, ids.start);
            for (const AttemptRecord& a : s.attempts)
                insert_attempt(ids, a, options_.day_of(a.answered_ms));
            if (s.end) update_session_end(ids.db_id, *s.end);
        }
        fold_totals(db_, statements_);
        txn.commit();
        unfolded_ = 0;  // the fold took the whole tail
    } catch (const sql::SqliteError& e) {
        WriteResult r;
        r.pending = pending_.size();
        r.message =
            "Nothing was imported into " + path_.string() + ": " + describe_sqlite_failure(e) + ".";
        return r;
    }
    return result_now();
}

}  // namespace statecraft
