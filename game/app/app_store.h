// The score database the app writes to: $XDG_DATA_HOME/statecraft/statecraft.db, --data-dir,
// or, for --screen samples (even with --data-dir), a fresh database in a temporary folder, so
// a screenshot never writes its sample profile and sessions into anyone's history.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/store/store.h"

namespace statecraft {

class AppStore {
  public:
    AppStore() = default;
    ~AppStore();  // closes the store, then removes the temporary folder if there is one
    AppStore(const AppStore&) = delete;
    AppStore& operator=(const AppStore&) = delete;

    std::unique_ptr<Store> store;      // always set after open (in memory if the file is unusable)
    std::vector<std::string> notices;  // for Home: a damaged file moved aside, why not saved

    // temporary: a new folder under the system's temp folder, removed at the end; it wins over
    // data_dir_override.
    bool open(const std::optional<std::filesystem::path>& data_dir_override, bool temporary,
              std::function<std::int64_t()> wall_ms, std::string& error);

  private:
    std::filesystem::path temp_dir_;
};

}  // namespace statecraft
