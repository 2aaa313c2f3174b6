// The classroom half of the app controller: set-up choices, the game's intents, the projector
// look (high contrast, at least 200%, restored on leaving) and saving the game at the podium.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "app/app_controller.h"
#include "app/modes/live/live_host.h"
#include "core/session/clock.h"
#include "ui/app_state.h"
#include "ui/classroom/classroom_command.h"

namespace statecraft {

inline constexpr float kProjectorMinScale = 2.0f;

struct ClassroomContext {
    const Clock& clock;
    WindowRequests& requests;
    Store* store;                  // the app's score store; null: games are not saved
    std::int64_t wall_now_ms = 0;  // Unix time of this command (the game's start and end)
    std::uint64_t seed = 1;        // for the next game's choice of questions
    // Starts a live game (app/modes/live): "" or why not. Unset: no live games (samples).
    std::function<std::string(LiveLaunch)> start_live;
};

void apply_classroom_command(AppState& state, const ClassroomCommand& command,
                             ClassroomContext& context);
// Lets time run out; saves the game once it reaches the podium.
void tick_classroom(AppState& state, const Clock& clock);
std::optional<float> classroom_redraw_after(const AppState& state);

// Saves the finished game to the store (one transaction); the message says how it went.
bool save_classroom_game(ClassroomUiState& classroom, Store* store, std::int64_t ended_unix_ms);

}  // namespace statecraft
