// The classroom half of the app controller: set-up choices, the game's intents, the projector
// look (high contrast, at least 200%, restored on leaving) and saving the game at the podium.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "app/services.h"
#include "ui/app_state.h"
#include "ui/classroom/classroom_command.h"

namespace statecraft {

inline constexpr float kProjectorMinScale = 2.0f;

class LiveHost;  // app/modes/live/live_host.h

// The game is saved to the score store (through the services' lease); a game starts with the
// services' next seed; live_host is made when the first live game starts (its server, while a
// game is open).
void apply_classroom_command(AppState& state, const ClassroomCommand& command, Services& services,
                             std::shared_ptr<LiveHost>& live_host);
// Lets time run out; saves the game once it reaches the podium.
void tick_classroom(AppState& state, Services& services);
std::optional<float> classroom_redraw_after(const AppState& state);

// Saves the finished game to the store (one transaction); the message says how it went.
bool save_classroom_game(ClassroomUiState& classroom, Store* store, std::int64_t ended_unix_ms);

}  // namespace statecraft
