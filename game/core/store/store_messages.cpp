#include "core/store/store_messages.h"

#include <sqlite3.h>

namespace statecraft {

std::string describe_sqlite_failure(const sql::SqliteError& e) {
    const char* reason = nullptr;
    switch (e.primary()) {
        case SQLITE_FULL:
            reason = "the disk is full";
            break;
        case SQLITE_READONLY:
            reason = "the file or its folder is read-only";
            break;
        case SQLITE_PERM:
        case SQLITE_AUTH:
            reason = "permission denied";
            break;
        case SQLITE_CANTOPEN:
            reason = "the file cannot be opened or created";
            break;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            reason = "another program kept the database locked";
            break;
        case SQLITE_IOERR:
            reason = "a disk input/output error";
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            reason = "the database file is damaged";
            break;
        case SQLITE_NOMEM:
            reason = "out of memory";
            break;
        default:
            return e.what();
    }
    return std::string(reason) + " (" + e.what() + ")";
}

bool is_permanent_failure(const sql::SqliteError& e) {
    switch (e.primary()) {
        case SQLITE_CONSTRAINT:
        case SQLITE_MISMATCH:
        case SQLITE_TOOBIG:
        case SQLITE_RANGE:
            return true;
        default:
            return false;
    }
}

bool needs_new_connection(const sql::SqliteError& e) {
    switch (e.primary()) {
        case SQLITE_READONLY:
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
            return true;
        default:
            return false;
    }
}

std::string read_only_message(const std::string& path) {
    return "The database " + path +
           " can only be read: the file, its folder or its disk does not allow writing. Make "
           "them writable (for example chmod u+w on the file and on its folder, or remount the "
           "disk read-write), then press Retry.";
}

}  // namespace statecraft
