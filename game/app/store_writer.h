// The app's one writer to the score database (issue 20: the UI never waits on the disk). Writes
// are posted as jobs to a bounded queue and run in order on one worker thread, so a lock held
// by another program or a slow disk costs the frame loop nothing. The Store itself is not
// thread-safe: every use goes through this class, jobs on the worker, reads on the UI thread
// through a StoreLease, which first lets every posted job reach the store (a read sees the
// writes made before it, e.g. Progress right after a session ends).
//
// Inline mode (tests, --screen samples on a still clock) runs each job at once on the calling
// thread: the same order and results, no thread. The worker folds the totals in its idle time
// (a store opened with StoreOptions::fold_when_idle), so no job waits for a fold.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/store/store.h"

namespace statecraft {

// The Store, locked for the UI thread until this object goes (null without a store).
class StoreLease {
  public:
    StoreLease() = default;
    StoreLease(Store* store, std::unique_lock<std::mutex> lock)
        : store_(store), lock_(std::move(lock)) {}
    Store* get() const { return store_; }
    Store* operator->() const { return store_; }
    Store& operator*() const { return *store_; }
    explicit operator bool() const { return store_ != nullptr; }

  private:
    Store* store_ = nullptr;
    std::unique_lock<std::mutex> lock_;
};

// What the writer has to say to the UI, as of its last job or retry.
struct WriterStatus {
    std::size_t queued = 0;         // jobs posted but not yet handed to the store
    std::size_t store_pending = 0;  // writes the store keeps in memory (lock, full disk)
    std::string problem;            // why writes wait; empty when everything is saved
    bool checking = false;          // the store's deferred quick_check is still running
    std::vector<std::string> notices;
};

class StoreWriter {
  public:
    using Job = std::function<WriteResult(Store&)>;
    static constexpr std::size_t kDefaultCapacity = 1024;
    // How often the idle worker retries writes the store keeps (Store::retry_due paces them).
    static constexpr std::chrono::milliseconds kIdlePoll{50};

    // store must outlive this object (null: every post is accepted and nothing is written).
    StoreWriter(Store* store, bool background, std::size_t capacity = kDefaultCapacity);
    ~StoreWriter();  // stop()
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    bool background() const { return thread_.joinable(); }
    // Queues the job (moved from job) and returns true; false, leaving job as it was, while
    // the queue is full. After stop(), and in inline mode, the job runs at once.
    bool try_post(Job& job);
    // Waits until every posted job has run (reaching the database or the store's own queue).
    void settle();
    // settle(), then the store for the calling thread.
    StoreLease read();
    // The status, with the notices gathered since the last call.
    WriterStatus take_status();
    // Inline mode, once a frame: retries what the store keeps (the worker does it by itself).
    void pump();
    // Runs what is queued, then ends the thread; later posts run inline. Idempotent.
    void stop();

  private:
    void run();
    void run_job(const Job& job);
    void retry_waiting();
    void fold_when_idle();  // the totals' fold, off every write's path (StoreOptions)
    void publish(const WriteResult* result);  // store mutex held

    Store* store_;
    std::size_t capacity_;
    std::mutex store_mutex_;  // the Store: jobs, retries, leases
    std::mutex queue_mutex_;  // jobs_, busy_, stop_, status_
    std::condition_variable wake_, settled_;
    std::deque<Job> jobs_;
    bool busy_ = false;  // a job taken from jobs_ is running
    bool stop_ = false;
    WriterStatus status_;
    // The UI waits for a lease: the idle worker starts no retry (a lock wait) meanwhile.
    std::atomic<int> readers_waiting_{0};
    std::thread thread_;  // last: starts once everything above is set
};

}  // namespace statecraft
