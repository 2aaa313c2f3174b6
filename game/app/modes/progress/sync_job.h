// The Progress screen's Sync button: `statecraft sync` of one profile on a thread of its own,
// so that a slow or unreachable server never holds a frame. The thread opens its own connection
// to the score database (a Store is not shared between threads); the app's writes go on as
// usual beside it (WAL), and the sync only reads them and moves its cursor.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>

#include "ui/progress/sync_status.h"

namespace statecraft {

// While a sync runs, the window redraws this often to show its progress.
inline constexpr double kSyncRedrawSeconds = 0.25;

struct SyncJobRequest {
    std::filesystem::path database;  // the score database file the app writes to
    std::string profile;
    // libpq connection string; empty: the PG* variables and ~/.pgpass, as `statecraft sync`.
    std::string conninfo;
    std::int64_t batch_rows = 20'000;  // answers per server transaction: progress shows per batch
};

// The connection string the thread uses: conninfo with connect_timeout=10 added when neither it
// nor PGCONNECT_TIMEOUT sets one, so an unreachable server fails in seconds, not minutes.
std::string sync_conninfo_with_timeout(const std::string& conninfo);

class SyncJob {
  public:
    SyncJob() = default;
    ~SyncJob();  // asks a running sync to stop after its batch and waits for it
    SyncJob(const SyncJob&) = delete;
    SyncJob& operator=(const SyncJob&) = delete;

    // Starts a sync unless one is running (then returns false).
    bool start(SyncJobRequest request);
    bool running() const { return running_; }
    // Running, or finished with a state not yet polled: the window must keep drawing.
    bool pending() const;
    // Copies the state into out; true when it changed since the last call.
    bool poll(SyncStatus& out);
    // Waits for the thread (tests; the destructor).
    void wait();

  private:
    void run(SyncJobRequest request);
    void set(const SyncStatus& status);

    std::thread thread_;
    std::atomic<bool> running_{false};
    std::atomic<bool> stop_{false};
    mutable std::mutex mutex_;
    SyncStatus status_;
    std::uint64_t version_ = 0, seen_ = 0;
};

}  // namespace statecraft
