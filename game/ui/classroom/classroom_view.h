// Pieces of the projector view shared by its files (classroom_screen.cpp draws the question,
// classroom_board.cpp the leaderboard and the podium).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/classroom/classroom_keys.h"
#include "ui/classroom/classroom_state.h"
#include "ui/intent.h"
#include "ui/look.h"

namespace statecraft::ui {

// The game intent as the app intent.
Intent classroom_intent(ClassroomAction action, int team = -1, int option = -1);

// Buttons and rows of the projector view stay out of ImGui's keyboard navigation: Space, Tab
// and the arrows belong to the game (a presenter clicker), never to a focused button.
void begin_no_nav();
void end_no_nav();
bool plain_button(const char* label, ImVec2 size = ImVec2(0, 0));

// The key the teacher presses for team i: "a".."z", then "A".."D" (Shift).
std::string team_key(int team);

// The question below the header: prompt and options fitted to the rest of the window beside
// the teams' rows (classroom_question.cpp).
void draw_question_body(const ClassroomGame& game, const Look& look, Intent& out);

// Whether the podium draws the step of this rank (1-3): only when a team stands on it.
bool podium_step_shown(const std::vector<ClassroomPlace>& places, int rank);

void draw_leaderboard(const ClassroomGame& game, const Look& look);
Intent draw_podium(const ClassroomGame& game, const ClassroomUiState& ui, const Look& look);

}  // namespace statecraft::ui
