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
// check_model_rules in parts, in its order, for the editor's validation that keeps each
// question's part until the question changes (core/editor/live_validation.h): the fields
// before the questions, each question's fields, the fields after them (the reader's own
// findings on a model: unknown fields kept, text over kMaxTextChars); then the bank-level
// rules and each question's rules (duplicate_id: an earlier question has the same id).
void check_model_fields_before_questions(const Bank& bank, Diagnostics& out);
void check_model_question_fields(const Question& q, std::size_t index, Diagnostics& out);
void check_model_fields_after_questions(const Bank& bank, Diagnostics& out);
void check_model_bank_rules(const Bank& bank, Diagnostics& out);
void check_model_question_rules(const Bank& bank, std::size_t i, bool duplicate_id,
                                Diagnostics& out);
std::vector<bool> duplicate_question_ids(const Bank& bank);

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
