// Helpers for store and stats tests: a fixed clock, small records (and support/scratch_dir.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/store/store.h"
#include "support/scratch_dir.h"

namespace statecraft::testing {

// 2024-05-10 12:00:00 UTC. Test stores count days in UTC so that no test depends on TZ.
std::int64_t test_now();
inline constexpr std::int64_t kDayMs = 86'400'000;

// Options with a clock reading *now (test_now() when null) and UTC days.
StoreOptions test_options(const std::int64_t* now = nullptr);

SessionStart test_start(const std::string& profile = "Ana", const std::string& bank = "test-bank",
                        std::int64_t at = test_now(), const std::string& mode = "practice");
AttemptRecord test_attempt(const std::string& question, double score, std::int64_t at = test_now(),
                           const std::string& category = "actors");

StoreCounts counts_of(Store& store);
// Every attempt of the profile, as the export reads them (fails the test if the read fails).
std::vector<AttemptExportRow> attempt_rows(Store& store, const std::string& profile = "Ana");
// Opens the file afresh (no moving aside) and runs PRAGMA integrity_check.
std::string integrity_of(const std::filesystem::path& db);
// Leaves the DB.open-PID marker of a process that is gone, as a crash or power loss does.
void mark_unclean_shutdown(const std::filesystem::path& db);
std::string read_bytes(const std::filesystem::path& file);
void write_bytes(const std::filesystem::path& file, const std::string& bytes);

}  // namespace statecraft::testing
