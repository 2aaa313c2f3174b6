// Turning SQLite failures into words a student can act on (internal to core/store).
#pragma once

#include <string>

#include "core/store/sqlite_db.h"

namespace statecraft {

// "the disk is full (database or disk is full)", "the file or its folder is read-only (...)".
std::string describe_sqlite_failure(const sql::SqliteError& e);

// True for failures that retrying can never fix (a constraint the data breaks), so the
// write is dropped with a notice rather than blocking every later one.
bool is_permanent_failure(const sql::SqliteError& e);

// True for failures of the connection rather than of the write (read-only file or mount, an
// I/O error, a file that cannot be opened): the retry must close and reopen the file.
bool needs_new_connection(const sql::SqliteError& e);

// What to say when SQLite could open the database only for reading.
std::string read_only_message(const std::string& path);

}  // namespace statecraft
