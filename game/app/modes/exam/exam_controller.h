// The exam mode: the set-up, answers without feedback, moving between questions, the clock and
// the hand-in.
#pragma once

#include <optional>

#include "app/services.h"
#include "ui/app_state.h"
#include "ui/exam/exam_command.h"

namespace statecraft {

void apply_exam_command(AppState& state, const ExamCommand& command, Services& services);
// The palette, skip, flags and the hand-in confirmation of the running exam (exam_navigation.cpp).
void apply_exam_navigation(AppState& state, const ExamCommand& command, Services& services);
// The answer on the exam screen (its widgets send practice_cmd::Submit): kept, unmarked.
void submit_exam_answer(AppState& state, Services& services);

// Once per frame: time-up moves on or hands in. True when something on screen changed.
bool tick_exam(AppState& state, Services& services);
// Seconds until the shown time changes, while an exam runs.
std::optional<double> exam_redraw_after(const AppState& state);

// Shows the current question with its kept draft (after a move or a time-up).
void enter_exam_question(AppState& state);

}  // namespace statecraft
