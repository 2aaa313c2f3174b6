// Stores a live game's scored questions through the app's one store writer (app/store_writer.h):
// each question whose answers locked is posted as a job, so the frame never takes the writer's
// lease and never waits on a busy writer or the disk. A question the store could not take now
// (a lock held by another program, a full disk) waits here and is posted again about once a
// second. The jobs run in order on the writer's thread and are the only ones to touch the
// game's session id; the journal hears of each stored question, and once the game is closed
// and everything is stored, the journal goes.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "app/store_writer.h"
#include "core/store/live_store.h"

namespace statecraft {

class LiveJournalWriter;

class LiveRoundSaver {
  public:
    using Post = std::function<void(StoreWriter::Job)>;
    static constexpr std::int64_t kRetryMs = 1000;

    // post empty: no store (nothing is kept). journal may be null.
    LiveRoundSaver(Post post, std::shared_ptr<LiveJournalWriter> journal);
    ~LiveRoundSaver();  // close()

    // A question whose answers are final: posted at once.
    void add(LiveRoundSave save, std::int64_t now_ms);
    // Each frame: what the store refused for now is posted again when due.
    void frame(std::int64_t now_ms);
    // Why the last write failed, once ("" when there is nothing new to say).
    std::string take_message();
    // The game is closed: the journal is removed once every question is stored (now or when
    // the last job ends); if some could not be, it stays for the next start to recover.
    void close();

  private:
    struct Shared {
        std::mutex mutex;
        std::deque<LiveRoundSave> waiting;  // in game order
        bool posted = false;                // a job is queued or running
        bool closed = false;
        std::string message;
        std::int64_t session_id = 0;  // the jobs' own (they run one at a time, in order)
        std::shared_ptr<LiveJournalWriter> journal;
    };
    static WriteResult save_waiting(Shared& shared, Store& store);
    static void end_journal(std::unique_lock<std::mutex>& lock, Shared& shared);
    void post_job();

    Post post_;
    std::shared_ptr<Shared> shared_ = std::make_shared<Shared>();
    std::int64_t last_post_ms_ = 0;
};

}  // namespace statecraft
