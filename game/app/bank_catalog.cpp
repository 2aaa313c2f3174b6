#include "app/bank_catalog.h"

#include <algorithm>
#include <set>

#include "core/bank/bank_loader.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

std::string key_of(const fs::path& p) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(p, ec);
    return (ec ? p : canonical).string();
}

}  // namespace

void scan_banks(HomeState& home, const BankSources& sources) {
    home.banks.clear();
    home.broken.clear();
    home.selected = -1;
    home.user_folder = sources.user;
    std::set<std::string> seen;
    auto add = [&](LoadedBank loaded, const char* origin) {
        if (!seen.insert(key_of(loaded.path)).second) return false;
        BankEntry entry{origin, std::make_shared<const LoadedBank>(std::move(loaded))};
        bool ok = entry.loaded->ok();
        (ok ? home.banks : home.broken).push_back(std::move(entry));
        return ok;
    };
    std::error_code ec;
    if (sources.extra) {
        if (add(load_bank_file(*sources.extra), "Command line")) home.selected = 0;
    }
    if (!sources.shipped.empty() && fs::is_directory(sources.shipped, ec))
        for (LoadedBank& b : load_bank_folder(sources.shipped)) add(std::move(b), "Shipped");
    if (!sources.user.empty() && fs::is_directory(sources.user, ec))
        for (LoadedBank& b : load_bank_folder(sources.user)) add(std::move(b), "Yours");
    // The examples (about the file format) are for authors: listed after the real banks, so
    // that a first launch lands on a bank a student can learn from.
    const auto first = home.banks.begin() + (home.selected == 0 ? 1 : 0);
    std::stable_partition(first, home.banks.end(),
                          [](const BankEntry& e) { return !is_example_bank(e.loaded->path); });
    if (home.selected < 0 && !home.banks.empty()) home.selected = 0;
}

bool is_example_bank(const fs::path& path) {
    return path.parent_path().filename() == "examples";
}

}  // namespace statecraft
