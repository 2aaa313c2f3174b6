// The source text behind a bank, for the lint's copy check: source.text_file (format 1.1), a
// path relative to the bank's folder that must stay inside it, or a file named on the command
// line. Problems are warnings: the bank itself still loads and works without its source.
#pragma once

#include <filesystem>
#include <string>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"

namespace statecraft {

inline constexpr std::uintmax_t kMaxSourceTextBytes = 32u * 1024 * 1024;

// Reads the bank's source.text_file into text. False (and a warning at /source/text_file)
// when it is missing, absolute, outside the bank's folder, a symlink out of it, not UTF-8 or
// over 32 MiB; false without a warning when the bank names no text file.
bool load_bank_source_text(const Bank& bank, const std::filesystem::path& bank_path,
                           std::string& text, Diagnostics& out);

// Reads a UTF-8 text file of at most 32 MiB; false with the reason in error.
bool read_source_text(const std::filesystem::path& path, std::string& text, std::string& error);

}  // namespace statecraft
