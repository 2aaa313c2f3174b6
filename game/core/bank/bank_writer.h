// Turns the model back into bank JSON, keeping unknown fields, and saves it atomically.
#pragma once

#include <filesystem>
#include <string>

#include "core/bank/model.h"

namespace statecraft {

// Pretty-printed JSON (2-space indent), known fields in the documented order, unknown ones after.
// indent -1: on one line (for checking a bank that is not being saved: less to print and read).
std::string to_json_text(const Bank& bank, int indent = 2);

// One question as compact JSON, fields in the same order as in to_json_text (used to hash it).
std::string question_json_text(const Question& question);

bool save_bank_file(const std::filesystem::path& path, const Bank& bank, std::string& error);

}  // namespace statecraft
