// A scored live question as rows for the store (core/store/live_store.h).
#pragma once

#include <cstdint>
#include <string>

#include "core/live/live_game.h"
#include "core/store/live_store.h"

namespace statecraft {

struct LiveGameInfo {
    std::string bank_id;
    std::string bank_hash;
    std::int64_t started_ms = 0;  // Unix ms
    int questions_planned = 0;
};

// One row per player (the name in the team column; "Name (Team)" with teams).
LiveRoundSave live_round_save(const LiveRoundRecord& record, const LiveGameInfo& info,
                              std::int64_t now_unix_ms);

}  // namespace statecraft
