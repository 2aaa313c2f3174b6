// The app's side of the score database: the profile answers go to, and one quiz session at a
// time written as the student answers. Writes go to the StoreWriter (in the background in the
// app: the frame never waits on the disk); reads take a StoreLease. Every result lands in
// ScoreState for the screens: an unsaved write sets write_problem (the quiz goes on; Retry
// calls flush), notices from the store are queued for Home. Nothing posted is dropped: while
// the writer's queue is full, jobs wait here and are handed over on the next frame.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>

#include "app/store_writer.h"
#include "core/store/store.h"
#include "ui/progress/progress_page.h"

namespace statecraft {

class QuizSession;

class ScoreRecorder {
  public:
    // store may be null (no database: nothing is recorded). wall_ms: Unix time in ms, read on
    // this thread only. background: writes run on the writer's thread (the app); else inline.
    ScoreRecorder(Store* store, std::function<std::int64_t()> wall_ms, bool background = false,
                  std::size_t capacity = StoreWriter::kDefaultCapacity);
    ~ScoreRecorder();  // every write posted reaches the store first
    ScoreRecorder(const ScoreRecorder&) = delete;
    ScoreRecorder& operator=(const ScoreRecorder&) = delete;

    bool has_store() const { return store_ != nullptr; }
    // The store for reading (and the rare synchronous write), once every posted write is in.
    StoreLease read();
    // A write in order with the answers (a review card, a classroom game).
    void post(StoreWriter::Job job);
    std::int64_t now_ms() const { return wall_ms_(); }

    // Lists the profiles and makes `profile` the current one (created if needed).
    void start(ScoreState& scores, const std::string& profile);
    void choose_profile(ScoreState& scores, const std::string& name);
    // Rejects a taken or bad name (scores.profile_message says why); else chooses it.
    void create_profile(ScoreState& scores, const std::string& name);

    // The session's bank and mode come from its origin.
    void begin_session(ScoreState& scores, const QuizSession& session);
    // An attempt of that session (core/store/quiz_records.h), stamped with the time now.
    void record_attempt(ScoreState& scores, AttemptRecord attempt);
    // unanswered: an exam's questions left without an answer at hand-in.
    void end_session(ScoreState& scores, double score, double max_score,
                     std::optional<int> unanswered = std::nullopt);
    // "I was right" on this session's latest attempt at the question (Store::override_attempt).
    void override_attempt(ScoreState& scores, const std::string& question_id);
    bool in_session() const { return in_session_; }

    void retry(ScoreState& scores);  // Store::flush()
    // Each frame: what waits (a lock held by another program, a full disk) is tried again
    // about once a second, without waiting (by the writer's thread in the background), and
    // the writer's news reach the screens (sync).
    void retry_due(ScoreState& scores);
    // Moves new store notices into scores.notices and refreshes pending/write_problem.
    void sync(ScoreState& scores);
    // Waits until every posted write has reached the store, then sync (Quit asks first).
    void settle(ScoreState& scores);
    // Quitting: every posted write reaches the store, then the writer's thread ends; the
    // caller then closes the store (which writes what waits or keeps it in a file).
    void finish(ScoreState& scores);

  private:
    void hand_over();  // held_ to the writer, as far as its queue takes them
    void list_profiles(ScoreState& scores);

    Store* store_;
    std::function<std::int64_t()> wall_ms_;
    bool in_session_ = false;
    // The session's key, set and read by the writer's jobs only (they run in order).
    std::optional<SessionKey> writer_key_;
    std::deque<StoreWriter::Job> held_;  // posted while the writer's queue was full
    StoreWriter writer_;                 // last: its thread stops before the rest goes
};

// The profile to start with: the one remembered in the settings if it still exists, else the
// store's last used, else the first, else a new one named after the OS user (or "Student").
std::string initial_profile(Store& store, const std::string& remembered,
                            const std::string& os_user);

// $USER or $LOGNAME, if it makes a valid profile name; else "Student".
std::string default_profile_name();

}  // namespace statecraft
