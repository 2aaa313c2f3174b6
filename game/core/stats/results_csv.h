// `statecraft export-results`: one CSV record per attempt, for a gradebook or a spreadsheet.
#pragma once

#include <string>

#include "core/store/records.h"

namespace statecraft {

// profile,session,mode,bank,question,category,answer,correct,score,time_ms,confidence,
// answered_at,question_hash  (answered_at: ISO 8601 UTC; correct: 1 or 0; confidence empty
// when not asked; question_hash tells the versions of an edited question apart).
void append_results_header(std::string& out);
void append_result_record(std::string& out, const AttemptExportRow& row);

}  // namespace statecraft
