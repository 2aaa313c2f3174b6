// Writes a file so that a crash or power cut leaves either the old file or the new one,
// never half of either: temporary file beside it, flush, fsync, rename.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace statecraft::io {

// Returns false and a message a person can act on ("disk full", "permission denied").
bool write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           std::string& error);

}  // namespace statecraft::io
