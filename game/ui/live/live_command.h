// What the teacher does on the live projector screens, one struct per command (sent as
// intent::Live). The host (app/modes/live) applies them to the game.
#pragma once

#include <variant>

namespace statecraft {

namespace live_cmd {
struct Advance {};  // start, lock, revote, reveal, leaderboard, next question, podium
struct Finish {};   // end now: the podium
struct Select {     // lobby: choose the player to remove
    int player = -1;
};
struct Kick {  // remove a player (their token is refused for this game)
    int player = -1;
};
struct Leave {};  // close the live game and go back
// The classroom set-up's live choices (stay in the set-up; the host reads them at the start).
struct PickNetwork {
    int index = 0;
};
struct SetCbm {
    bool on = false;
};
}  // namespace live_cmd

using LiveCommand =
    std::variant<live_cmd::Advance, live_cmd::Finish, live_cmd::Select, live_cmd::Kick,
                 live_cmd::Leave, live_cmd::PickNetwork, live_cmd::SetCbm>;

}  // namespace statecraft
