// `statecraft export-results`: one CSV record per attempt, for a gradebook or a spreadsheet.
#pragma once

#include <string>

#include "core/bank/model.h"
#include "core/store/records.h"

namespace statecraft {

// profile,session,mode,bank,question,category,answer,correct,score,time_ms,confidence,
// answered_at,question_hash,answer_text  (answer: the stored JSON, with choice ids, for tools;
// answered_at: ISO 8601 UTC; correct: 1 or 0; confidence empty when not asked; question_hash
// tells the versions of an edited question apart; answer_text: the answer in words, as the
// classroom export gives it, parts joined by "; ").
void append_results_header(std::string& out);
// question: the question as the bank has it now (its choice texts), or null when the bank is
// not at hand: then answer_text says what the stored answer alone can (typed text, true/false,
// matches and order; choice ids as they are).
void append_result_record(std::string& out, const AttemptExportRow& row,
                          const Question* question = nullptr);

// The answer of an attempt in words (answer_text above).
std::string answer_in_words(const std::string& answer_json, const Question* question);

}  // namespace statecraft
