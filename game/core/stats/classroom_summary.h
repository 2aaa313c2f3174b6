// Saved classroom games at a glance, for `statecraft stats --classroom`: per game the bank, the
// date, how many questions were played, and the teams in final order with their points (and,
// after a live game with CBM, how often each player gave a confidence and was sure but wrong).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/classroom_store.h"

namespace statecraft {

struct ClassroomTeamSummary {
    std::string team;
    int rank = 0;  // 1 = winner; tied teams share a rank
    int points = 0;
    int correct = 0;   // questions answered fully right
    int answered = 0;  // questions answered at all
    // Live games with CBM: answers given with a confidence, and those at the highest (3) that
    // were not fully right (polls excluded) -- what a teacher looks at first.
    int with_confidence = 0;
    int sure_but_wrong = 0;
};

struct ClassroomGameSummary {
    std::int64_t session_id = 0;
    std::int64_t started_ms = 0;
    std::string bank_id;
    bool ended_early = false;
    int questions = 0;                        // rounds played
    int polls = 0;                            // of them polls: never right or wrong
    std::vector<ClassroomTeamSummary> teams;  // by rank, then in set-up order
};

// Rows as Store::for_each_classroom_row gives them (game by game); games newest first.
std::vector<ClassroomGameSummary> summarize_classroom_games(
    const std::vector<ClassroomExportRow>& rows);

std::string classroom_summary_text(const std::vector<ClassroomGameSummary>& games);
std::string classroom_summary_json(const std::vector<ClassroomGameSummary>& games);

}  // namespace statecraft
