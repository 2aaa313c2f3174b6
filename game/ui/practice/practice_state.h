// The practice mode's state: the answer being built for the question shown (review and the
// exam answer through it too).
#pragma once

#include <optional>

#include "core/session/answer.h"
#include "core/session/quiz_session.h"
#include "core/study/cbm.h"

namespace statecraft {

struct PracticeState {
    Answer draft;                    // what the student has chosen so far
    std::optional<Outcome> outcome;  // set once the current question is submitted
    int cursor = 0;                  // ordering: the selected item; matching: the current left
    std::optional<Confidence> confidence;  // given with this answer (L/M/H), or none
};

}  // namespace statecraft
