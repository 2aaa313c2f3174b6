// The whole path a bank travels, for the fuzz target and its seeded ctest twin: validate,
// start a session, answer every question with arbitrary answers, record to a real SQLite
// store, write the results JSON and the results CSV, export GIFT and CSV and import them
// again. Whatever the validator accepts must get through without an exception escaping.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace statecraft::fuzz {

// Empty when the bank was refused or played through; otherwise what went wrong.
// answer_bytes feed the arbitrary answers (any bytes, also invalid UTF-8); scratch is an
// existing folder for the database (the file is replaced on each call).
std::string play_whole_path(std::string_view bank_text, std::string_view answer_bytes,
                            const std::filesystem::path& scratch);

}  // namespace statecraft::fuzz
