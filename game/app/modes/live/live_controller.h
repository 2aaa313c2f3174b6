// What the live projector's commands do to the app state. Selecting a player and the set-up's
// live choices (network, confidence) are the view's own business; advancing, ending, removing a
// player and closing go to the live host (which owns the game and its server) through
// LiveUiState::to_host.
#pragma once

#include "ui/app_state.h"
#include "ui/live/live_command.h"

namespace statecraft {

void apply_live_command(AppState& state, const LiveCommand& command);

}  // namespace statecraft
