// Appends lines to a live game's journal on its own thread: the UI thread only queues them.
// The thread writes what has queued (small batches: a burst of answers is one write) and
// flushes it to the disk (fdatasync) before taking the next batch.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace statecraft {

class LiveJournalWriter {
  public:
    // Creates the file (and its folder) with its first line; null with error when it cannot.
    static std::unique_ptr<LiveJournalWriter> create(const std::filesystem::path& file,
                                                     const std::string& first_line,
                                                     std::string& error);
    ~LiveJournalWriter();  // writes what is queued, then closes
    LiveJournalWriter(const LiveJournalWriter&) = delete;
    LiveJournalWriter& operator=(const LiveJournalWriter&) = delete;

    void append(std::string line);
    // Waits until everything queued is on disk (tests, and before removing the file).
    void flush();
    // Why the last write failed, or "" (the UI shows it; the game goes on).
    std::string problem() const;
    const std::filesystem::path& file() const { return file_; }

  private:
    LiveJournalWriter(std::filesystem::path file, int fd);
    void run();

    std::filesystem::path file_;
    int fd_ = -1;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable written_;
    std::vector<std::string> queue_;
    std::size_t queued_ = 0, done_ = 0;  // lines ever queued / ever written
    bool stopping_ = false;
    std::string problem_;
    std::thread thread_;
};

}  // namespace statecraft
