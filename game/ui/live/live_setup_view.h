// The live game's part of the classroom set-up (ui/classroom/classroom_setup_screen.cpp): the
// network students join on and the confidence switch. Sends live_cmd::PickNetwork / SetCbm.
#pragma once

#include "ui/intent.h"
#include "ui/live/live_setup_state.h"
#include "ui/look.h"

namespace statecraft::ui {

void draw_live_setup(const LiveSetupChoices& choices, const Look& look, Intent& out);

}  // namespace statecraft::ui
