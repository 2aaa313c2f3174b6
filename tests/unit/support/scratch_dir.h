// A per-test scratch folder: every test that writes files gets a fresh one, never a fixed
// name under /tmp, so tests can run in parallel and leave nothing behind.
#pragma once

#include <filesystem>

namespace statecraft::testing {

// A fresh folder under $TMPDIR (or /tmp), removed with everything in it at the end.
class ScratchDir {
  public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path db() const { return path_ / "statecraft.db"; }

  private:
    std::filesystem::path path_;
};

}  // namespace statecraft::testing
