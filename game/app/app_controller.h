// The app's state and the one place that changes it: screens return intents; apply() routes
// each to its mode (app/modes/<mode>/apply_<mode>_command, with the shared Services), one line
// per mode, and Esc to what the screen table says it means on the screen shown.
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
#include "app/services.h"
#include "core/session/clock.h"
#include "core/study/scheduler.h"
#include "ui/app_state.h"
#include "ui/intent.h"

namespace statecraft {

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

    // Once per frame: the exam's and the classroom game's clocks (time-up locks or hands in) and
    // the editor's recovery copy. True when something on screen changed.
    bool tick();
    // Seconds until the window must draw again by itself (a timer, a countdown), or nothing.
    std::optional<double> redraw_after_seconds() const;
    // The study settings in force (retention, new cards per day, the local day).
    StudySettings study_settings() const;

  private:
    std::int64_t wall_now_ms() const { return statecraft::wall_now_ms(options_); }

    // One line each: Esc through the screen table, each mode to apply_<mode>_command.
    void on(const intent::Back&);
    void on(const std::monostate&) {}
    void on(const intent::Home& i);
    void on(const intent::Progress& i);
    void on(const intent::Practice& i);
    void on(const intent::Review& i);
    void on(const intent::Exam& i);
    void on(const intent::Classroom& i);
    void on(const intent::Live& i);
    void on(const intent::Editor& i);

    AppState state_;
    const Clock* clock_;
    ControllerOptions options_;
    WindowRequests requests_;
    std::uint64_t seed_;
    ScoreRecorder scores_;
    Services services_;                    // what the modes share: the members above
    std::shared_ptr<LiveHost> live_host_;  // the live classroom's server, while a game is open
    SyncJob sync_job_;                     // last: stopped and joined before the rest goes
};

}  // namespace statecraft
