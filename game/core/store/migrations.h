// The database schema as a list of migrations, applied in order, each in its own transaction,
// with PRAGMA user_version recording the last one applied.
#pragma once

#include <cstdint>
#include <span>

#include "core/store/sqlite_db.h"

namespace statecraft {

// PRAGMA application_id of a Statecraft database ('STCF'), so a foreign SQLite file is told apart.
inline constexpr std::int64_t kApplicationId = 0x53544346;

struct Migration {
    int version;          // 1, 2, 3 ... with no gaps
    const char* summary;  // one line, for people reading the history
    const char* sql;      // run inside the migration's transaction
    // Then this, when the change needs more than SQL (null for most).
    void (*step)(sql::Database& db) = nullptr;
};

// Every migration of the real schema, oldest first (see migrations.cpp to add one).
std::span<const Migration> schema_migrations();
int latest_schema_version();

struct MigrateResult {
    int from = 0;          // user_version found
    int to = 0;            // user_version left
    bool too_new = false;  // the file was made by a newer Statecraft: nothing was changed
};

// Applies the migrations newer than the file's user_version. Each runs in BEGIN IMMEDIATE ...
// COMMIT together with its user_version bump, so a failure leaves the previous version whole.
// Another process migrating at the same time is safe: the version is re-read inside each
// transaction. Throws sql::SqliteError when a step fails.
MigrateResult migrate(sql::Database& db, std::span<const Migration> migrations);

}  // namespace statecraft
