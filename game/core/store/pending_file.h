// Writes still waiting in memory when the program must quit (the disk refused them), kept in
// a small JSON file that the next start reads back and writes to the database.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/store/pending_writes.h"

namespace statecraft {

// A session the waiting writes refer to: what started it and, once written, its row ids (so
// the next start adds to that row instead of making a second one).
struct PendingSession {
    std::int64_t key = 0;
    SessionStart start;
    std::int64_t db_id = 0;
    std::int64_t profile_id = 0;
};

struct PendingSnapshot {
    std::vector<PendingSession> sessions;
    std::vector<PendingOp> ops;
};

// DB.pending.json beside the database, and a fallback under the temp folder (named after the
// database's full path) for when the database's folder cannot be written either.
std::vector<std::filesystem::path> pending_file_candidates(const std::filesystem::path& db);

// Writes the snapshot to the first candidate that takes it (atomically: a temp file renamed).
// Returns the file written, or empty with error.
std::filesystem::path save_pending_file(const std::filesystem::path& db,
                                        const PendingSnapshot& snapshot, std::string& error);

// Reads one file; false with error when it is not a pending-writes file of ours.
bool load_pending_file(const std::filesystem::path& file, PendingSnapshot& out, std::string& error);

}  // namespace statecraft
