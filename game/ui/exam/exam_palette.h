// The running exam's question palette (answered / flagged / unanswered, by keyboard and mouse)
// and the confirmation that stands between Esc and a hand-in.
#pragma once

#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/keys.h"
#include "ui/look.h"

namespace statecraft::ui {

// "4 answered · 1 flagged · 4 unanswered"
std::string exam_counts_text(const ExamSession& exam);

// The palette in place of the question: one numbered button per question. Arrow keys move the
// cursor, Enter or a click opens an open question, G or Esc goes back to the current one.
void exam_palette(const AppState& state, const Look& look, const Keys& keys, Intent& out);

// "Hand in now?" with the unanswered count; Enter hands in, Esc goes back. The palette below
// lets the student jump to an unanswered question instead.
void exam_hand_in_confirmation(const AppState& state, const Look& look, const Keys& keys,
                               Intent& out);

}  // namespace statecraft::ui
