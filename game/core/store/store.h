// The student's local history in one SQLite file: profiles, quiz sessions, attempts.
// All SQL of Statecraft lives in core/store. While the program runs, no answer is lost:
//   - a damaged or foreign file at the path is moved aside (kept) and a new database starts;
//   - when the file cannot be written (read-only folder, full disk, busy for 5 s) the writes
//     wait in memory, in order, and go in on the next write or flush();
//   - every write is one transaction (BEGIN IMMEDIATE ... COMMIT) in WAL mode, so two app
//     windows can write at once and a crash loses at most the write in progress.
//
// One Store per thread (it is not thread-safe); other windows and processes open their own.
//
// Typical use by the app:
//   OpenResult opened = Store::open(database_path(data_dir(cli_override)));
//   // show opened.notices and opened.error; keep opened.store (always set)
//   store.use_profile("Ana");  // Home: chosen or new profile
//   BeginResult begun = store.begin_session({"Ana", bank.id, loaded.content_hash, "practice", t});
//   AttemptRecord a = AttemptRecord::for_question(q);  // then answer_json, score, correct ...
//   store.record_attempt(begun.key, a);
//   store.end_session(begun.key, {t, score, max_score});
//   // a WriteResult with saved == false carries a message to show ("the disk is full ...")
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/store/pending_writes.h"
#include "core/store/records.h"
#include "core/store/report_rows.h"
#include "core/store/sqlite_db.h"
#include "core/store/store_worker.h"
#include "core/store/sync_records.h"
#include "core/study/review_queue.h"

namespace statecraft {

struct StoreOptions {
    std::function<std::int64_t()> now_ms;                      // default: the system clock
    std::function<std::int64_t(std::int64_t unix_ms)> day_of;  // default: local calendar day
    bool create = true;  // false: a missing file is an error (read-only commands)
    // Reading only (stats, export-results): the file is opened read-only and never created,
    // moved aside, repaired or migrated; a damaged or old file is reported, not touched.
    bool read_only = false;
    std::string vfs;  // SQLite VFS name; empty for the default (tests inject faults here)
    int busy_timeout_ms = 5000;
    // NORMAL (the app's): a committed answer survives a crash of the program; the -wal is
    // synced to the disk at the end of every session (a checkpoint), so on power loss or an OS
    // crash only the answers of the session in progress can be lost. FULL syncs every commit
    // (an fsync per answer, on the thread that writes). bench_store measures both.
    enum class Sync { normal, full };
    Sync sync = Sync::normal;
    // After an unclean shutdown, open at once and leave PRAGMA quick_check (which reads the
    // whole file) to a background thread started by start_deferred_check() (the app: after
    // its first frame). Until it reports, the store reads but writes wait in memory; damage
    // found then is salvaged as at open. false: the check runs inside open() (tools, tests).
    bool defer_check = false;
    // The app's store writer folds the totals (totals_fold.h) in its idle time (fold_if_due),
    // so a write never waits for a fold unless the tail passes kFoldTailMax. false (tools,
    // tests): a write that brings the tail to kFoldTailAt folds right after its commit, in a
    // transaction of its own.
    bool fold_when_idle = false;
};

// While the file cannot be opened, writes and reads try again at most this often; flush()
// tries at once.
inline constexpr std::int64_t kReopenIntervalMs = 10'000;

// The app's lock wait: a database locked by another program never holds a frame longer than
// this; the write waits in memory and retry_due() brings it in once the lock is gone.
inline constexpr int kInteractiveBusyTimeoutMs = 20;
inline constexpr std::int64_t kRetryIntervalMs = 1'000;
// Writes made for one call from the frame loop stop after this; the rest follow next frame.
inline constexpr std::chrono::milliseconds kWriteBudgetPerCall{15};

struct WriteResult {
    bool saved = false;       // this write and every earlier one are in the database
    bool rejected = false;    // bad input, not kept; message says why
    std::size_t pending = 0;  // writes waiting in memory
    std::string message;      // for the user; empty when saved
};

struct BeginResult : WriteResult {
    SessionKey key;  // valid unless rejected, even while the write waits
};

class Store;
struct ContentCheck;        // core/store/store_open.cpp
struct FoundFiles;          // core/store/salvage.h
struct PendingSnapshot;     // core/store/pending_file.h
struct ClassroomRecord;     // core/classroom/classroom_results.h
struct ClassroomSaveInfo;   // core/store/classroom_store.h
struct ClassroomExportRow;  // core/store/classroom_store.h
struct LiveRoundSave;       // core/store/live_store.h

struct OpenResult {
    std::unique_ptr<Store> store;  // always set; without a usable file it keeps writes in memory
    std::vector<std::string> notices;  // things the user must know, e.g. a damaged file moved aside
    std::string error;                 // why the file is not open; empty when it is
    bool ok() const { return error.empty(); }
};

enum class ProgressSource {
    totals,    // the totals and summary tables (progress_summary.h): fast at any size
    attempts,  // recomputed from every attempt: slow, for checks and benchmarks
};

struct ProgressQuery {
    int recent_sessions = 20;  // how many sessions to list, newest first; -1 for all
    ProgressSource source = ProgressSource::totals;
};

// The settings of the open connection, for diagnostics and tests.
struct ConnectionInfo {
    std::string journal_mode;
    int synchronous = -1;  // 1 NORMAL, 2 FULL
    int busy_timeout_ms = -1;
    bool foreign_keys = false;
    int user_version = 0;
};

struct StoreCounts {
    std::int64_t profiles = 0, sessions = 0, attempts = 0;
};

class Store {
  public:
    static OpenResult open(const std::filesystem::path& db_file, StoreOptions options = {});
    ~Store();  // close(), if not called
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::filesystem::path& path() const { return path_; }
    bool connected() const { return db_.is_open(); }
    // Open, but SQLite could only open it for reading (a read-only file, folder or mount):
    // writes wait in memory and each retry closes and reopens the file read-write.
    bool read_only() const { return db_.is_open() && read_only_; }
    // Why writes are waiting or the file is not open; empty when all is well.
    const std::string& problem() const { return problem_; }
    // A deferred quick_check is due or running (see StoreOptions::defer_check).
    bool checking() const { return check_ != DeferredCheck::none; }
    // Starts the deferred check on the background thread, if one is due; returns at once.
    void start_deferred_check();
    // Waits for the deferred check (starting it if due) and acts on its verdict.
    void finish_deferred_check();
    // Notices gathered since the last call (a damaged file moved aside, a write dropped).
    std::vector<std::string> take_notices();

    // --- Profiles. Names are trimmed, 1..64 characters, unique ignoring ASCII case. ---
    // The students' profiles: list_profiles and last_profile leave out the internal
    // "Classroom" profile of classroom games (find_profile still finds it, for sync).
    bool list_profiles(std::vector<ProfileInfo>& out, std::string& error);
    std::optional<ProfileInfo> find_profile(const std::string& name);
    std::optional<std::string> last_profile();            // the one used most recently
    WriteResult create_profile(const std::string& name);  // rejected when the name is taken
    WriteResult use_profile(const std::string& name);     // creates if needed; marks it last used

    // --- Quiz sessions: each call is one transaction, or waits in memory. ---
    BeginResult begin_session(const SessionStart& start);
    WriteResult record_attempt(SessionKey key, const AttemptRecord& attempt);
    WriteResult end_session(SessionKey key, const SessionEnd& end);
    // "I was right": the session's latest attempt at the question gets "overridden": true in
    // its answer JSON; its score and correct stay as marked, so reports choose whether to count
    // it (json_extract(answer, '$.overridden')). No new column: store_override.cpp.
    WriteResult override_attempt(SessionKey key, const std::string& question_id);
    // Many answers, of one session or of many (a live classroom: every student's answer to a
    // question), in ONE transaction (store_batch.cpp). All are checked first: one bad answer
    // rejects the batch and nothing is kept. Queued like record_attempt while the file cannot
    // be written. About as cheap per answer as a bare multi-row INSERT (bench_store).
    WriteResult record_batch(std::span<const BatchAttempt> attempts);
    // Writes what waits, in order, stopping at the first failure; reopens the file at once if
    // needed (a "Retry" button).
    WriteResult flush();
    // For the frame loop: writes what waits if kRetryIntervalMs passed since the last try;
    // else (and with nothing waiting) returns at once.
    WriteResult retry_due();
    std::size_t pending_count() const { return pending_.size(); }
    // The answers not yet folded into the totals reached kFoldTailAt, and nothing waits to be
    // written (store_fold.cpp).
    bool fold_due() const;
    // Folds them in a transaction of its own, if due; false when none was due or the file
    // refused (the tail then waits for the next try: reads add it, nothing is lost).
    bool fold_if_due();
    // Quitting (also on SIGTERM, SIGINT, SIGHUP): writes what waits; what the disk still refuses
    // is kept in a file (DB.pending.json, or the temp folder) that the next open writes back.
    // Returns what the user must know (where the answers are kept), empty when all is saved.
    std::string close();
    // Whole sessions in ONE transaction (imports, seeding); not queued: all or nothing.
    WriteResult import_sessions(std::span<const SessionImport> sessions);

    // --- Reading (each in one read transaction, so figures agree with each other). ---
    bool progress_rows(const std::string& profile, const ProgressQuery& query, ProgressRows& out,
                       std::string& error);
    // Every attempt, oldest first, of one profile or (nullopt) of all.
    bool for_each_attempt(const std::optional<std::string>& profile,
                          const std::function<void(const AttemptExportRow&)>& fn,
                          std::string& error);
    bool counts(StoreCounts& out, std::string& error);
    bool connection_info(ConnectionInfo& out, std::string& error);
    bool integrity_check(std::string& report);  // PRAGMA integrity_check; report "ok" when fine
    bool rebuild_totals(std::string& error);    // recomputes the totals tables from the attempts

    // --- FSRS cards (card_store.cpp): one per (profile, bank, question). ---
    // Saves a card's state now, in one transaction (creating the profile if needed). Not queued:
    // saved == false with a message when the file cannot be written.
    WriteResult save_card(const std::string& profile, const std::string& bank_id,
                          const std::string& question_id, const CardState& card);
    // The stored cards of a profile in one bank, by question id (none for an unknown profile).
    bool load_cards(const std::string& profile, const std::string& bank_id, CardStates& out,
                    std::string& error);
    // --- Classroom games (store_classroom.cpp) ---
    // The whole game in ONE transaction: a sessions row (mode "classroom", profile "Classroom")
    // and one classroom_results row per team per question. Earlier waiting writes go first.
    WriteResult save_classroom(const ClassroomRecord& record, const ClassroomSaveInfo& info);
    // One question of a live game in ONE transaction (store_live.cpp): the sessions row is made
    // on the first (session_id 0 in, its id out) and updated after; the players' ranks and
    // totals on earlier rows follow the latest question.
    WriteResult save_live_round(const LiveRoundSave& save, std::int64_t& session_id);
    // Every saved classroom row, oldest game first, then round, then team order.
    bool for_each_classroom_row(const std::function<void(const ClassroomExportRow&)>& fn,
                                std::string& error);

    // --- Sync to a school server (store_sync.cpp; game/sync drives it). Reads run in one read
    // transaction each and never block the app's writes (WAL). ---
    bool sync_cursor(const std::string& server_id, const std::string& profile, SyncCursor& out,
                     std::string& error);
    bool save_sync_cursor(const std::string& server_id, const std::string& profile,
                          const SyncCursor& cursor, std::string& error);
    // The profile's sessions with id >= from_id, oldest first.
    bool sync_sessions(const std::string& profile, std::int64_t from_id,
                       const std::function<void(const SyncSessionRow&)>& fn, std::string& error);
    // At most limit attempts with id > after_id, oldest first; returns how many through count.
    bool sync_attempts(const std::string& profile, std::int64_t after_id, std::int64_t limit,
                       const std::function<void(const SyncAttemptRow&)>& fn, std::string& error);
    bool sync_cards(const std::string& profile, std::int64_t after_ms,
                    const std::function<void(const SyncCardRow&)>& fn, std::string& error);
    // Classroom games (all of them: they belong to the computer) with session id > after_id.
    bool sync_classroom(std::int64_t after_id,
                        const std::function<void(const SyncSessionRow&)>& session_fn,
                        const std::function<void(const SyncClassroomRow&)>& row_fn,
                        std::string& error);

    // --- Class report and item analysis on this computer (store_reports.cpp): every profile
    // but "Classroom" is a student; classroom games count their teams as students. ---
    bool class_rows(ClassRows& out, std::string& error);
    bool item_cells(const std::string& bank_id, std::vector<ItemCell>& out, std::string& error);

    // --- For tests: fail the Nth SQLite call from now (0 turns it off). ---
    void set_write_fault(long nth_step);
    long fault_steps() const { return fault_.steps; }

  private:
    enum class DeferredCheck { none, due, running };
    struct SessionIds {
        SessionStart start;
        std::int64_t db_id = 0;
        std::int64_t profile_id = 0;
        int generation = -1;  // connection the ids belong to; -1: not written yet
        // The last attempt id when the row was made: the session's attempts come after it
        // (bounds the "I was right" lookup; no index by session, schema 8).
        std::int64_t attempt_floor = 0;
    };

    Store(std::filesystem::path path, StoreOptions options);
    bool connect(std::string& error);  // store_open.cpp
    bool open_checked(ContentCheck& found, bool full, std::string& error);
    void defer_check();  // store_check.cpp
    void on_check_verdict(const std::string& verdict);
    bool poll_deferred_check();  // true while it still runs
    bool salvage(const std::string& damage, const FoundFiles& before, std::string& error);
    bool connect_for_reading(std::string& error);
    bool unclean_shutdown_marked();  // a DB.open-PID of a process that is gone: check the file
    void mark_open();
    void unmark_open();
    void restore_pending_files();  // store_pending.cpp: writes kept by an earlier close()
    void restore_pending_file(const std::filesystem::path& file);
    PendingSnapshot snapshot_pending() const;
    bool reconnect(bool now);  // connect, at most every kReopenIntervalMs unless now
    // A connection that can write: reopens a read-only or failed one (at most every
    // kReopenIntervalMs unless now).
    bool writable_connection(bool now);
    bool reopen_due(bool now);
    // budget (retry_due, from the frame loop): stop after kWriteBudgetPerCall, the rest goes on
    // the next call.
    WriteResult write_pending(bool reopen_now, bool budget = false);
    bool fold_tail();         // store_fold.cpp
    void fold_after_write();  // a write's own fold, after its commit (fold_when_idle)
    void disconnect();
    sql::Statement& cached(const char* sql);
    WriteResult enqueue(PendingOp op);
    WriteResult result_now();
    void apply(const PendingOp& op);
    void apply_use_profile(const UseProfileOp& op);
    void apply_begin(const BeginSessionOp& op);
    void apply_attempt(const AttemptOp& op);
    // The batch that starts at the queue's front, in one transaction; returns its size.
    void apply_batch(std::size_t count);  // store_batch.cpp
    void insert_attempts(std::span<const AttemptOp* const> ops, std::span<const SessionIds> ids);
    void apply_end(const EndSessionOp& op);
    void apply_card(const CardOp& op);          // card_store.cpp
    void apply_override(const OverrideOp& op);  // store_override.cpp
    SessionIds ensure_session(SessionKey key);  // inside a write transaction
    std::int64_t upsert_profile(const std::string& name, std::int64_t at_ms);
    std::int64_t insert_session(std::int64_t profile_id, const SessionStart& start);
    void insert_attempt(const SessionIds& ids, const AttemptRecord& a, std::int64_t day);
    void update_session_end(std::int64_t session_id, const SessionEnd& end);
    bool ready_for_read(std::string& error);
    void from_attempts(std::int64_t profile_id, ProgressRows& out);  // store_queries.cpp
    void recent_from_attempts(std::int64_t profile_id, std::int64_t limit, ProgressRows& out);

    std::filesystem::path path_;
    StoreOptions options_;
    std::string problem_;
    std::vector<std::string> notices_;
    PendingWrites pending_;
    std::unordered_map<std::int64_t, SessionIds> sessions_;
    std::int64_t next_key_ = 1;
    int generation_ = 0;          // bumped at each (re)connection
    bool read_only_ = false;      // SQLite opened the file for reading only
    bool reopen_needed_ = false;  // the last write failed in a way a new connection may cure
    bool closed_ = false;
    bool backing_off_ = false;
    bool suspect_damage_ = false;
    bool more_waiting_ = false;    // the last call stopped at its time budget
    bool checkpoint_due_ = false;  // a session ended: sync it to the disk after this batch
    // DB.open-PID while this store may write (store_open.cpp)
    std::filesystem::path open_marker_;
    std::int64_t last_open_try_ms_ = 0;
    std::int64_t last_write_try_ms_ = 0;
    DeferredCheck check_ = DeferredCheck::none;
    std::int64_t unfolded_ = 0;  // answers this store wrote since it last folded the totals
    sql::FaultPlan fault_;
    sql::Database db_;
    // After db_: its thread and connection end before the app's connection closes.
    std::unique_ptr<StoreWorker> worker_;
    // Declared after db_ so they are finalised before it closes.
    sql::StatementCache statements_;
};

// Checks and trims a profile name; false with a message when it cannot be used.
bool normalize_profile_name(const std::string& name, std::string& out, std::string& error);

}  // namespace statecraft
