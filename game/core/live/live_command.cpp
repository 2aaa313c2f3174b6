#include "core/live/live_command.h"

namespace statecraft {

LiveOutcome apply_live_game_command(LiveGame& game, const LiveGameCommand& command,
                                    std::int64_t now_ms) {
    struct Apply {
        LiveGame& game;
        std::int64_t now;
        LiveOutcome operator()(live_game_cmd::Advance) { return game.advance(now); }
        LiveOutcome operator()(live_game_cmd::Start) { return game.start(now); }
        LiveOutcome operator()(live_game_cmd::Lock) { return game.lock(now); }
        LiveOutcome operator()(live_game_cmd::Revote) { return game.revote(now); }
        LiveOutcome operator()(live_game_cmd::Reveal) { return game.reveal(); }
        LiveOutcome operator()(live_game_cmd::Leaderboard) { return game.show_leaderboard(); }
        LiveOutcome operator()(live_game_cmd::Next) { return game.next(now); }
        LiveOutcome operator()(live_game_cmd::Finish) { return game.finish(now); }
        LiveOutcome operator()(live_game_cmd::Kick k) { return game.kick(k.player); }
    };
    return std::visit(Apply{game, now_ms}, command);
}

}  // namespace statecraft
