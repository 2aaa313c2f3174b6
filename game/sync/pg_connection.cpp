// libpq wrapped once: connection, statements, COPY, quoting; every failure becomes a PgError.
#include "sync/pg_connection.h"

namespace statecraft::pg {

namespace {

std::string trimmed(const char* message) {
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace

Connection Connection::open(const std::string& conninfo) {
    Connection c;
    // connect_timeout keeps an unreachable server from blocking the student for minutes; a
    // value given in conninfo or PGCONNECT_TIMEOUT wins. fallback_application_name names us
    // in pg_stat_activity.
    const char* keys[] = {"dbname", "fallback_application_name", "connect_timeout", nullptr};
    std::string timeout = getenv("PGCONNECT_TIMEOUT") ? getenv("PGCONNECT_TIMEOUT") : "10";
    const char* values[] = {conninfo.c_str(), "statecraft", timeout.c_str(), nullptr};
    c.conn_.reset(libpq().PQconnectdbParams(keys, values, /*expand_dbname=*/1));
    if (!c.conn_) throw PgError("Out of memory while connecting to the school server.");
    if (libpq().PQstatus(c.get()) != CONNECTION_OK) {
        // libpq's message names host and port, never the password.
        throw PgError("Cannot connect to the school server: " +
                      trimmed(libpq().PQerrorMessage(c.get())));
    }
    // Server messages in English whatever the server's locale, so tests and users see one text.
    libpq().PQclear(libpq().PQexec(c.get(), "SET client_min_messages = warning"));
    return c;
}

std::string Connection::describe() const {
    std::string host = libpq().PQhost(get()) ? libpq().PQhost(get()) : "";
    return host + ":" + libpq().PQport(get()) + ", database " + libpq().PQdb(get()) + ", user " +
           libpq().PQuser(get());
}

void Connection::fail(const PGresult* result, const std::string& what) const {
    std::string state;
    std::string message;
    if (result) {
        const char* s = libpq().PQresultErrorField(result, PG_DIAG_SQLSTATE);
        state = s ? s : "";
        message = trimmed(libpq().PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    }
    if (message.empty()) message = trimmed(libpq().PQerrorMessage(get()));
    if (libpq().PQstatus(get()) != CONNECTION_OK)
        message = "the connection to the school server was lost (" + message + ")";
    throw PgError(what + ": " + message, state);
}

Result Connection::exec(const std::string& sql) {
    Result r(libpq().PQexec(get(), sql.c_str()));
    auto status = libpq().PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r.get(), "Server error");
    return r;
}

Result Connection::exec(const std::string& sql,
                        const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    Result r(libpq().PQexecParams(get(), sql.c_str(), static_cast<int>(values.size()), nullptr,
                                  values.data(), nullptr, nullptr, 0));
    auto status = libpq().PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r.get(), "Server error");
    return r;
}

void Connection::send(const std::string& sql) {
    if (libpq().PQsendQuery(get(), sql.c_str()) != 1) fail(nullptr, "Server error");
}

Result Connection::wait() {
    Result last, failed;
    while (PGresult* p = libpq().PQgetResult(get())) {
        Result r(p);
        auto status = libpq().PQresultStatus(r.get());
        bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok && !failed)
            failed = std::move(r);
        else if (ok)
            last = std::move(r);
    }
    if (failed) fail(failed.get(), "Server error");
    if (!last) fail(nullptr, "Server error");
    return last;
}

long long Connection::copy_in(const std::string& copy_sql, std::string_view data) {
    Result start(libpq().PQexec(get(), copy_sql.c_str()));
    if (libpq().PQresultStatus(start.get()) != PGRES_COPY_IN) fail(start.get(), "Server error");
    constexpr std::size_t kChunk = 1 << 20;
    for (std::size_t at = 0; at < data.size(); at += kChunk) {
        std::size_t n = std::min(kChunk, data.size() - at);
        if (libpq().PQputCopyData(get(), data.data() + at, static_cast<int>(n)) != 1)
            fail(nullptr, "Sending rows failed");
    }
    if (libpq().PQputCopyEnd(get(), nullptr) != 1) fail(nullptr, "Sending rows failed");
    Result end(libpq().PQgetResult(get()));
    if (libpq().PQresultStatus(end.get()) != PGRES_COMMAND_OK) {
        Result rest;
        while ((rest = Result(libpq().PQgetResult(get())))) {
        }
        fail(end.get(), "Sending rows failed");
    }
    long long rows = std::atoll(libpq().PQcmdTuples(end.get()));
    while (Result(libpq().PQgetResult(get()))) {
    }
    return rows;
}

std::string Connection::quote_identifier(std::string_view name) const {
    char* q = libpq().PQescapeIdentifier(get(), name.data(), name.size());
    if (!q) throw PgError("Cannot quote the name \"" + std::string(name) + "\".");
    std::string out = q;
    libpq().PQfreemem(q);
    return out;
}

std::string Connection::quote_literal(std::string_view text) const {
    char* q = libpq().PQescapeLiteral(get(), text.data(), text.size());
    if (!q) throw PgError("Cannot quote a value.");
    std::string out = q;
    libpq().PQfreemem(q);
    return out;
}

void append_copy_text(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
        }
    }
}

}  // namespace statecraft::pg
