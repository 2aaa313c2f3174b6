// Salvage: the damaged file is copied aside exactly, then read row by row (Debian 12's SQLite,
// 3.40, does not ship the recovery extension) into a fresh database.
#include "core/store/salvage.h"
#include "core/store/session_figures.h"
#include "core/store/totals_fold.h"

#include <sqlite3.h>

#include <climits>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/store/migrations.h"
#include "core/store/sqlite_db.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

bool read_file(const fs::path& file, std::string& out) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

bool write_file(const fs::path& file, const std::string& bytes, std::string& error) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) error = "cannot write " + file.string();
    return static_cast<bool>(out);
}

fs::path with_suffix(const fs::path& p, const char* suffix) {
    return p.string() + suffix;
}

// A prepared statement on a raw handle, finalised at scope end.
struct Stmt {
    sqlite3_stmt* st = nullptr;
    Stmt(sqlite3* db, const std::string& sql) {
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) st = nullptr;
    }
    ~Stmt() { sqlite3_finalize(st); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
};

// The columns of `table` in the fresh schema that the damaged file also has.
std::vector<std::string> shared_columns(sqlite3* fresh, sqlite3* damaged,
                                        const std::string& table) {
    auto columns_of = [&](sqlite3* db) {
        std::vector<std::string> out;
        Stmt st(db, "SELECT name FROM pragma_table_info(?1)");
        if (!st.st) return out;
        sqlite3_bind_text(st.st, 1, table.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st.st) == SQLITE_ROW)
            out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.st, 0)));
        return out;
    };
    std::vector<std::string> theirs = columns_of(damaged), shared;
    for (const std::string& c : columns_of(fresh))
        for (const std::string& t : theirs)
            if (c == t) shared.push_back(c);
    return shared;
}

// Copies one row from `from` (columns 1..n, after the rowid in column 0 when with_rowid).
// A row the fresh schema refuses (a CHECK the damage broke) is skipped.
bool insert_row(sqlite3_stmt* insert, sqlite3_stmt* from, int first, int n) {
    for (int i = 0; i < n; ++i)
        sqlite3_bind_value(insert, i + 1, sqlite3_column_value(from, first + i));
    int rc = sqlite3_step(insert);
    sqlite3_reset(insert);
    return rc == SQLITE_DONE;
}

class TableCopier {
  public:
    TableCopier(sqlite3* damaged, sqlite3* fresh, SalvageCounts& counts)
        : damaged_(damaged), fresh_(fresh), counts_(counts) {}

    // Returns the rows copied.
    std::int64_t copy(const std::string& table, bool has_rowid) {
        std::vector<std::string> cols = shared_columns(fresh_, damaged_, table);
        if (cols.empty()) return 0;
        std::string list, marks;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            list += (i ? ", " : "") + cols[i];
            marks += (i ? ", ?" : "?") + std::to_string(i + 1);
        }
        Stmt insert(fresh_, "INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")");
        if (!insert.st) return 0;
        int n = static_cast<int>(cols.size());
        return has_rowid ? copy_by_rowid(table, list, insert.st, n)
                         : copy_scan(table, list, insert.st, n);
    }

  private:
    // WITHOUT ROWID tables: read in key order until the first unreadable page.
    std::int64_t copy_scan(const std::string& table, const std::string& list, sqlite3_stmt* ins,
                           int n) {
        Stmt read(damaged_, "SELECT " + list + " FROM " + table);
        if (!read.st) return 0;
        std::int64_t copied = 0;
        int rc;
        while ((rc = sqlite3_step(read.st)) == SQLITE_ROW) copied += insert_row(ins, read.st, 0, n);
        if (rc != SQLITE_DONE) ++counts_.rows_lost_ranges;
        return copied;
    }

    // Rowid tables: read in rowid order; past an unreadable stretch, find the first rowid
    // that can be reached again and go on from there.
    std::int64_t copy_by_rowid(const std::string& table, const std::string& list, sqlite3_stmt* ins,
                               int n) {
        Stmt read(damaged_,
                  "SELECT rowid, " + list + " FROM " + table + " WHERE rowid >= ?1 ORDER BY rowid");
        Stmt probe(damaged_,
                   "SELECT rowid FROM " + table + " WHERE rowid >= ?1 ORDER BY rowid LIMIT 1");
        if (!read.st || !probe.st) return 0;
        std::int64_t copied = 0;
        std::int64_t next = LLONG_MIN;
        for (;;) {
            sqlite3_reset(read.st);
            sqlite3_bind_int64(read.st, 1, next);
            int rc;
            while ((rc = sqlite3_step(read.st)) == SQLITE_ROW) {
                copied += insert_row(ins, read.st, 1, n);
                std::int64_t rowid = sqlite3_column_int64(read.st, 0);
                if (rowid == LLONG_MAX) return copied;
                next = rowid + 1;
            }
            if (rc == SQLITE_DONE) return copied;
            ++counts_.rows_lost_ranges;
            std::optional<std::int64_t> resume = resume_after(probe.st, next);
            if (!resume) return copied;
            next = *resume;
        }
    }

    enum class Probe { row, end, unreadable };
    Probe try_from(sqlite3_stmt* probe, std::int64_t from) {
        sqlite3_reset(probe);
        sqlite3_bind_int64(probe, 1, from);
        int rc = sqlite3_step(probe);
        return rc == SQLITE_ROW ? Probe::row : rc == SQLITE_DONE ? Probe::end : Probe::unreadable;
    }

    // The smallest start past `bad` from which rows can be read again: doubling steps find one,
    // halving narrows it down. nullopt when nothing after `bad` can be read.
    std::optional<std::int64_t> resume_after(sqlite3_stmt* probe, std::int64_t bad) {
        std::int64_t step = 1, lo = bad, hi = 0;
        for (;;) {
            if (bad > LLONG_MAX - step) return std::nullopt;
            hi = bad + step;
            Probe p = try_from(probe, hi);
            if (p == Probe::end) return std::nullopt;
            if (p == Probe::row) break;
            lo = hi;
            if (step > LLONG_MAX / 2) return std::nullopt;
            step *= 2;
        }
        while (hi - lo > 1) {
            std::int64_t mid = lo + (hi - lo) / 2;
            (try_from(probe, mid) == Probe::row ? hi : lo) = mid;
        }
        return hi;
    }

    sqlite3* damaged_;
    sqlite3* fresh_;
    SalvageCounts& counts_;
};

// Rows whose profile or session was lost get a stand-in, so every readable row is kept and
// the foreign keys hold.
constexpr const char* kStandIns = R"sql(
INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms)
  SELECT session_id, min(profile_id), min(bank_id), '', 'recovered', min(answered_ms)
  FROM attempts WHERE session_id NOT IN (SELECT id FROM sessions) GROUP BY session_id;
INSERT INTO profiles (id, name, created_ms, last_used_ms)
  SELECT pid, 'Recovered profile ' || pid, 0, 0 FROM (
    SELECT profile_id AS pid FROM sessions UNION SELECT profile_id FROM attempts
    UNION SELECT profile_id FROM cards)
  WHERE pid NOT IN (SELECT id FROM profiles);
DELETE FROM classroom_results WHERE session_id NOT IN (SELECT id FROM sessions);
)sql";

bool fill_fresh(sql::Database& damaged, sql::Database& fresh, SalvageCounts& counts) {
    TableCopier copier(damaged.handle(), fresh.handle(), counts);
    fresh.exec("BEGIN IMMEDIATE");
    counts.profiles = copier.copy("profiles", true);
    counts.sessions = copier.copy("sessions", true);
    counts.attempts = copier.copy("attempts", true);  // the totals are folded from them
    counts.cards = copier.copy("cards", false);
    counts.classroom_rows = copier.copy("classroom_results", true);
    fresh.exec(kStandIns);
    reset_session_figures(fresh);  // copied with the sessions: folded again below
    {
        sql::StatementCache statements;
        fold_totals(fresh, statements);
    }
    fresh.exec("COMMIT");
    return true;
}

}  // namespace

FoundFiles remember_found_files(const fs::path& db) {
    FoundFiles found;
    std::string bytes;
    std::error_code ec;
    if (fs::is_regular_file(with_suffix(db, "-shm"), ec) &&
        read_file(with_suffix(db, "-shm"), bytes))
        found.shm = std::move(bytes);
    return found;
}

fs::path aside_name(const fs::path& db, std::int64_t now_ms) {
    std::string base = db.string() + ".corrupt-" + time::format_local_compact(now_ms);
    fs::path aside = base;
    std::error_code ec;
    for (int n = 2; fs::exists(aside, ec) || fs::exists(with_suffix(aside, "-wal"), ec); ++n)
        aside = base + "-" + std::to_string(n);
    return aside;
}

bool copy_aside(const fs::path& db, const fs::path& aside, const FoundFiles& found,
                std::string& error) {
    std::error_code ec;
    auto undo = [&] {
        for (const char* s : {"", "-wal", "-shm"}) fs::remove(with_suffix(aside, s), ec);
    };
    for (const char* suffix : {"", "-wal"}) {
        fs::path from = with_suffix(db, suffix);
        if (*suffix && !fs::exists(from, ec)) continue;
        if (!fs::copy_file(from, with_suffix(aside, suffix), ec)) {
            error = "cannot copy " + from.string() + ": " + ec.message();
            undo();
            return false;
        }
    }
    bool ok = true;
    if (found.shm)
        ok = write_file(with_suffix(aside, "-shm"), *found.shm, error);
    else if (fs::exists(with_suffix(db, "-shm"), ec))
        ok = fs::copy_file(with_suffix(db, "-shm"), with_suffix(aside, "-shm"), ec);
    if (!ok) {
        if (error.empty()) error = "cannot copy the -shm: " + ec.message();
        undo();
    }
    return ok;
}

bool salvage_rows(const fs::path& damaged_path, const fs::path& fresh_path, SalvageCounts& counts,
                  std::string& error) {
    counts = {};
    std::error_code ec;
    for (const char* s : {"", "-wal", "-shm", "-journal"})
        fs::remove(with_suffix(fresh_path, s), ec);
    try {
        sql::Database fresh = sql::Database::open(fresh_path.string(), true);
        migrate(fresh, schema_migrations());
        sql::Database damaged;
        try {
            damaged = sql::Database::open_read_only(damaged_path.string());
        } catch (const sql::SqliteError&) {
            return true;  // not even opened: the fresh database stays empty
        }
        fill_fresh(damaged, fresh, counts);
        return true;
    } catch (const sql::SqliteError& e) {
        error = e.what();
        for (const char* s : {"", "-wal", "-shm", "-journal"})
            fs::remove(with_suffix(fresh_path, s), ec);
        return false;
    }
}

std::string describe_salvage(const SalvageCounts& c) {
    auto n = [](std::int64_t v, const char* one, const char* many) {
        return std::to_string(v) + " " + (v == 1 ? one : many);
    };
    std::string s = "Recovered " + n(c.attempts, "answer", "answers") + ", " +
                    n(c.sessions, "session", "sessions") + ", " +
                    n(c.cards, "review card", "review cards") + " and " +
                    n(c.profiles, "profile", "profiles");
    if (c.classroom_rows)
        s += " (and " + n(c.classroom_rows, "classroom result", "classroom results") + ")";
    return s;
}

}  // namespace statecraft
