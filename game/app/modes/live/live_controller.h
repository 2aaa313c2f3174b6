// What the live projector's commands do to the app state. Selecting a player is the view's own
// business; the game's commands go to the live host (which owns the game and its server)
// through LiveUiState::to_host; closing sets LiveUiState::closing and goes Home.
#pragma once

#include "ui/app_state.h"
#include "ui/live/live_view_command.h"

namespace statecraft {

void apply_live_view_command(AppState& state, const LiveViewCommand& command);

}  // namespace statecraft
