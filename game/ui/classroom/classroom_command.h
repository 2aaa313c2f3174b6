// What the classroom screens (set-up and projector view) ask for: one typed command each; the
// app controller carries them out (app/modes/classroom/classroom_controller.cpp).
#pragma once

#include <string>
#include <variant>

#include "core/classroom/classroom_keys.h"
#include "core/classroom/classroom_setup.h"

namespace statecraft::classroom_cmd {

struct OpenSetup {};  // from Home (button or C)
struct Leave {};      // set-up: back to Home; projector: back to set-up (restores the look)
struct ToggleCategory {
    std::string id;
};
struct AllCategories {
    bool all = true;  // false: none
};
struct SetQuestionCount {
    int count = 0;
};
struct SetTime {
    int seconds = 0;
};
struct SetNewTeam {  // the name field's content
    std::string name;
};
struct AddTeam {
    std::string name;
};
struct RemoveTeam {
    int index = -1;
};
struct RenameTeam {
    int index = -1;
    std::string name;
};
struct SetGenerateCount {
    int count = 0;
};
struct GenerateTeams {};  // "Team 1" .. "Team N", N = the generate count
struct SetMode {
    ClassroomMode mode = ClassroomMode::all_teams;
};
struct SetTeacherMarked {
    bool include = false;
};
struct SetPolls {
    bool include = true;
};
struct Start {};      // set-up -> projector view (lobby)
struct StartLive {};  // set-up -> a live game on the students' devices (its join screen)
struct Game {         // a move in the running game
    ClassroomIntent intent;
};
struct RetrySave {};  // save the finished game again after a failure

}  // namespace statecraft::classroom_cmd

namespace statecraft {

using ClassroomCommand = std::variant<
    classroom_cmd::OpenSetup, classroom_cmd::Leave, classroom_cmd::ToggleCategory,
    classroom_cmd::AllCategories, classroom_cmd::SetQuestionCount, classroom_cmd::SetTime,
    classroom_cmd::SetNewTeam, classroom_cmd::AddTeam, classroom_cmd::RemoveTeam,
    classroom_cmd::RenameTeam, classroom_cmd::SetGenerateCount, classroom_cmd::GenerateTeams,
    classroom_cmd::SetMode, classroom_cmd::SetTeacherMarked, classroom_cmd::SetPolls,
    classroom_cmd::Start, classroom_cmd::StartLive, classroom_cmd::Game, classroom_cmd::RetrySave>;

}  // namespace statecraft
