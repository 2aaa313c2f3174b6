// What every mode shares, handed to each mode's apply_<mode>_command: the clocks, the seed
// source, the score recorder (and through it the store's lease), the options (files, bank
// catalog) and the window's requests. The app controller owns them; the modes borrow them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "app/bank_catalog.h"
#include "app/score_recorder.h"
#include "core/session/clock.h"

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

// Unix milliseconds: the options' injected clock, else the system's.
std::int64_t wall_now_ms(const ControllerOptions& options);

struct Services {
    const Clock& clock;                // the session clock: answer times, the exam's limit
    const ControllerOptions& options;  // files, the store and profile, the bank catalog
    ScoreRecorder& scores;             // answers and cards to the store; its read lease
    WindowRequests& requests;
    std::uint64_t& seed;  // the next session's seed

    std::uint64_t next_seed() { return seed++; }
    std::int64_t wall_now_ms() const { return statecraft::wall_now_ms(options); }
};

}  // namespace statecraft
