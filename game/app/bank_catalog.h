// Finds the banks the Home screen offers: the shipped questions/ folder, the student's own
// folder, and a file named on the command line; broken ones are kept with their errors.
#pragma once

#include <filesystem>
#include <optional>

#include "ui/app_state.h"

namespace statecraft {

struct BankSources {
    std::filesystem::path shipped;               // questions/
    std::filesystem::path user;                  // $XDG_DATA_HOME/statecraft/banks
    std::optional<std::filesystem::path> extra;  // --bank FILE: listed first and selected
};

// Fills home.banks, home.broken, home.user_folder and home.selected (the extra file when it
// loaded, else the first bank). A file found twice (the extra one inside questions/) is listed
// once. Missing folders are fine: they just add nothing.
void scan_banks(HomeState& home, const BankSources& sources);

// A bank in an "examples" folder (the shipped format examples): listed last on Home.
bool is_example_bank(const std::filesystem::path& path);

}  // namespace statecraft
