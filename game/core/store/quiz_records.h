// The score store's records of a quiz session, built from the session alone: its origin names
// the bank and the mode, its attempts say what was answered, typed (the answer, the confidence).
// Here rather than in core/session: the session knows nothing of the store.
#pragma once

#include <optional>
#include <string>

#include "core/session/quiz_session.h"
#include "core/store/records.h"

namespace statecraft {

// The sessions row for this session, for this profile, started now.
SessionStart session_start(const QuizSession& session, std::string profile,
                           std::int64_t started_ms);

// Question i's attempt, with its time taken and no answered_ms yet (the recorder stamps it), or
// nothing when it has no attempt or is a poll (a view, not an answer: the totals kept per
// attempt would count it as wrong).
std::optional<AttemptRecord> attempt_record(const QuizSession& session, int i);

}  // namespace statecraft
