// Where Statecraft keeps a student's data: the one database file and anything beside it.
#pragma once

#include <filesystem>
#include <optional>

namespace statecraft {

inline constexpr const char* kDatabaseFileName = "statecraft.db";

// override (--data-dir) when given; else $XDG_DATA_HOME/statecraft when XDG_DATA_HOME is an
// absolute path (the XDG spec says to ignore a relative one); else ~/.local/share/statecraft.
// Only computes the path: Store::open creates the folder.
std::filesystem::path data_dir(const std::optional<std::filesystem::path>& override = std::nullopt);

// data_dir / "statecraft.db".
std::filesystem::path database_path(const std::filesystem::path& data_dir);

}  // namespace statecraft
