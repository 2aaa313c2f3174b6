// The app's side of the score database: the profile answers go to, and one quiz session at a
// time written as the student answers. Every result lands in ScoreState for the screens: an
// unsaved write sets write_problem (the quiz goes on; Retry calls flush), notices from the
// store are queued for Home.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/store/store.h"
#include "ui/progress/progress_page.h"

namespace statecraft {

class QuizSession;

class ScoreRecorder {
  public:
    // store may be null (no database: nothing is recorded). wall_ms: Unix time in ms.
    ScoreRecorder(Store* store, std::function<std::int64_t()> wall_ms);

    Store* store() const { return store_; }
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
    bool in_session() const { return key_.has_value(); }

    void retry(ScoreState& scores);  // Store::flush()
    // Each frame: what waits (a lock held by another program, a full disk) is tried again
    // about once a second, without waiting.
    void retry_due(ScoreState& scores);
    // Moves new store notices into scores.notices and refreshes pending/write_problem.
    void sync(ScoreState& scores);

  private:
    void note(ScoreState& scores, const WriteResult& result);
    void list_profiles(ScoreState& scores);

    Store* store_;
    std::function<std::int64_t()> wall_ms_;
    std::optional<SessionKey> key_;
};

// The profile to start with: the one remembered in the settings if it still exists, else the
// store's last used, else the first, else a new one named after the OS user (or "Student").
std::string initial_profile(Store& store, const std::string& remembered,
                            const std::string& os_user);

// $USER or $LOGNAME, if it makes a valid profile name; else "Student".
std::string default_profile_name();

}  // namespace statecraft
