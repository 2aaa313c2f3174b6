#include "core/store/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace statecraft::sql {

Database::~Database() {
    close();
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), fault_(std::exchange(other.fault_, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        fault_ = std::exchange(other.fault_, nullptr);
    }
    return *this;
}

Database Database::open(const std::string& path, bool create, const std::string& vfs) {
    return open_flags(
        path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0), vfs);
}

Database Database::open_read_only(const std::string& path, const std::string& vfs) {
    return open_flags(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, vfs);
}

Database Database::open_flags(const std::string& path, int flags, const std::string& vfs) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &db, flags, vfs.empty() ? nullptr : vfs.c_str());
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        int code = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        throw SqliteError(code, message);
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

void Database::close() {
    // close_v2 defers the close until every statement is finalised; ours are, by RAII order.
    if (db_) sqlite3_close_v2(std::exchange(db_, nullptr));
}

void Database::keep_wal_on_close(bool keep) {
    if (db_) sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, keep ? 1 : 0, nullptr);
}

void Database::throw_error(int code, std::string_view what) const {
    std::string message(what);
    if (db_) message += std::string(": ") + sqlite3_errmsg(db_);
    throw SqliteError(code, message);
}

void Database::fault_point(const char* what) {
    if (!fault_ || fault_->fail_at == 0) return;
    if (++fault_->steps == fault_->fail_at)
        throw SqliteError(SQLITE_IOERR, std::string("injected fault at ") + what);
}

void Database::exec(std::string_view sql) {
    fault_point("exec");
    std::string text(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string message = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqliteError(sqlite3_extended_errcode(db_), message);
    }
}

std::int64_t Database::query_int(std::string_view sql) {
    Statement st(*this, sql);
    return st.step() ? st.column_int(0) : 0;
}

std::string Database::query_text(std::string_view sql) {
    Statement st(*this, sql);
    return st.step() ? st.column_text(0) : std::string();
}

std::int64_t Database::last_insert_rowid() const {
    return sqlite3_last_insert_rowid(db_);
}

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
    db.fault_point("prepare");
    int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) db.throw_error(sqlite3_extended_errcode(db.handle()), "prepare");
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

namespace {
void check_bind(Database& db, int rc) {
    if (rc != SQLITE_OK) db.throw_error(rc, "bind");
}
}  // namespace

Statement& Statement::bind(int index, std::int64_t value) {
    db_->fault_point("bind");
    check_bind(*db_, sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    db_->fault_point("bind");
    check_bind(*db_, sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    db_->fault_point("bind");
    check_bind(*db_, sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                         SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind_unowned(int index, std::string_view value) {
    db_->fault_point("bind");
    check_bind(*db_, sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC,
                                         SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind_null(int index) {
    db_->fault_point("bind");
    check_bind(*db_, sqlite3_bind_null(stmt_, index));
    return *this;
}

bool Statement::step() {
    db_->fault_point("step");
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_->throw_error(sqlite3_extended_errcode(db_->handle()), "step");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() noexcept {
    if (!stmt_) return;
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::column_int(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

double Statement::column_double(int column) const {
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::column_text(int column) const {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    int size = sqlite3_column_bytes(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
                : std::string();
}

std::string_view Statement::column_view(int column) const {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    int size = sqlite3_column_bytes(stmt_, column);
    return text ? std::string_view(reinterpret_cast<const char*>(text),
                                   static_cast<std::size_t>(size))
                : std::string_view();
}

std::optional<std::int64_t> Statement::column_optional_int(int column) const {
    if (is_null(column)) return std::nullopt;
    return column_int(column);
}

std::optional<double> Statement::column_optional_double(int column) const {
    if (is_null(column)) return std::nullopt;
    return column_double(column);
}

Statement& StatementCache::get(Database& db, const char* sql) {
    auto& slot = statements_[sql];
    if (!slot) slot = std::make_unique<Statement>(db, sql);
    return *slot;
}

Transaction::Transaction(Database& db, Kind kind) : db_(db) {
    db_.exec(kind == Kind::write ? "BEGIN IMMEDIATE" : "BEGIN");
    open_ = true;
}

Transaction::~Transaction() {
    // After some errors (SQLITE_FULL, SQLITE_IOERR) SQLite has already rolled back; then
    // there is no transaction left and the ROLLBACK's own error is expected and ignored.
    if (open_ && db_.is_open() && !sqlite3_get_autocommit(db_.handle()))
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

}  // namespace statecraft::sql
