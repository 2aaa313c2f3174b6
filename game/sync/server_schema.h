// The school server's schema (schema "statecraft"), versioned like the local store: a list of
// migrations, each applied in one transaction with the version it brings.
#pragma once

#include <string>

#include "sync/pg_connection.h"

namespace statecraft::pg {

// The version this program reads and writes. sync and report refuse any other.
inline constexpr int kServerSchemaVersion = 5;
inline constexpr const char* kStudentRole = "statecraft_student";
inline constexpr const char* kTeacherRole = "statecraft_teacher";

struct ServerInfo {
    int schema_version = 0;  // 0: no Statecraft schema on this database
    std::string server_id;   // made by `server init`; sync cursors are kept per server id
};

ServerInfo read_server_info(Connection& conn);

struct InitResult {
    int from = 0, to = 0;
};

// Creates the schema, roles and row-level security, or brings an older schema up to
// target_version (kServerSchemaVersion; tests ask for older ones). Throws PgError, also when the
// database already holds a newer schema (then nothing is changed).
InitResult init_server(Connection& conn, int target_version = kServerSchemaVersion);

// Throws PgError with a message saying what to do unless the schema is exactly this program's.
ServerInfo require_current_schema(Connection& conn);

}  // namespace statecraft::pg
