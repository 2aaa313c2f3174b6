// Keeping a damaged database and carrying what can still be read into a fresh one
// (internal to core/store; Store::connect uses it).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace statecraft {

// The files of a database as found before SQLite touched them: the -shm (rewritten by any
// connection that opens the file) is read into memory first so the copy aside is exact.
struct FoundFiles {
    std::optional<std::string> shm;  // the -shm's bytes, when there was one
};
FoundFiles remember_found_files(const std::filesystem::path& db);

// A free name PATH.corrupt-YYYYmmdd-HHMMSS (or -2, -3 ...) for a damaged file and its logs.
std::filesystem::path aside_name(const std::filesystem::path& db, std::int64_t now_ms);

// Copies the file, its -wal and its -shm (from `found` when remembered) to `aside`, byte for
// byte. On failure nothing is left at `aside`.
bool copy_aside(const std::filesystem::path& db, const std::filesystem::path& aside,
                const FoundFiles& found, std::string& error);

struct SalvageCounts {
    std::int64_t profiles = 0, sessions = 0, attempts = 0, cards = 0, classroom_rows = 0;
    std::int64_t rows_lost_ranges = 0;  // stretches of unreadable rows skipped
};

// Reads, table by table and row by row, what is still readable in `damaged` (opened
// read-only) into a new database at `fresh` made by the migrations. Rows that refer to a lost
// profile or session get a stand-in ("Recovered profile 3") so nothing readable is dropped.
// False with error when the fresh database could not be written (it is removed then).
bool salvage_rows(const std::filesystem::path& damaged, const std::filesystem::path& fresh,
                  SalvageCounts& counts, std::string& error);

// "Recovered 60 attempts, 6 sessions and 49 review cards"
std::string describe_salvage(const SalvageCounts& counts);

}  // namespace statecraft
