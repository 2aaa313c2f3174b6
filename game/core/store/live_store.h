// What the store keeps of a live classroom game, one question at a time: the same tables as a
// one-screen classroom game (a sessions row of mode "classroom", classroom_results rows with the
// player's name in the team column), so export-results --classroom and stats --classroom list
// both. Each question is written in one transaction as soon as its answers are final, so a
// crash loses at most the question being answered.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/classroom/classroom_results.h"

namespace statecraft {

struct LiveRoundSave {
    std::string bank_id;
    std::string bank_hash;
    std::int64_t started_ms = 0;  // Unix ms
    std::int64_t now_ms = 0;      // Unix ms: the game's end so far
    int questions_played = 0;     // including this one
    int questions_planned = 0;
    std::vector<ClassroomResultRow> rows;  // this question, one row per player
    // Every player's rank and total after this question (earlier rows are updated to them).
    std::vector<std::string> players;
    std::vector<int> ranks;
    std::vector<int> totals;
};

}  // namespace statecraft
