// Loading banks from files and folders, with the limits checked before the work they guard.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"

namespace statecraft {

inline constexpr std::uintmax_t kMaxBankBytes = 32u * 1024 * 1024;

struct LoadedBank {
    std::filesystem::path path;
    Bank bank;
    Diagnostics diagnostics;
    std::string
        content_hash;  // content_hash_hex of the file's bytes; changes when the bank changes
    bool ok() const { return !has_errors(diagnostics); }
};

// Reads, parses and validates one file. Never throws; every problem is a diagnostic.
LoadedBank load_bank_file(const std::filesystem::path& path);

// Parses and validates bank JSON already in memory (import, the editor, tests).
LoadedBank load_bank_text(std::string_view text, std::filesystem::path path = {});

// Every *.json file under folder (recursively, sorted by path; *.schema.json excepted),
// good and broken alike.
std::vector<LoadedBank> load_bank_folder(const std::filesystem::path& folder);

// Files and folders as given on a command line, expanded in order.
std::vector<LoadedBank> load_bank_paths(const std::vector<std::filesystem::path>& paths);

// A 64-bit hash of the bytes as 16 hex digits (word-wise FNV-1a); stable across machines.
std::string content_hash_hex(std::string_view bytes);

// The whole file, or an error message; refuses files over max_bytes before reading them.
bool read_file(const std::filesystem::path& path, std::uintmax_t max_bytes, std::string& out,
               std::string& error);

}  // namespace statecraft
