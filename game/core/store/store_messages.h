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

}  // namespace statecraft
