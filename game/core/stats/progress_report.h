// The Progress figures as text for people, JSON for programs, or CSV for spreadsheets
// (`statecraft stats --format text|json|csv`).
#pragma once

#include <string>

#include "core/stats/progress.h"

namespace statecraft {

// text: how many of the latest days studied to list (JSON and CSV list every day).
inline constexpr int kTextDaysShown = 14;

std::string progress_text(const Progress& progress);

// One object: profile, today, overall, streak_days, days_studied, categories[], days[],
// sessions {total, recent[]}, best_by_bank[], weakest[]. Times are ISO 8601 UTC, days local.
std::string progress_json(const Progress& progress);

// Long format, one figure per record: figure,key,measure,value (RFC 4180, CRLF).
std::string progress_csv(const Progress& progress);

}  // namespace statecraft
