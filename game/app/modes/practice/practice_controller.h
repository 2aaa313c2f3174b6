// The practice mode (and review, which answers the same way): the draft answer as the student
// builds it, the submit that marks and records it, "I was right", the next question, resuming
// and retrying the missed questions.
#pragma once

#include "app/services.h"
#include "ui/app_state.h"
#include "ui/practice/practice_command.h"

namespace statecraft {

void apply_practice_command(AppState& state, const PracticeCommand& command, Services& services);

}  // namespace statecraft
