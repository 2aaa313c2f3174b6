#include "core/store/attempts_unchecked.h"

#include <sqlite3.h>

#include <string>

namespace statecraft {

namespace {

// The version-10 columns, types and NOT NULLs, in order; only the constraints go.
constexpr const char* kAttemptsUnchecked = R"sql(CREATE TABLE attempts (
  id             INTEGER PRIMARY KEY,
  session_id     INTEGER NOT NULL,  -- sessions.id; checked by the store, never deleted
  profile_id     INTEGER NOT NULL,  -- profiles.id; idem
  bank_id        TEXT NOT NULL,
  question_id    TEXT NOT NULL,
  question_hash  TEXT NOT NULL,  -- question_hash() of the question as it was answered
  category       TEXT NOT NULL,
  answer         TEXT NOT NULL,     -- JSON text (the store checks it before writing)
  score          REAL NOT NULL,     -- 0 to 1
  correct        INTEGER NOT NULL,  -- 0 or 1
  time_ms        INTEGER NOT NULL,  -- >= 0
  confidence     INTEGER,           -- 1 to 3, or NULL
  answered_ms    INTEGER NOT NULL,  -- Unix time in milliseconds
  day            INTEGER NOT NULL,  -- the student's local calendar day, days since 1970-01-01
  uuid           TEXT
))sql";

constexpr const char* kExpectedColumns =
    "id INTEGER 0,session_id INTEGER 1,profile_id INTEGER 1,bank_id TEXT 1,question_id TEXT "
    "1,question_hash TEXT 1,category TEXT 1,answer TEXT 1,score REAL 1,correct INTEGER 1,time_ms "
    "INTEGER 1,confidence INTEGER 0,answered_ms INTEGER 1,day INTEGER 1,uuid TEXT 0";

}  // namespace

void drop_attempt_constraints(sql::Database& db) {
    const std::string columns = db.query_text(
        "SELECT group_concat(name || ' ' || type || ' ' || \"notnull\", ',') FROM "
        "(SELECT * FROM pragma_table_info('attempts') ORDER BY cid)");
    if (columns != kExpectedColumns)
        throw sql::SqliteError(SQLITE_ERROR,
                               "the attempts table is not as version 10 left it: " + columns);
    const std::int64_t version = db.query_int("PRAGMA schema_version");
    db.exec("PRAGMA writable_schema = ON");
    sql::Statement update(
        db, "UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = 'attempts'");
    update.bind(1, std::string_view(kAttemptsUnchecked)).run();
    // Other connections see the new cookie and read the schema again.
    db.exec("PRAGMA schema_version = " + std::to_string(version + 1));
    db.exec("PRAGMA writable_schema = OFF");
}

}  // namespace statecraft
