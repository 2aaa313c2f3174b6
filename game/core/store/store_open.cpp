// Opening the database: connection settings, damage checks, moving a bad file aside, migrating.
#include <sqlite3.h>

#include <cstring>
#include <fstream>

#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/store/store_messages.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace fs = std::filesystem;

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

// After the checks, which only read, so that a file that is not ours is moved aside unchanged.
void set_up_connection(sql::Database& db) {
    db.query_text("PRAGMA journal_mode = WAL");  // persistent; stays "delete" on a read-only file
    db.exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
}

// "" when the contents are sound and ours (or empty); else what is wrong.
std::string check_contents(sql::Database& db) {
    sql::Statement check(db, "PRAGMA quick_check");
    std::string first = check.step() ? check.column_text(0) : "no answer";
    if (first != "ok") {
        for (char& c : first)
            if (c == '\n') c = ' ';
        return "quick_check: " + first;
    }
    std::int64_t app_id = db.query_int("PRAGMA application_id");
    std::int64_t objects = db.query_int("SELECT count(*) FROM sqlite_schema");
    if (app_id != kApplicationId && objects > 0) return "an SQLite database of another program";
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

// Renames the file (and its -wal and -shm, which belong to it) to PATH.corrupt-YYYYmmdd-HHMMSS,
// never replacing an earlier one. Returns the new path, or empty with error.
fs::path move_aside(const fs::path& path, std::int64_t now_ms, std::string& error) {
    std::string base = path.string() + ".corrupt-" + format_local_compact(now_ms);
    fs::path aside = base;
    std::error_code ec;
    for (int n = 2; fs::exists(aside, ec) || fs::exists(aside.string() + "-wal", ec); ++n)
        aside = base + "-" + std::to_string(n);
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

}  // namespace

OpenResult Store::open(const fs::path& db_file, StoreOptions options) {
    if (!options.now_ms) options.now_ms = system_now_ms;
    if (!options.day_of) options.day_of = local_day;
    OpenResult result;
    result.store.reset(new Store(db_file, std::move(options)));
    Store& store = *result.store;
    store.last_open_try_ms_ = store.options_.now_ms();
    std::string error;
    if (!store.connect(error)) {
        store.problem_ = error;
        result.error = error;
    }
    result.notices = store.take_notices();
    return result;
}

void Store::disconnect() {
    statements_.clear();
    db_.close();
}

bool Store::connect(std::string& error) {
    disconnect();
    const std::string where = path_.string();
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
    // At most one damaged file is moved aside per connection; a second failure is reported.
    for (int round = 0; round < 2; ++round) {
        std::string damage = check_header(path_);
        if (damage.empty()) {
            try {
                sql::Database db = sql::Database::open(where, options_.create, options_.vfs);
                sqlite3_busy_timeout(db.handle(), options_.busy_timeout_ms);
                damage = check_contents(db);
                if (damage.empty()) {
                    set_up_connection(db);
                    MigrateResult migrated = migrate(db, schema_migrations());
                    if (migrated.too_new) {
                        error = "The database " + where + " was made by a newer version of " +
                                "Statecraft (schema " + std::to_string(migrated.from) +
                                "; this one knows up to " + std::to_string(migrated.to) +
                                "). It was left untouched.";
                        return false;
                    }
                    db_ = std::move(db);
                    db_.set_fault_plan(&fault_);
                    ++generation_;
                    return true;
                }
            } catch (const sql::SqliteError& e) {
                if (!is_damage(e)) {
                    error = "Cannot open " + where + ": " + describe_sqlite_failure(e) + ".";
                    return false;
                }
                damage = e.what();
            }
        }
        if (round == 1) break;
        std::string move_error;
        fs::path aside = move_aside(path_, options_.now_ms(), move_error);
        if (aside.empty()) {
            error = "The database " + where + " is damaged (" + damage +
                    ") and could not be moved aside (" + move_error + "). It was left untouched.";
            return false;
        }
        notices_.push_back("The database " + where + " could not be used (" + damage +
                           "). It was moved to " + aside.string() +
                           " and kept there; a new database was started.");
        if (!options_.create) {
            error = "No usable database at " + where + ".";
            return false;
        }
    }
    error = "The new database " + where + " could not be used either.";
    return false;
}

}  // namespace statecraft
