#include "app/run_app.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <utility>

#include "app/app_controller.h"
#include "app/app_look.h"
#include "app/app_store.h"
#include "app/bank_catalog.h"
#include "app/modes/live/live_recovery.h"
#include "app/modes/review/study_sample.h"
#include "app/paths.h"
#include "app/quit_signals.h"
#include "core/settings/settings.h"
#include "core/store/data_dir.h"
#include "core/store/store.h"
#include "platform/app_window.h"
#include "ui/screens.h"

namespace statecraft {

namespace {

// One frame: the clocks, the screen, its intent, and what the window must do.
FrameStatus run_frame(AppController& controller) {
    FrameStatus status;
    if (quit_signal_received()) {  // no question asked: the session writes what it can
        status.quit = true;
        return status;
    }
    controller.tick();  // the exam's clock: time-up hands in
    const Intent intent =
        draw_app(controller.state(), current_look(controller.state().view.high_contrast));
    controller.apply(intent);
    WindowRequests requests = controller.take_requests();
    status.quit = requests.quit;
    status.set_ui_scale = requests.ui_scale;
    status.set_high_contrast = requests.high_contrast;
    // The state changed after this frame was laid out: draw it once more.
    status.animating = has_intent(intent);
    if (auto after = controller.redraw_after_seconds())
        status.redraw_after_seconds = static_cast<float>(*after);
    // Writes on their way or the file's check running: show how they end soon.
    if (controller.state().scores.writing)
        status.redraw_after_seconds = std::min(status.redraw_after_seconds.value_or(1.f), .1f);
    // Answers waiting (a lock, a full disk): come back to retry them even while idle.
    if (controller.state().scores.pending > 0)
        status.redraw_after_seconds = std::min(status.redraw_after_seconds.value_or(1.f), 1.f);
    return status;
}

// The window: its size and look from the options and the app, closing through the editor's
// unsaved-changes question, woken by a quit signal.
WindowOptions window_options_for(const AppOptions& options, AppController& controller) {
    WindowOptions window_options;
    window_options.title = "Statecraft";
    window_options.width = options.width;
    window_options.height = options.height;
    window_options.ui_scale = controller.state().view.ui_scale;
    window_options.high_contrast = controller.state().view.high_contrast;
    window_options.screenshot_path = options.screenshot;
    window_options.keyboard_navigation = true;
    window_options.on_close_requested = [&controller] { return controller.close_requested(); };
    window_options.wake_requested = [] { return quit_signal_received() != 0; };
    return window_options;
}

// Where the banks are: shipped, the user's own (in the data folder: --data-dir moves them with
// the scores) and --bank.
BankSources bank_sources(const AppOptions& options) {
    const std::filesystem::path banks_dir =
        options.data_dir ? *options.data_dir / "banks" : user_banks_dir();
    const BankSources sources{shipped_questions_dir(), banks_dir, options.bank};
    if (sources.shipped.empty())
        std::cerr << "warning: the shipped banks were not found (looked in "
                     "<program>/../share/statecraft and $XDG_DATA_DIRS/statecraft); reinstall "
                     "statecraft or set STATECRAFT_QUESTIONS\n";
    return sources;
}

// The score database (samples: a temporary one) and its notices, shown on Home and printed.
bool open_scores(AppStore& scores, const AppOptions& options,
                 const std::function<std::int64_t()>& wall_ms, AppState& state) {
    const bool sample = options.screen.has_value();
    std::string store_error;
    if (!scores.open(options.data_dir, sample, wall_ms, store_error,
                     /*background_writes=*/!sample)) {
        std::cerr << "error: " << store_error << '\n';
        return false;
    }
    // Answers of a live game that did not close normally (app/modes/live/live_recovery.h).
    if (!sample)
        for (std::string& note : recover_live_journals(*scores.store))
            scores.notices.push_back(std::move(note));
    for (const std::string& notice : scores.notices) std::cerr << "note: " << notice << '\n';
    state.scores.notices = scores.notices;
    return true;
}

// --screen: the sample state of that screen, driven through the controller as a user would.
bool drive_to_screen(AppController& controller, ManualClock& still, const AppOptions& options,
                     Store* store) {
    SampleOptions sample_options{*options.screen, options.question_id, options.submitted};
    sample_options.store = store;
    std::string error = is_study_screen(*options.screen)
                            ? drive_to_study_sample(controller, still, *options.screen)
                            : drive_to_sample(controller, still, sample_options);
    if (!error.empty()) std::cerr << "error: " << error << '\n';
    return error.empty();
}

// The window, or null (the reason printed).
std::unique_ptr<AppWindow> open_window(const AppOptions& options, AppController& controller) {
    const WindowOptions window_options = window_options_for(options, controller);
    install_quit_signals();
    try {
        return std::make_unique<AppWindow>(window_options);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return nullptr;
    }
}

}  // namespace

int run_app(const AppOptions& options) {
    std::error_code ec;
    if (options.bank && !std::filesystem::is_regular_file(*options.bank, ec)) {
        std::cerr << options.bank->string() << ": error: no such bank file\n";
        return 2;
    }
    const bool screenshot = !options.screenshot.empty();
    const std::filesystem::path settings_file = settings::settings_path();
    settings::SettingsLoadResult loaded = settings::load_settings(settings_file);
    for (const std::string& warning : loaded.warnings) std::cerr << warning << '\n';

    const BankSources sources = bank_sources(options);
    AppState state;
    scan_banks(state.home, sources);
    state.view.ui_scale = std::clamp(options.scale.value_or(loaded.settings.ui_scale),
                                     settings::kMinUiScale, settings::kMaxUiScale);
    state.view.high_contrast = loaded.settings.high_contrast;
    if (options.bank && state.home.selected < 0) {
        // Listed among the broken banks on Home; a screenshot of a quiz cannot be made.
        std::cerr << options.bank->string()
                  << ": error: the bank has errors (see `statecraft validate "
                  << options.bank->string() << "`)\n";
        if (screenshot && options.screen && *options.screen != Screen::home) return 1;
    }

    // Screenshots run on a still clock so the same command gives the same picture.
    SteadyClock steady;
    // Study samples need real calendar days (FSRS): their still clock reads Unix time.
    const bool study_sample = options.screen && is_study_screen(*options.screen);
    ManualClock still(study_sample ? kSampleStartMs : 0);
    const Clock& clock = screenshot ? static_cast<const Clock&>(still) : steady;
    ControllerOptions controller_options;
    controller_options.seed = options.seed;
    if (!options.seed && options.screen) controller_options.seed = 1;
    controller_options.results_out = options.results_out;
    controller_options.catalog = sources;
    if (!screenshot) controller_options.settings_file = settings_file;
    controller_options.new_cards_per_day = loaded.settings.new_cards_per_day;
    controller_options.desired_retention = loaded.settings.desired_retention;

    // Scores: samples (--screen) always write to a temporary database, even with --data-dir,
    // on a fixed wall clock so screenshots repeat.
    const bool sample = options.screen.has_value();
    if (sample && !study_sample)
        controller_options.wall_ms = [&still] { return kSampleWallMs + still.now_ms(); };
    if (study_sample) controller_options.wall_ms = [&still] { return still.now_ms(); };
    AppStore scores;
    if (!open_scores(scores, options, controller_options.wall_ms, state)) return 1;
    controller_options.store = scores.store.get();
    // Samples run on a still clock, shared with the writes: they stay on this thread.
    controller_options.background_writes = !sample;
    controller_options.profile =
        sample
            ? std::string("Ana")
            : initial_profile(*scores.store, loaded.settings.last_profile, default_profile_name());
    AppController controller(std::move(state), clock, controller_options);

    if (options.screen && !drive_to_screen(controller, still, options, scores.store.get()))
        return 1;

    std::unique_ptr<AppWindow> window = open_window(options, controller);
    if (!window) return 1;
    // After an unclean shutdown the whole file is checked off this thread (the store writer
    // starts it; the store reads meanwhile, answers wait in memory).
    const int exit_code = window->run([&controller] { return run_frame(controller); });
    window.reset();
    // The normal end, also after SIGTERM/SIGINT/SIGHUP: what waits is written or kept in a file.
    controller.finish_writes();
    if (std::string kept = scores.store->close(); !kept.empty())
        std::cerr << "note: " << kept << '\n';
    if (int sig = quit_signal_received()) std::cerr << "Statecraft quit on signal " << sig << ".\n";
    return exit_code;
}

}  // namespace statecraft
