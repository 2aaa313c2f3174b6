#include "app/app_store.h"

#include <cstdlib>
#include <system_error>

#include "core/store/data_dir.h"

namespace statecraft {

AppStore::~AppStore() {
    store.reset();
    if (!temp_dir_.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(temp_dir_, ec);
    }
}

bool AppStore::open(const std::optional<std::filesystem::path>& data_dir_override, bool temporary,
                    std::function<std::int64_t()> wall_ms, std::string& error,
                    bool background_writes) {
    std::filesystem::path dir;
    if (temporary) {  // first: --data-dir names the user's real store, never a sample's
        std::error_code ec;
        std::string pattern = (std::filesystem::temp_directory_path(ec) / "statecraft-XXXXXX");
        if (!mkdtemp(pattern.data())) {
            error = "cannot create a temporary folder for the sample database";
            return false;
        }
        dir = temp_dir_ = pattern;
    } else if (data_dir_override) {
        dir = *data_dir_override;
    } else {
        dir = data_dir();
    }
    StoreOptions options;
    if (wall_ms) options.now_ms = std::move(wall_ms);
    // Another program's lock must not freeze the window: the write waits in memory instead.
    options.busy_timeout_ms =
        background_writes ? kBackgroundBusyTimeoutMs : kInteractiveBusyTimeoutMs;
    // Start-up never reads the whole file: after an unclean shutdown the check runs on the
    // store's worker thread once the first frame is drawn (run_app).
    options.defer_check = true;
    // The writer thread folds the totals when it has nothing else to do (StoreWriter::run).
    options.fold_when_idle = background_writes;
    OpenResult opened = Store::open(database_path(dir), options);
    notices = std::move(opened.notices);
    if (!opened.ok())
        notices.push_back("Scores cannot be saved for now: " + opened.error +
                          " Answers are kept until it works (Retry).");
    store = std::move(opened.store);
    return true;
}

}  // namespace statecraft
