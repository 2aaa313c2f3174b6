// The rules of the bank format, checked on the typed model after reading.
#pragma once

#include "core/bank/bank_reader.h"

namespace statecraft {

// Adds every rule error and warning to result.diagnostics.
void check_bank_rules(ReadResult& result);

// `[a-z0-9][a-z0-9-]{0,63}`: bank, category and question ids.
bool is_slug(std::string_view text);

// Limits of the format.
inline constexpr std::size_t kMaxPromptChars = 2000;
inline constexpr int kMinChoices = 2, kMaxChoices = 8;
inline constexpr int kMinPairs = 2, kMaxPairs = 10;
inline constexpr int kMinSequence = 2, kMaxSequence = 10;

}  // namespace statecraft
