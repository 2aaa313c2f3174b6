// The editor's recovery copy: while a bank has unsaved changes, a copy is written beside
// it (or where the caller says) at most once per interval, so a crash loses at most that
// much work. Time comes from the caller (now_ms), so tests need no clock.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/editor/editable_bank.h"

namespace statecraft {

// "<folder>/.<name>.recovery.json" for "<folder>/<name>.json"; for a bank not yet saved,
// "<fallback_folder>/.<bank id>.recovery.json" (hidden, so the bank list skips both).
std::filesystem::path recovery_path_for(const EditableBank& doc,
                                        const std::filesystem::path& fallback_folder);

class RecoveryWriter {
  public:
    RecoveryWriter(std::filesystem::path path, std::int64_t interval_ms = 60'000)
        : path_(std::move(path)), interval_ms_(interval_ms) {}

    // Call every frame: writes the copy (atomically) when the document is dirty, has changed
    // since the last copy, and interval_ms has passed since that copy (or since the first
    // unsaved change). Returns true when it wrote; false with error set when writing failed.
    bool tick(const EditableBank& doc, std::int64_t now_ms, std::string& error);

    // After a successful save or an explicit "discard changes": the copy is no longer needed.
    void discard();

    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
    std::int64_t interval_ms_;
    std::optional<std::int64_t> pending_since_ms_;
    std::optional<std::int64_t> last_write_ms_;
    std::uint64_t written_revision_ = UINT64_MAX;
};

// A recovery copy left by a crash, if there is one and it can be read.
std::optional<Bank> read_recovery(const std::filesystem::path& path);

}  // namespace statecraft
