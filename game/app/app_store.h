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

// The lock wait when writes run on the store writer's thread (app/store_writer.h): the frame
// never waits on it, but a read the UI needs waits for the write in hand, so it stays short.
// A write that meets a longer lock waits in memory and the writer retries it.
inline constexpr int kBackgroundBusyTimeoutMs = 5;

class AppStore {
  public:
    AppStore() = default;
    ~AppStore();  // closes the store, then removes the temporary folder if there is one
    AppStore(const AppStore&) = delete;
    AppStore& operator=(const AppStore&) = delete;

    std::unique_ptr<Store> store;      // always set after open (in memory if the file is unusable)
    std::vector<std::string> notices;  // for Home: a damaged file moved aside, why not saved

    // temporary: a new folder under the system's temp folder, removed at the end; it wins over
    // data_dir_override. background_writes: the store will be written by a StoreWriter thread.
    bool open(const std::optional<std::filesystem::path>& data_dir_override, bool temporary,
              std::function<std::int64_t()> wall_ms, std::string& error,
              bool background_writes = false);

  private:
    std::filesystem::path temp_dir_;
};

}  // namespace statecraft
