// The rules of the bank format, checked on the typed model after reading.
#pragma once

#include "core/bank/bank_reader.h"

namespace statecraft {

// Adds every rule error and warning to result.diagnostics.
void check_bank_rules(ReadResult& result);

// The same checks straight on a model (the editor's live validation), with the reader's own
// findings too (unknown fields, over-long text): the diagnostics of reading back what
// to_json_text writes, without writing or reading it.
void check_model_rules(const Bank& bank, Diagnostics& out);
// The reader's findings on a model: unknown fields kept, text over kMaxTextChars.
void check_model_fields(const Bank& bank, Diagnostics& out);

// The format version this reader knows: 1.1. A larger major is refused, a larger minor read.
inline constexpr int kFormatMajor = 1, kFormatMinor = 1;

// "YYYY-MM-DD" with a real month and day number (month_ok: also "YYYY-MM" and "YYYY").
bool is_iso_date(std::string_view date, bool month_ok);

// `[a-z0-9][a-z0-9-]{0,63}`: bank, category and question ids.
bool is_slug(std::string_view text);

// Limits of the format.
inline constexpr std::size_t kMaxPromptChars = 2000;
inline constexpr int kMinChoices = 2, kMaxChoices = 8;
inline constexpr int kMinPairs = 2, kMaxPairs = 10;
inline constexpr int kMinSequence = 2, kMaxSequence = 10;

}  // namespace statecraft
