// What the classroom screens (set-up and projector view) ask for; the app controller carries it
// out (app/classroom_controller.cpp). One intent type for both screens keeps intent.h small.
#pragma once

#include <string>

#include "core/classroom/classroom_keys.h"

namespace statecraft {

enum class ClassroomCommandKind {
    open_setup,          // from Home (button or C)
    leave,               // set-up: back to Home; projector: back to set-up (restores the look)
    toggle_category,     // text = category id
    all_categories,      // value = 1 all, 0 none
    set_question_count,  // value
    set_time,            // value = seconds
    set_new_team,        // text = the name field's content
    add_team,            // text = name
    remove_team,         // index
    rename_team,         // index, text
    set_generate_count,  // value
    generate_teams,      // "Team 1" .. "Team N", N = the generate count
    set_mode,            // value = 0 all teams, 1 hot-seat
    set_teacher_marked,  // value = 1 include
    start,               // set-up -> projector view (lobby)
    game,                // a ClassroomIntent for the running game
    retry_save,          // save the finished game again after a failure
};

struct ClassroomCommand {
    ClassroomCommand() = default;
    ClassroomCommand(ClassroomCommandKind k) : kind(k) {}  // implicit: Classroom{{kind}}
    ClassroomCommandKind kind = ClassroomCommandKind::open_setup;
    std::string text;
    int index = -1;
    int value = 0;
    ClassroomIntent game;
};

}  // namespace statecraft
