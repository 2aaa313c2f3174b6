// Certainty-based marking over a quiz session: the answers with their confidences, the
// questions not answered counted as 0 (Moodle's "entire quiz" figures).
#pragma once

#include <vector>

#include "core/session/quiz_session.h"
#include "core/study/cbm.h"

namespace statecraft {

// The graded answers of a session, in question order (answered_ms left 0: sessions time
// answers on a steady clock, not the calendar).
std::vector<MarkedAnswer> marked_answers(const QuizSession& session);

CbmSummary session_cbm(const QuizSession& session);

}  // namespace statecraft
