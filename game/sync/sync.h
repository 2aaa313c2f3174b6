// `statecraft sync`: sends one profile's history from the local store to the school server.
//
// Offline-first: the local SQLite store stays the truth; sync only reads it (plus its cursor),
// so a server that is down costs nothing but a message. Append-only and idempotent: rows go
// through COPY into a temporary table and then INSERT ... ON CONFLICT (uuid) DO NOTHING, so a
// batch sent twice adds nothing. Resumable: each batch is one server transaction, and the
// cursor moves only after the server has committed it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/store/store.h"

namespace statecraft {

struct SyncRequest {
    std::string conninfo;   // libpq connection string or URI; empty: PG* variables, ~/.pgpass
    std::string profile;    // the local profile to send ("Classroom": the classroom games)
    std::string join_code;  // when set, join this class first
    std::int64_t batch_rows = 100'000;  // attempts per server transaction
    // Called after each committed batch (tests use it to interrupt a sync).
    std::function<void(std::int64_t attempts_sent)> on_batch;
};

struct SyncReport {
    bool ok = false;
    std::string message;  // the error, for the user; empty when ok
    std::string server;   // host:port, database, user
    std::string joined_class;
    std::int64_t sessions = 0, attempts_new = 0, attempts_sent = 0, cards = 0;
    std::int64_t classroom_games = 0, classroom_rows = 0;
};

SyncReport sync_to_server(Store& store, const SyncRequest& request);

}  // namespace statecraft
