// The one way rows reach a server table: written here in COPY's text format, sent by COPY into
// a temporary staging table of the columns sent (no constraints, no WAL), then moved by one
// INSERT ... SELECT with the table's conflict rule. COPY straight into the table is not an
// option: PostgreSQL refuses COPY FROM into a table with row-level security.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sync/pg_connection.h"

namespace statecraft::pg {

class CopyRows {
  public:
    CopyRows& text(std::string_view s);
    CopyRows& integer(std::int64_t v);
    CopyRows& real(double v);  // shortest text that reads back the same double
    CopyRows& boolean(bool v);
    template <typename T>
    CopyRows& optional(const std::optional<T>& v) {
        if (!v) {
            data_ += "\\N\t";
            return *this;
        }
        if constexpr (std::is_floating_point_v<T>) return real(*v);
        return integer(*v);
    }
    void end_row();

    std::int64_t rows() const { return rows_; }
    const std::string& data() const { return data_; }
    void clear();

  private:
    std::string data_;
    std::int64_t rows_ = 0;
};

// A server table as sync fills it.
struct ServerTable {
    const char* name;         // e.g. "statecraft.attempts"
    const char* staging;      // the temporary table, e.g. "incoming_attempts"
    const char* columns;      // the columns sent, in the order CopyRows wrote them
    const char* on_conflict;  // e.g. "ON CONFLICT (uuid) DO NOTHING"
    // Rows are mostly new (attempts): a plain INSERT is tried first, a third cheaper than
    // ON CONFLICT's check per row; a duplicate (a batch sent again) rolls it back and the
    // ON CONFLICT form runs on the same staged rows.
    bool mostly_new = false;
};

// Sends the rows (call inside a transaction: the staging table empties at commit). Returns the
// rows the INSERT added or updated.
std::int64_t send_rows(Connection& conn, const ServerTable& table, const CopyRows& rows);

// send_rows in two halves, so that the caller reads its next batch while the server inserts:
// start_rows stages the rows (at least one) and sends the INSERT without waiting;
// finish_rows waits for it and returns what send_rows returns.
void start_rows(Connection& conn, const ServerTable& table, const CopyRows& rows);
std::int64_t finish_rows(Connection& conn, const ServerTable& table);

}  // namespace statecraft::pg
