// Migration 11 (issue 22): the attempts table without its foreign keys and CHECK constraints.
// Every answer costs SQLite two foreign-key lookups (its session, its profile) and the CHECKs
// (json_valid of the answer, the ranges), about a third of a batch's insert, for rules the store
// already enforces before it writes (check_attempt; sessions and profiles are never deleted;
// session and profile ids come from rows the store made). Removing constraints leaves the
// stored rows as they are, so the migration only rewrites the table's definition in
// sqlite_schema (SQLite's lang_altertable.html section 7, "the simpler procedure"): instant at
// any size, no row copied. Private to core/store (migrations.cpp).
#pragma once

#include "core/store/sqlite_db.h"

namespace statecraft {

// Checks that attempts has the columns it had at version 10, in order, then replaces its
// definition and bumps schema_version, inside the migration's transaction. Throws
// sql::SqliteError (nothing changed) on a table of another shape.
void drop_attempt_constraints(sql::Database& db);

}  // namespace statecraft
