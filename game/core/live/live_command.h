// The teacher's intents for a live game as data, so they can cross from the UI thread to the
// server's thread in a queue and be applied there, in order.
#pragma once

#include <cstdint>
#include <variant>

#include "core/live/live_game.h"

namespace statecraft {

namespace live_cmd {
struct Start {};
struct Lock {};
struct Revote {};
struct Reveal {};
struct Leaderboard {};
struct Next {};
struct Finish {};
struct Kick {
    int player = 0;
};
}  // namespace live_cmd

using LiveCommand =
    std::variant<live_cmd::Start, live_cmd::Lock, live_cmd::Revote, live_cmd::Reveal,
                 live_cmd::Leaderboard, live_cmd::Next, live_cmd::Finish, live_cmd::Kick>;

LiveOutcome apply_live_command(LiveGame& game, const LiveCommand& command, std::int64_t now_ms);

}  // namespace statecraft
