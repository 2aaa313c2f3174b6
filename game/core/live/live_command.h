// The teacher's intents for a live game as data, so they can cross from the UI thread to the
// server's thread in a queue and be applied there, in order.
#pragma once

#include <cstdint>
#include <variant>

#include "core/live/live_game.h"

namespace statecraft {

namespace live_game_cmd {
// The teacher's one key: the next step from wherever the game is (start, lock, revote after
// round 1 of a peer-instruction question, reveal, leaderboard, next question or podium).
struct Advance {};
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
}  // namespace live_game_cmd

using LiveGameCommand =
    std::variant<live_game_cmd::Advance, live_game_cmd::Start, live_game_cmd::Lock,
                 live_game_cmd::Revote, live_game_cmd::Reveal, live_game_cmd::Leaderboard,
                 live_game_cmd::Next, live_game_cmd::Finish, live_game_cmd::Kick>;

LiveOutcome apply_live_game_command(LiveGame& game, const LiveGameCommand& command,
                                    std::int64_t now_ms);

}  // namespace statecraft
