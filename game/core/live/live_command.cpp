#include "core/live/live_command.h"

namespace statecraft {

LiveOutcome apply_live_command(LiveGame& game, const LiveCommand& command, std::int64_t now_ms) {
    struct Apply {
        LiveGame& game;
        std::int64_t now;
        LiveOutcome operator()(live_cmd::Start) { return game.start(now); }
        LiveOutcome operator()(live_cmd::Lock) { return game.lock(now); }
        LiveOutcome operator()(live_cmd::Revote) { return game.revote(now); }
        LiveOutcome operator()(live_cmd::Reveal) { return game.reveal(); }
        LiveOutcome operator()(live_cmd::Leaderboard) { return game.show_leaderboard(); }
        LiveOutcome operator()(live_cmd::Next) { return game.next(now); }
        LiveOutcome operator()(live_cmd::Finish) { return game.finish(now); }
        LiveOutcome operator()(live_cmd::Kick k) { return game.kick(k.player); }
    };
    return std::visit(Apply{game, now_ms}, command);
}

}  // namespace statecraft
