// Widgets of the study modes shared by practice, review and exam screens.
//
// Confidence keys (practice and exam, while answering): L low, M medium, H high; the same key
// again clears it. They do not collide with 1-9, Enter, Esc, B (briefing) or Q (quit, Home).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/study/cbm.h"
#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/keys.h"
#include "ui/look.h"

namespace statecraft::ui {

// "Confidence: (Low L) (Medium M) (High H)" with the chosen one marked; applies the keys.
void confidence_row(const AppState& state, const Look& look, const Keys& keys, Intent& out);

// The top of a results screen: the title, the bank's title, and "7.5 / 10  (75%)" in the
// right colour (green from half marks up).
void score_header(const Look& look, const std::string& title, const std::string& bank_title,
                  double score, int total, double fraction);

// "CBM score 4.5 (average 0.75 of −6..3) · accuracy 62%" under a plain score.
void cbm_line(const Look& look, const CbmSummary& cbm);

// "in 3 h", "in 2 days", "now" from milliseconds.
std::string due_in_text(std::int64_t ms);

// After a review or practice session: "Cards saved: 5 · next card due in 3 h".
void review_summary(const AppState& state, const Look& look);

// The footer hint while nothing is answered yet: "Type ..." for a short answer, else "Choose ...".
const char* answer_first_hint(QuestionType type);

// The time left, mm:ss (h:mm:ss past an hour).
std::string clock_text(std::int64_t ms);

}  // namespace statecraft::ui
