// Whether a typed answer is well formed for its own type, whatever the question: the store
// checks this before it keeps an answer (instead of parsing the answer's JSON text back).
#pragma once

#include <string>

#include "core/session/answer.h"

namespace statecraft {

// Why the answer is malformed, or empty: a type outside QuestionType, more than one choice for
// a single-choice question or a poll, an empty choice id, an estimate that is not a finite
// number, a matrix mark other than "C", "I", "N" or "" (not marked yet). An unfinished answer
// (an exam handed in early) is well formed.
std::string answer_shape_problem(const Answer& answer);

}  // namespace statecraft
