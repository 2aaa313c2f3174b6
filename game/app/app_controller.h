// The app's state and the one place that changes it: screens return intents, apply() carries
// them out with the core (sessions, checking) and records what the window must do.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/bank_catalog.h"
#include "app/modes/progress/sync_job.h"
#include "app/score_recorder.h"
#include "core/session/clock.h"
#include "core/study/scheduler.h"
#include "ui/app_state.h"
#include "ui/intent.h"

namespace statecraft {

class Store;

struct ControllerOptions {
    std::optional<std::uint64_t> seed;    // first quiz's seed (then seed+1, ...); else random
    std::filesystem::path results_out;    // written when a quiz is finished, if set
    std::filesystem::path settings_file;  // scale and contrast changes saved here, if set
    // Scores and study cards are read from and saved to this store for this profile (nothing
    // is saved without both).
    Store* store = nullptr;
    std::string profile;
    // The app: writes run on the store writer's thread, so the frame never waits on the disk.
    // false (tests, samples on a still clock): each write runs at once, on this thread.
    bool background_writes = false;
    int new_cards_per_day = 20;
    double desired_retention = 0.9;
    // Unix milliseconds, for the score store and FSRS's calendar days. Unset: the system clock
    // and local days; set (tests, screenshots): that clock and UTC days, the same in every TZ.
    std::function<std::int64_t()> wall_ms;
    std::optional<BankSources> catalog;  // scanned again after the editor saves, if set
};

// What the frame loop must do after an intent (the window owns scale, contrast and quitting).
struct WindowRequests {
    bool quit = false;
    std::optional<float> ui_scale;
    std::optional<bool> high_contrast;
};

inline constexpr int kDefaultQuestionCount = 10;

class LiveHost;  // app/modes/live/live_host.h

class AppController {
  public:
    AppController(AppState state, const Clock& clock, ControllerOptions options);
    // The score recorder reads the wall clock through this object: it stays where it was made.
    AppController(const AppController&) = delete;
    AppController& operator=(const AppController&) = delete;

    const AppState& state() const { return state_; }
    // The live game's view for the projector, put here by the live host a few times a second
    // (and by the --screen samples), and the screen that shows it.
    void set_live_view(LiveUiState view, Screen screen = Screen::live_join);
    void apply(const Intent& intent);
    // Requests gathered since the last call.
    WindowRequests take_requests();

    // Quitting: every posted write reaches the store and the writer's thread ends; then the
    // caller closes the store (which writes what waits, or keeps it in a file).
    void finish_writes() { scores_.finish(state_.scores); }

    // The window's close button: false while the editor asks about unsaved changes.
    bool close_requested();

    // The number of questions the Home settings currently offer.
    int available_questions() const;

    // Once per frame: the exam's and the classroom game's clocks (time-up locks or hands in) and
    // the editor's recovery copy. True when something on screen changed.
    bool tick();
    // Seconds until the window must draw again by itself (a timer, a countdown), or nothing.
    std::optional<double> redraw_after_seconds() const;
    // The study settings in force (retention, new cards per day, the local day).
    StudySettings study_settings() const;

  private:
    void select_bank(int index);
    void clamp_count();
    void start_quiz(SessionMode mode = SessionMode::practice);  // practice or exam
    void record_attempt(int question_index);                    // to the score store
    void begin_session(QuizSession session);
    void enter_question();
    void next();
    void write_results();
    void persist_settings();
    std::uint64_t next_seed();

    void on(const intent::SelectBank& i);
    void on(const intent::ToggleCategory& i);
    void on(const intent::SetAllCategories& i);
    void on(const intent::SetQuestionCount& i);
    void on(const intent::SetShuffle& i);
    void on(const intent::StartQuiz&) { start_quiz(); }
    void on(const intent::ResumeQuiz&);
    // Practice answers: modes/practice/practice_controller.cpp.
    void on(const intent::ChooseChoice& i);
    void on(const intent::ChooseTruth& i);
    void on(const intent::SetMatch& i);
    void on(const intent::SetCursor& i);
    void on(const intent::MoveItem& i);
    void on(const intent::SetText& i);
    void on(const intent::SetMatrixCell& i);
    void on(const intent::Submit& i);
    void on(const intent::Next&) { next(); }
    void on(const intent::OverrideAnswer&);
    void on(const intent::OpenBriefing& i);
    void on(const intent::Back&);
    void on(const intent::GoHome&) { state_.screen = Screen::home; }
    void on(const intent::RetryMissed&);
    void on(const intent::SetUiScale& i);
    void on(const intent::SetHighContrast& i);
    void on(const intent::Quit&);
    // Profiles and Progress: modes/progress/progress_controller.cpp.
    void on(const intent::ChooseProfile& i);
    void on(const intent::CreateProfile& i);
    void on(const intent::OpenProgress&);
    void on(const intent::PractiseWeakest&);
    void on(const intent::RetryWrites&);
    void on(const intent::SyncNow&);  // modes/progress/sync_controller.cpp
    void on(const intent::Classroom& i);
    void on(const intent::Live& i);
    void on(const intent::Editor& i);
    void on(const std::monostate&) {}
    // Study modes: study_controller.cpp (review, confidence), exam_controller.cpp (exam).
    void on(const intent::OpenReview&);
    void on(const intent::SetNewCardsPerDay& i);
    void on(const intent::SetDesiredRetention& i);
    void on(const intent::StartReview& i);
    void on(const intent::SetConfidence& i);
    void on(const intent::OpenExam&);
    void on(const intent::SetExamPerQuestion& i);
    void on(const intent::SetExamMinutes& i);
    void on(const intent::StartExam&);
    void on(const intent::HandIn&);
    void on(const intent::Exam& i);  // exam_navigation.cpp
    std::int64_t wall_now_ms() const;
    void refresh_review_rows();
    void update_card_after_answer();  // after a practice or review answer
    void exam_submit();
    void enter_exam_question();      // the question shown now, with its kept draft
    void record_exam_answer(int i);  // when question i has just been answered
    void finish_exam_if_done();
    void persist_study_settings();
    void refresh_progress();
    bool tick_sync();  // the background sync's state into state_.scores.sync; true if changed

    bool answering() const;  // a question is shown and not yet submitted

    AppState state_;
    const Clock* clock_;
    ControllerOptions options_;
    WindowRequests requests_;
    std::uint64_t seed_;
    ScoreRecorder scores_;
    std::shared_ptr<LiveHost> live_host_;  // the live classroom's server, while a game is open
    SyncJob sync_job_;                     // last: stopped and joined before the rest goes
};

}  // namespace statecraft
