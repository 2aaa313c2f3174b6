// A small RAII wrapper over the sqlite3 C API, private to core/store.
// Errors are thrown as SqliteError inside the store and never leave its public API.
// Every call that reaches SQLite passes one "step" of the optional fault plan, so tests can
// fail the Nth step of a write (see FaultPlan) and check that nothing half-done remains.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace statecraft::sql {

class SqliteError : public std::runtime_error {
  public:
    SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }            // the full (extended) result code
    int primary() const { return code_ & 0xff; }  // SQLITE_FULL, SQLITE_CORRUPT, ...

  private:
    int code_;
};

// Fails step number fail_at (1-based) of those counted while armed, with an I/O error,
// before the call reaches SQLite. fail_at == 0 disarms it.
struct FaultPlan {
    long fail_at = 0;
    long steps = 0;  // steps counted since armed
};

class Database {
  public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and with create, makes) the file. vfs empty means SQLite's default.
    static Database open(const std::string& path, bool create, const std::string& vfs = {});
    // Opens an existing file for reading only: SQLite neither creates nor writes the file.
    static Database open_read_only(const std::string& path, const std::string& vfs = {});

    bool is_open() const { return db_ != nullptr; }
    sqlite3* handle() const { return db_; }
    void close();
    // While set, closing leaves the -wal as it is instead of folding it into the file (so a
    // damaged file and its log can be kept exactly as found).
    void keep_wal_on_close(bool keep);

    // Runs SQL text (one or more statements) with no parameters and no rows wanted.
    void exec(std::string_view sql);
    // A single integer or text result, e.g. a PRAGMA.
    std::int64_t query_int(std::string_view sql);
    std::string query_text(std::string_view sql);

    std::int64_t last_insert_rowid() const;

    void set_fault_plan(FaultPlan* plan) { fault_ = plan; }
    // Throws the injected error when the plan says this step fails.
    void fault_point(const char* what);

    [[noreturn]] void throw_error(int code, std::string_view what) const;

  private:
    explicit Database(sqlite3* db) : db_(db) {}
    static Database open_flags(const std::string& path, int flags, const std::string& vfs);
    sqlite3* db_ = nullptr;
    FaultPlan* fault_ = nullptr;
};

class Statement {
  public:
    Statement() = default;
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    // Text SQLite reads in place, without a copy: it must outlive the next step() or reset().
    // For batches whose rows are already in memory.
    Statement& bind_unowned(int index, std::string_view value);
    Statement& bind_null(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // True while a row is available; false when done.
    bool step();
    // Steps a statement that returns no rows (or ignores them) to completion.
    void run();
    // Resets and clears the bindings so a cached statement can be reused.
    void reset() noexcept;

    bool is_null(int column) const;
    std::int64_t column_int(int column) const;
    double column_double(int column) const;
    std::string column_text(int column) const;
    // Valid until the next step() or reset(): for reading without a copy.
    std::string_view column_view(int column) const;
    std::optional<std::int64_t> column_optional_int(int column) const;
    std::optional<double> column_optional_double(int column) const;

  private:
    Database* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

// Prepared statements kept for reuse on one connection, by their SQL text (which must outlive
// the cache: a string literal). Clear it before the connection closes.
class StatementCache {
  public:
    Statement& get(Database& db, const char* sql);
    void clear() { statements_.clear(); }

  private:
    std::unordered_map<const char*, std::unique_ptr<Statement>> statements_;
};

// Resets a cached statement when the scope ends, whether or not it threw.
class ResetOnExit {
  public:
    explicit ResetOnExit(Statement& st) : st_(st) {}
    ~ResetOnExit() { st_.reset(); }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

  private:
    Statement& st_;
};

// BEGIN IMMEDIATE (write) or BEGIN (read) ... COMMIT; rolls back when destroyed uncommitted.
class Transaction {
  public:
    enum class Kind { read, write };
    Transaction(Database& db, Kind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Database& db_;
    bool open_ = false;
};

}  // namespace statecraft::sql
