// What the store keeps of classroom games: rows for `statecraft export-results --classroom`.
// Saving takes a ClassroomRecord (core/classroom/classroom_results.h); see Store::save_classroom.
#pragma once

#include <cstdint>
#include <string>

namespace statecraft {

// The profile every classroom session belongs to (sessions need one; teams are not profiles).
// Created with last_used_ms 0 so that it never becomes the "last used" student profile.
inline constexpr const char* kClassroomProfile = "Classroom";
inline constexpr const char* kClassroomMode = "classroom";

// When and from which bank file a game was played (the record has the rest).
struct ClassroomSaveInfo {
    std::string bank_hash;        // LoadedBank::content_hash
    std::int64_t started_ms = 0;  // Unix ms
    std::int64_t ended_ms = 0;
};

// One team on one question of a saved game.
struct ClassroomExportRow {
    std::int64_t session_id = 0;
    std::int64_t started_ms = 0;
    std::string bank_id;
    bool finished_early = false;  // the teacher ended the game before the last question
    int round = 0;
    std::string team;
    int team_rank = 0;
    int team_total = 0;
    std::string question_id;
    std::string question_type;
    bool answered = false;
    std::string answer_ids;
    std::string answer_text;
    bool correct = false;
    double fraction = 0;
    std::int64_t time_ms = 0;
    int points = 0;
    int streak_bonus = 0;
    int confidence = 0;  // 1-3 (a live game with CBM); 0 = not asked or not given
};

}  // namespace statecraft
