// A libpq connection to the school server, with one error style: PgError carries a message fit
// for the user. No message ever holds the connection string (it may carry a password): the
// server is named by host, port and database only.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "sync/libpq_loader.h"

namespace statecraft::pg {

class PgError : public std::runtime_error {
  public:
    PgError(const std::string& message, std::string sqlstate = {})
        : std::runtime_error(message), sqlstate_(std::move(sqlstate)) {}
    const std::string& sqlstate() const { return sqlstate_; }  // e.g. 42501 for "refused"

  private:
    std::string sqlstate_;
};

struct ResultDeleter {
    void operator()(PGresult* r) const { libpq().PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class Connection {
  public:
    // conninfo: a libpq connection string or URI; empty uses the PG* variables and ~/.pgpass.
    // Throws PgError when the server cannot be reached or refuses the login.
    static Connection open(const std::string& conninfo);
    Connection() = default;
    Connection(Connection&&) noexcept = default;
    Connection& operator=(Connection&&) noexcept = default;

    PGconn* get() const { return conn_.get(); }
    // "host:port, database db, user u": never the password.
    std::string describe() const;
    std::string user() const { return libpq().PQuser(get()); }

    // One statement (or several without parameters); throws PgError on failure.
    Result exec(const std::string& sql);
    Result exec(const std::string& sql, const std::vector<std::optional<std::string>>& params);
    // One statement sent without waiting for it; wait() returns its result (throws PgError).
    // Between the two the caller may do other work, but send no other statement.
    void send(const std::string& sql);
    Result wait();
    // COPY ... FROM STDIN with text-format data; returns the rows copied.
    long long copy_in(const std::string& copy_sql, std::string_view data);

    std::string quote_identifier(std::string_view name) const;
    std::string quote_literal(std::string_view text) const;

  private:
    struct ConnDeleter {
        void operator()(PGconn* c) const { libpq().PQfinish(c); }
    };
    std::unique_ptr<PGconn, ConnDeleter> conn_;
    [[noreturn]] void fail(const PGresult* result, const std::string& what) const;
};

// The text of one row's field, empty for NULL.
inline std::string field(const Result& r, int row, int column) {
    return libpq().PQgetisnull(r.get(), row, column) ? std::string()
                                                     : libpq().PQgetvalue(r.get(), row, column);
}

// Appends text escaped for COPY's text format (backslash, tab, newline, carriage return).
void append_copy_text(std::string& out, std::string_view text);

}  // namespace statecraft::pg
