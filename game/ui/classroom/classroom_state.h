// What the classroom screens show: the set-up choices and the running game.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/classroom/classroom_game.h"
#include "ui/live/live_setup_state.h"

namespace statecraft {

struct ClassroomSetupState {
    std::vector<std::string> categories;  // chosen category ids of the Home bank
    int question_count = 10;
    int default_time_s = 20;
    std::vector<std::string> teams;
    std::string new_team;  // the name field
    int generate_count = 4;
    ClassroomMode mode = ClassroomMode::all_teams;
    bool include_teacher_marked = false;
    bool include_polls = true;  // why on: ClassroomSetup::include_polls
    std::string message;        // why Start failed, or empty
    int focus_serial = 0;       // bumped when the name field should take the keyboard
    LiveSetupChoices live;      // network and confidence for "Live (students' devices)"
};

struct ClassroomUiState {
    ClassroomSetupState setup;
    std::optional<ClassroomGame> game;
    std::int64_t now_ms = 0;  // the app clock at the last tick (for the countdown)
    std::int64_t started_unix_ms = 0;
    std::string bank_hash;
    bool saved = false;           // the finished game is in the store
    std::string save_message;     // "Saved ..." or why not
    bool sample = false;          // no score store (some tests): never saved, nothing to say
    std::string status;           // the last refused key, or empty
    bool confirm_finish = false;  // Shift+End was pressed once: the next one ends the game
    // The look before the projector view took over (restored when leaving it).
    bool projecting = false;
    float restore_scale = 1.0f;
    bool restore_contrast = false;
};

}  // namespace statecraft
