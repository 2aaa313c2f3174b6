#include "sync/copy_rows.h"

#include <charconv>

namespace statecraft::pg {

namespace {
constexpr const char* kUniqueViolation = "23505";
}  // namespace

CopyRows& CopyRows::text(std::string_view s) {
    append_copy_text(data_, s);
    data_ += '\t';
    return *this;
}

CopyRows& CopyRows::integer(std::int64_t v) {
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    data_.append(buf, end);
    data_ += '\t';
    return *this;
}

CopyRows& CopyRows::real(double v) {
    char buf[32];
    auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    data_.append(buf, end);
    data_ += '\t';
    return *this;
}

CopyRows& CopyRows::boolean(bool v) {
    data_ += v ? "t\t" : "f\t";
    return *this;
}

void CopyRows::end_row() {
    data_.back() = '\n';
    ++rows_;
}

void CopyRows::clear() {
    data_.clear();
    rows_ = 0;
}

namespace {

std::string insert_sql(const ServerTable& table, bool with_conflict_rule) {
    std::string sql = std::string("INSERT INTO ") + table.name + " (" + table.columns +
                      ") SELECT " + table.columns + " FROM " + table.staging;
    if (with_conflict_rule) sql.append(" ").append(table.on_conflict);
    return sql;
}

}  // namespace

void start_rows(Connection& conn, const ServerTable& table, const CopyRows& rows) {
    // Only the columns sent, without constraints: the real table checks them on INSERT.
    conn.exec(std::string("CREATE TEMP TABLE IF NOT EXISTS ") + table.staging +
              " ON COMMIT DELETE ROWS AS SELECT " + table.columns + " FROM " + table.name +
              " WITH NO DATA");
    conn.copy_in(std::string("COPY ") + table.staging + " (" + table.columns + ") FROM STDIN",
                 rows.data());
    if (table.mostly_new) conn.exec("SAVEPOINT plain_insert");
    conn.send(insert_sql(table, !table.mostly_new));
}

std::int64_t finish_rows(Connection& conn, const ServerTable& table) {
    if (table.mostly_new) {
        try {
            Result r = conn.wait();
            conn.exec("RELEASE SAVEPOINT plain_insert");
            return std::atoll(libpq().PQcmdTuples(r.get()));
        } catch (const PgError& e) {
            if (e.sqlstate() != kUniqueViolation) throw;
            conn.exec("ROLLBACK TO SAVEPOINT plain_insert");
            Result r = conn.exec(insert_sql(table, true));
            return std::atoll(libpq().PQcmdTuples(r.get()));
        }
    }
    Result r = conn.wait();
    return std::atoll(libpq().PQcmdTuples(r.get()));
}

std::int64_t send_rows(Connection& conn, const ServerTable& table, const CopyRows& rows) {
    if (rows.rows() == 0) return 0;
    start_rows(conn, table, rows);
    return finish_rows(conn, table);
}

}  // namespace statecraft::pg
