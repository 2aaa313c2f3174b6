// What the teacher does on the live projector screens (sent as intent::Live): the game's own
// commands (core/live/live_command.h: start, lock, revote, reveal, leaderboard, next, finish,
// kick), which the live host posts to the server, and what only the view handles.
#pragma once

#include <variant>

#include "core/live/live_command.h"

namespace statecraft {

namespace live_view {
struct Select {  // lobby: choose the player to remove
    int player = -1;
};
struct Leave {};  // close the live game and go back
struct Game {     // a command for the game itself
    LiveCommand command;
};
}  // namespace live_view

using LiveViewCommand = std::variant<live_view::Select, live_view::Leave, live_view::Game>;

}  // namespace statecraft
