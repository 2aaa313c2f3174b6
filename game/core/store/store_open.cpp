// Opening the database: connection settings, damage checks, moving a bad file aside, migrating.
#include <sqlite3.h>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <thread>

#include "core/store/migrations.h"
#include "core/store/salvage.h"
#include "core/store/store.h"
#include "core/store/store_messages.h"
#include "core/store/totals_fold.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace fs = std::filesystem;

// What the checks at open found (declared in store.h for Store's private methods).
enum class Verdict { sound, foreign, damaged };
struct ContentCheck {
    Verdict verdict = Verdict::sound;
    std::string what;
};

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";  // 16 bytes with its NUL

// "" when the file is absent, empty (SQLite makes it a database) or starts like a database.
std::string check_header(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return {};
    if (fs::is_directory(path, ec)) return {};  // SQLite reports this one itself
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec || size == 0) return {};
    char header[100] = {};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};  // unreadable: let SQLite say why
    in.read(header, sizeof header);
    if (size < sizeof header)
        return "too short to be a database (" + std::to_string(size) + " bytes)";
    if (std::memcmp(header, kSqliteMagic, sizeof kSqliteMagic) != 0)
        return "not an SQLite database";
    return {};
}

// Switching a new file to WAL turns the pragma's read lock into a write lock. When another
// process makes the same file at once, SQLite answers SQLITE_BUSY at once (waiting could
// deadlock, so the busy handler is not called): the switch is tried again until the timeout.
void switch_to_wal(sql::Database& db, int busy_timeout_ms) {
    using Clock = std::chrono::steady_clock;
    const auto give_up = Clock::now() + std::chrono::milliseconds(std::max(busy_timeout_ms, 0));
    for (;;) {
        try {
            // Persistent; stays "delete" on a read-only file.
            db.query_text("PRAGMA journal_mode = WAL");
            return;
        } catch (const sql::SqliteError& e) {
            if (e.primary() != SQLITE_BUSY || Clock::now() >= give_up) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

// After the checks, which only read, so that a file that is not ours is moved aside unchanged.
void set_up_connection(sql::Database& db, const StoreOptions& options) {
    switch_to_wal(db, options.busy_timeout_ms);
    const StoreOptions::Sync sync = options.sync;
    db.exec(sync == StoreOptions::Sync::full ? "PRAGMA synchronous = FULL;"
                                             : "PRAGMA synchronous = NORMAL;");
    db.exec("PRAGMA foreign_keys = ON;");
    // 16 MiB rather than SQLite's 2: a student with years of history has ~2 MB of per-day rows,
    // which then stay in memory between Progress reads instead of being read from the file again.
    db.exec("PRAGMA cache_size = -16384;");
}

// Cheap checks at every open: the schema can be read and the file is ours (or empty).
// full adds PRAGMA quick_check, which reads the whole file.
// One read transaction, so that every answer comes from one snapshot: read one by one, another
// process making the database could commit its first migration between the application id
// (still 0) and the schema count (no longer 0), and its new file would pass for another
// program's and be moved aside while it kept writing into it.
ContentCheck check_contents(sql::Database& db, bool full) {
    sql::Transaction snapshot(db, sql::Transaction::Kind::read);
    if (full) {
        sql::Statement check(db, "PRAGMA quick_check");
        std::string first = check.step() ? check.column_text(0) : "no answer";
        if (first != "ok") {
            for (char& c : first)
                if (c == '\n') c = ' ';
            return {Verdict::damaged, "quick_check: " + first};
        }
    }
    std::int64_t app_id = db.query_int("PRAGMA application_id");
    std::int64_t objects = db.query_int("SELECT count(*) FROM sqlite_schema");
    snapshot.commit();
    if (app_id != kApplicationId && objects > 0)
        return {Verdict::foreign, "an SQLite database of another program"};
    return {};
}

bool is_damage(const sql::SqliteError& e) {
    return e.primary() == SQLITE_CORRUPT || e.primary() == SQLITE_NOTADB;
}

bool rename_file(const fs::path& from, const fs::path& to, std::string& error) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) error = "cannot rename " + from.string() + ": " + ec.message();
    return !ec;
}

// Renames a file that is not ours (and its -wal and -shm, which belong to it) to
// PATH.corrupt-YYYYmmdd-HHMMSS, never replacing an earlier one. Returns the new path, or empty
// with error.
fs::path move_aside(const fs::path& path, std::int64_t now_ms, std::string& error) {
    fs::path aside = aside_name(path, now_ms);
    std::error_code ec;
    if (!rename_file(path, aside, error)) return {};
    for (const char* suffix : {"-wal", "-shm"}) {
        fs::path side = path.string() + suffix;
        if (!fs::exists(side, ec)) continue;
        if (!rename_file(side, aside.string() + suffix, error)) {
            // A new database must never pick up the old one's log: put everything back.
            std::string ignored;
            rename_file(aside, path, ignored);
            return {};
        }
    }
    return aside;
}

void remove_database_files(const fs::path& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix, ec);
}

}  // namespace

OpenResult Store::open(const fs::path& db_file, StoreOptions options) {
    if (!options.now_ms) options.now_ms = time::system_now_ms;
    if (!options.day_of) options.day_of = time::local_day;
    OpenResult result;
    result.store.reset(new Store(db_file, std::move(options)));
    Store& store = *result.store;
    store.last_open_try_ms_ = store.options_.now_ms();
    std::string error;
    if (!store.connect(error)) {
        store.problem_ = error;
        result.error = error;
    } else if (store.read_only_ && !store.options_.read_only) {
        result.error = store.problem_;  // said at once: every answer would wait in memory
    }
    if (!store.options_.read_only) store.restore_pending_files();
    result.notices = store.take_notices();
    return result;
}

void Store::disconnect() {
    statements_.clear();
    db_.close();
    read_only_ = false;
}

bool Store::connect(std::string& error) {
    disconnect();
    const std::string where = path_.string();
    if (options_.read_only) return connect_for_reading(error);
    std::error_code ec;
    if (!options_.create && !fs::exists(path_, ec)) {
        error = "No database at " + where + ": nothing has been recorded there yet.";
        return false;
    }
    if (fs::path dir = path_.parent_path(); !dir.empty() && !fs::is_directory(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec) {
            error = "Cannot create the folder " + dir.string() + ": " + ec.message() + ".";
            return false;
        }
    }
    // At most one bad file is put aside per connection; a second failure is reported.
    for (int round = 0; round < 2; ++round) {
        ContentCheck found{Verdict::foreign, check_header(path_)};
        if (found.what.empty()) {
            FoundFiles before = remember_found_files(path_);
            // The whole file is read (quick_check) only after an unclean shutdown or a write
            // that met damage: start-up does not grow with the history.
            const bool unclean = unclean_shutdown_marked();
            // The app defers the check after an unclean shutdown to a background thread
            // (store_check.cpp); a write that met damage is checked at once.
            const bool defer = unclean && options_.defer_check && !suspect_damage_;
            const bool full = suspect_damage_ || (unclean && !defer);
            if (!open_checked(found, full, error)) return false;
            if (found.verdict == Verdict::sound) {
                suspect_damage_ = false;
                mark_open();
                if (defer) defer_check();
                return true;
            }
            if (round == 0 && found.verdict == Verdict::damaged) {
                if (!salvage(found.what, before, error)) return false;
                continue;
            }
        }
        if (round == 1) break;
        std::string move_error;
        fs::path aside = move_aside(path_, options_.now_ms(), move_error);
        if (aside.empty()) {
            error = "The database " + where + " is damaged (" + found.what +
                    ") and could not be moved aside (" + move_error + "). It was left untouched.";
            return false;
        }
        notices_.push_back("The database " + where + " could not be used (" + found.what +
                           "). It was moved to " + aside.string() +
                           " and kept there; a new database was started.");
    }
    error = "The new database " + where + " could not be used either.";
    return false;
}

// Opens and checks the file; on success db_ is set. False with error when it cannot be
// opened at all; true with found.verdict != sound when it is damaged or not ours (closed then,
// its -wal left as it was).
bool Store::open_checked(ContentCheck& found, bool full, std::string& error) {
    const std::string where = path_.string();
    try {
        sql::Database db = sql::Database::open(where, options_.create, options_.vfs);
        db.keep_wal_on_close(true);  // until it is known sound: a damaged file keeps its log
        sqlite3_busy_timeout(db.handle(), options_.busy_timeout_ms);
        found = check_contents(db, full);
        if (found.verdict != Verdict::sound) return true;
        db.keep_wal_on_close(false);
        set_up_connection(db, options_);
        MigrateResult migrated = migrate(db, schema_migrations());
        if (migrated.too_new) {
            error = "The database " + where + " was made by a newer version of Statecraft " +
                    "(schema " + std::to_string(migrated.from) + "; this one knows up to " +
                    std::to_string(migrated.to) + "). It was left untouched.";
            return false;
        }
        db_ = std::move(db);
        db_.set_fault_plan(&fault_);
        ++generation_;
        read_only_ = sqlite3_db_readonly(db_.handle(), "main") == 1;
        if (read_only_) problem_ = read_only_message(where);
        // Answers left unfolded by earlier runs count towards the next fold.
        unfolded_ = tail_length(db_);
        return true;
    } catch (const sql::SqliteError& e) {
        if (!is_damage(e)) {
            error = "Cannot open " + where + ": " + describe_sqlite_failure(e) + ".";
            return false;
        }
        found = {Verdict::damaged, e.what()};
        return true;
    }
}

// The damaged file is copied aside exactly (with its -wal and -shm as found), what can be read
// is carried into a fresh database, and that replaces it at the path.
bool Store::salvage(const std::string& damage, const FoundFiles& before, std::string& error) {
    const std::string where = path_.string();
    fs::path aside = aside_name(path_, options_.now_ms());
    std::string copy_error;
    if (!copy_aside(path_, aside, before, copy_error)) {
        error = "The database " + where + " is damaged (" + damage +
                ") and could not be copied aside (" + copy_error + "). It was left untouched.";
        return false;
    }
    const fs::path fresh = where + ".salvage";
    SalvageCounts counts;
    std::string salvage_error;
    std::string recovered;
    if (salvage_rows(path_, fresh, counts, salvage_error)) {
        remove_database_files(path_);
        std::error_code ec;
        fs::rename(fresh, path_, ec);
        if (ec) {
            error = "The recovered database could not be put at " + where + ": " + ec.message() +
                    ". The damaged one is kept at " + aside.string() + ".";
            return false;
        }
        recovered = " " + describe_salvage(counts) + " into a new database at " + where + ".";
    } else {
        remove_database_files(path_);
        recovered =
            " Nothing could be recovered (" + salvage_error + "); a new database was started.";
    }
    notices_.push_back("The database " + where + " was damaged (" + damage +
                       "). It was copied, byte for byte with its -wal, to " + aside.string() +
                       " and kept there." + recovered);
    return true;
}

namespace {
constexpr const char* kOpenMarker = ".open-";

// The pids of the DB.open-PID markers beside the database.
std::vector<std::pair<fs::path, long>> open_markers(const fs::path& db) {
    std::vector<std::pair<fs::path, long>> out;
    const std::string prefix = db.filename().string() + kOpenMarker;
    std::error_code ec;
    fs::path dir = db.parent_path().empty() ? fs::path(".") : db.parent_path();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        char* rest = nullptr;
        long pid = std::strtol(name.c_str() + prefix.size(), &rest, 10);
        if (pid > 0 && rest && *rest == '\0') out.emplace_back(it->path(), pid);
    }
    return out;
}
}  // namespace

bool Store::unclean_shutdown_marked() {
    bool unclean = false;
    for (const auto& [file, pid] : open_markers(path_)) {
        if (pid == getpid()) continue;
        if (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM) continue;  // still running
        unclean = true;
        std::error_code ec;
        fs::remove(file, ec);  // checked now; the next start need not check again
    }
    return unclean;
}

void Store::mark_open() {
    if (!open_marker_.empty()) return;
    fs::path marker = path_.string() + kOpenMarker + std::to_string(getpid());
    std::error_code ec;
    if (fs::exists(marker, ec)) return;  // another Store of this process (a sync) owns it
    std::ofstream out(marker);
    if (out) open_marker_ = marker;
}

void Store::unmark_open() {
    if (open_marker_.empty()) return;
    std::error_code ec;
    fs::remove(open_marker_, ec);
    open_marker_.clear();
}

// Read-only commands: never create, move, repair or migrate; say what to do instead.
bool Store::connect_for_reading(std::string& error) {
    const std::string where = path_.string();
    std::error_code ec;
    if (!fs::exists(path_, ec)) {
        error = "No database at " + where + ": nothing has been recorded there yet.";
        return false;
    }
    const std::string open_app =
        " It was left untouched: open the Statecraft app, which keeps a copy of it and "
        "recovers what can still be read.";
    if (std::string damage = check_header(path_); !damage.empty()) {
        error = "The database " + where + " cannot be read (" + damage + ")." + open_app;
        return false;
    }
    try {
        // Read-write but query_only: closing then removes the -wal and -shm this connection
        // made, so the folder is left as found. A log left by a crash is kept as it is (the
        // app folds it in), never folded in by a reader.
        std::uintmax_t wal_size = fs::file_size(where + "-wal", ec);
        sql::Database db = sql::Database::open(where, /*create=*/false, options_.vfs);
        db.keep_wal_on_close(!ec && wal_size > 0);
        db.exec("PRAGMA query_only = 1");
        sqlite3_busy_timeout(db.handle(), options_.busy_timeout_ms);
        ContentCheck found = check_contents(db, /*full=*/false);
        if (found.verdict != Verdict::sound) {
            error = "The database " + where + " cannot be read (" + found.what + ")." + open_app;
            return false;
        }
        int version = static_cast<int>(db.query_int("PRAGMA user_version"));
        if (version != latest_schema_version()) {
            error = "The database " + where + " is at schema " + std::to_string(version) +
                    " and this version of Statecraft reads schema " +
                    std::to_string(latest_schema_version()) +
                    (version < latest_schema_version()
                         ? ": open the Statecraft app once, which updates it."
                         : ": it was made by a newer version of Statecraft.");
            return false;
        }
        db_ = std::move(db);
        ++generation_;
        read_only_ = true;
        return true;
    } catch (const sql::SqliteError& e) {
        error = "Cannot read " + where + ": " + describe_sqlite_failure(e) + "." +
                (is_damage(e) ? open_app : "");
        return false;
    }
}

}  // namespace statecraft
