// Home's state: the banks found (and the broken ones), the chosen bank's categories, the
// question count and shuffle, and why the last Start failed.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/bank/bank_loader.h"

namespace statecraft {

// One bank file the app found.
struct BankEntry {
    std::string origin;                        // "Shipped", "Yours", "Command line"
    std::shared_ptr<const LoadedBank> loaded;  // path, bank, diagnostics
    std::shared_ptr<const Bank> bank() const;  // shares ownership with loaded
};

struct HomeState {
    std::vector<BankEntry> banks;         // loaded without errors
    std::vector<BankEntry> broken;        // with their errors
    int selected = -1;                    // index into banks, -1 when there are none
    std::vector<std::string> categories;  // chosen category ids of the selected bank
    int question_count = 10;
    bool count_chosen = false;  // the student set the count: it carries over to another bank
    std::string settings_bank;  // id of the bank the categories and count were chosen for
    bool shuffle = true;
    std::string message;                // why the last Start failed, or empty
    std::filesystem::path user_folder;  // where a student's own banks go
};

}  // namespace statecraft
