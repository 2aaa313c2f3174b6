#include "app/results_store.h"

#include <ostream>

#include "core/store/data_dir.h"

namespace statecraft {

bool no_results_yet(const GlobalOptions& global) {
    std::optional<std::filesystem::path> dir;
    if (!global.data_dir.empty()) dir = global.data_dir;
    std::error_code ec;
    return !std::filesystem::exists(database_path(data_dir(dir)), ec) && !ec;
}

std::unique_ptr<Store> open_results_store(const GlobalOptions& global, std::ostream& err,
                                          StoreAccess access) {
    std::optional<std::filesystem::path> dir;
    if (!global.data_dir.empty()) dir = global.data_dir;
    StoreOptions options;
    options.create = false;
    options.read_only = access == StoreAccess::read_only;
    OpenResult opened = Store::open(database_path(data_dir(dir)), options);
    for (const std::string& notice : opened.notices) err << "note: " << notice << "\n";
    if (!opened.ok()) {
        err << "error: " << opened.error << "\n";
        return nullptr;
    }
    return std::move(opened.store);
}

std::optional<std::string> choose_profile(Store& store, const std::string& asked,
                                          std::ostream& err) {
    std::vector<ProfileInfo> profiles;
    std::string error;
    if (!store.list_profiles(profiles, error)) {
        err << "error: " << error << "\n";
        return std::nullopt;
    }
    if (asked.empty()) {
        if (auto last = store.last_profile()) return last;
        err << "error: there is no profile yet in " << store.path().string()
            << ": answer some questions in the app first.\n";
        return std::nullopt;
    }
    if (auto found = store.find_profile(asked)) return found->name;
    err << "error: No profile named \"" << asked << "\".";
    if (!profiles.empty()) {
        err << " Profiles:";
        for (std::size_t i = 0; i < profiles.size(); ++i)
            err << (i ? ", " : " ") << profiles[i].name;
        err << ".";
    }
    err << "\n";
    return std::nullopt;
}

}  // namespace statecraft
