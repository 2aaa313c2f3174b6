// What the projector shows of a live classroom game: the game's snapshot (core/live, copied out
// of the game a few times a second by the host) and what only the teacher's app knows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/live/live_snapshot.h"
#include "ui/live/live_command.h"

namespace statecraft {

struct LiveUiState {
    std::optional<LiveSnapshot> snapshot;  // none: no live game is open
    std::string address;                   // "http://192.168.1.20:8080", shown as text
    std::string join_url;                  // address + "/?pin=PIN": the QR code
    std::string pin;                       // 6 digits
    int selected = -1;                     // lobby: the player Delete removes (lobby index)
    std::string message;                   // the last refusal or server problem, or empty
    // Commands for the game (advance, finish, kick, leave), taken by the live host each frame:
    // the game and its server live in the host, not in the UI state.
    std::vector<LiveCommand> to_host;
};

}  // namespace statecraft
