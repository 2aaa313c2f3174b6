// The store's second connection, on its own thread, for the slow work that must not hold up
// the thread that writes (the UI's): the checkpoint that syncs finished sessions to the disk,
// and PRAGMA quick_check after an unclean shutdown. It only reads and checkpoints; every
// write stays with the Store's own connection.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace statecraft {

class StoreWorker {
  public:
    StoreWorker(std::filesystem::path db_file, std::string vfs);
    ~StoreWorker();  // finishes the work in hand, then closes its connection
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    // Asks for a passive checkpoint (the -wal synced, then copied into the file); returns at
    // once. Requests made while one runs are merged into the next.
    void request_checkpoint();
    // Starts PRAGMA quick_check of the whole file; returns at once.
    void start_quick_check();
    // The quick_check's verdict once it has finished ("ok" when sound), else nothing.
    std::optional<std::string> quick_check_result();
    // Waits for the quick_check started (for command-line tools and tests).
    std::string wait_quick_check();
    // Waits until no checkpoint is asked for or running (tests, close).
    void wait_idle();
    int checkpoints_done() const;

  private:
    void run();
    std::string quick_check();
    void checkpoint();

    std::filesystem::path db_file_;
    std::string vfs_;
    mutable std::mutex mutex_;
    std::condition_variable wake_, done_;
    bool stop_ = false;
    bool checkpoint_wanted_ = false;
    bool check_wanted_ = false;
    bool busy_ = false;
    std::optional<std::string> check_result_;
    int checkpoints_done_ = 0;
    std::thread thread_;  // last: starts once everything above is set
};

}  // namespace statecraft
