// A quiz session's path through the app, shared by practice, review, exam and Progress's
// "Practise weakest": starting it, showing a question, recording an attempt, writing the
// results file.
#pragma once

#include "app/services.h"
#include "core/session/quiz_session.h"
#include "ui/app_state.h"

namespace statecraft {

// A question is shown and not yet submitted.
bool answering(const AppState& state);
// A session from Home's choices (categories, count, shuffle); Home's message says why not.
void start_quiz(AppState& state, Services& services, SessionMode mode);
// Makes `session` the current one and shows its first question on the practice screen.
void begin_session(AppState& state, Services& services, QuizSession session);
// The current question's fresh draft (or its outcome, once submitted).
void enter_question(AppState& state);
// The attempt at question `question_index` to the score store.
void record_attempt(AppState& state, Services& services, int question_index);
// The finished session to --results-out, if set; state.view.status says how it went.
void write_results(AppState& state, Services& services);

}  // namespace statecraft
