// One function per screen: draws the state and returns what the student asked for.
#pragma once

#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/keys.h"
#include "ui/look.h"

namespace statecraft {

Intent draw_home(const AppState& state, const Look& look, const Keys& keys);
Intent draw_practice(const AppState& state, const Look& look, const Keys& keys);
Intent draw_results(const AppState& state, const Look& look, const Keys& keys);
Intent draw_briefing(const AppState& state, const Look& look, const Keys& keys);
Intent draw_review(const AppState& state, const Look& look, const Keys& keys);
Intent draw_exam(const AppState& state, const Look& look, const Keys& keys);  // set-up and exam
// Esc on the exam screen: a running exam closes the palette or the question "Hand in now?",
// else asks it (never hands in silently); the set-up goes Home.
Intent exam_back(const AppState& state);
Intent draw_exam_results(const AppState& state, const Look& look, const Keys& keys);
// The screens that read one member of the state take only it (the screen table passes it).
Intent draw_progress(const ScoreState& scores, const Look& look, const Keys& keys);

// Home's profile chooser and the score database's notices (ui/home/profile_panel.cpp).
void draw_profile_panel(const AppState& state, const Look& look, Intent& out);
// The banner over every screen while answers wait unsaved (ui/home/profile_panel.cpp).
void draw_write_banner(const AppState& state, const Look& look, Intent& out);
Intent draw_classroom_setup(const AppState& state, const Look& look, const Keys& keys);
// The projector view, podium included (it reads its own keys: see classroom_key_intent).
Intent draw_classroom(const ClassroomUiState& classroom, const Look& look);
// The live classroom's projector view, every stage (it reads its own keys: ui/live/).
Intent draw_live(const LiveUiState& live, const Look& look);
Intent draw_editor(const AppState& state, const Look& look, const Keys& keys);

// The whole frame: the full-screen window, the current screen, its keys. Call between
// ImGui::NewFrame() and ImGui::Render().
Intent draw_app(const AppState& state, const Look& look);

// Text sizes offered by the settings (UI scale factors).
inline constexpr float kUiScales[] = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f, 2.5f};

}  // namespace statecraft
