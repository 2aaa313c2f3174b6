// A played classroom game as plain rows and one record: the shape the store saves and
// `statecraft export-results` writes. No SQL, no file format here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/classroom/classroom_game.h"

namespace statecraft {

// One team on one question. Hot-seat games have a row only for the team whose turn it was.
struct ClassroomResultRow {
    int round = 0;  // 1-based position in the game
    std::string team;
    std::string question_id;
    std::string question_type;  // "single", "multiple", ... (to_string(QuestionType))
    bool answered = false;
    std::string answer_ids;    // option ids joined by ",": "a,c", "true", "right"; empty if none
    std::string answer_text;   // option texts joined by "; ": "Moscow; Tehran", "True",
                               // "marked right"; empty if none
    bool correct = false;      // fully right
    double fraction = 0.0;     // credit, 0 to 1 (partial credit on "multiple")
    std::int64_t time_ms = 0;  // from the question opening to the answer; 0 if none
    int points = 0;            // including the streak bonus
    int streak_bonus = 0;
    int confidence = 0;  // 1-3 as the player gave it (live games with CBM); 0 = not asked
};

// Rows for every question played so far, in round order, then team order.
std::vector<ClassroomResultRow> classroom_result_rows(const ClassroomGame& game);

// What the store keeps of a finished (or ended early) game.
struct ClassroomRecord {
    std::string bank_id;
    std::string bank_title;
    std::string mode;  // "all_teams" or "hot_seat"
    std::uint64_t seed = 0;
    std::vector<std::string> teams;         // in set-up order
    std::vector<int> totals;                // per team
    std::vector<int> ranks;                 // per team, competition ranking
    std::vector<std::string> question_ids;  // questions played, in order
    int questions_planned = 0;
    bool finished_early = false;
    std::vector<ClassroomResultRow> rows;
};

ClassroomRecord classroom_record(const ClassroomGame& game);

}  // namespace statecraft
