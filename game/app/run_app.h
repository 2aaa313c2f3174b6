// The desktop app: `statecraft` with no subcommand.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/sample_state.h"

namespace statecraft {

struct AppOptions {
    std::optional<std::filesystem::path> bank;      // --bank FILE: offered first and selected
    std::optional<Screen> screen;                   // --screen: open there with a sample state
    std::optional<float> scale;                     // --scale: this run only (not saved)
    unsigned width = 1280, height = 720;            // --window-size WxH: the window's size
    std::filesystem::path screenshot;               // --screenshot OUT.png: save one frame, exit
    std::filesystem::path results_out;              // --results-out FILE.json
    std::optional<std::uint64_t> seed;              // --seed N
    std::string question_id;                        // --question ID (with --screen practice)
    bool submitted = false;                         // --submitted (with --screen practice)
    std::optional<std::filesystem::path> data_dir;  // --data-dir: statecraft.db, banks/
};

// Returns the exit code: 0, 1 when the window or the screenshot fails, 2 for bad arguments.
int run_app(const AppOptions& options);

}  // namespace statecraft
