// Pieces of the live projector screens shared by their files: live_screen.cpp (the frame, keys
// and footer), live_lobby.cpp (join screen), live_question.cpp (question, distribution, reveal,
// peer-instruction rounds), live_board.cpp (leaderboard, podium).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/live/live_snapshot.h"
#include "ui/intent.h"
#include "ui/live/live_state.h"
#include "ui/look.h"

namespace statecraft::ui {

Intent live_intent(LiveCommand command);

void draw_live_lobby(const LiveUiState& ui, const LiveSnapshot& s, const Look& look, Intent& out);
void draw_live_question(const LiveSnapshot& s, const Look& look);
void draw_live_leaderboard(const LiveSnapshot& s, const Look& look);
void draw_live_podium(const LiveSnapshot& s, const Look& look);

struct LiveBar {
    std::string label;  // under the bar
    int count = 0;      // its height and the number over it
    ImVec4 colour;
    bool right = false;   // marked with a tick after the reveal
    bool dimmed = false;  // a wrong option after the reveal
};
// The bars of options: letter and colour per option; `correct` (empty before the reveal) marks
// the right ones and dims the others.
std::vector<LiveBar> option_bars(const std::vector<int>& counts, const std::vector<bool>& correct);
// The bars side by side, filling width x height from the cursor.
void draw_live_bars(const std::vector<LiveBar>& bars, const Look& look, float width, float height);

// The spreads of an estimate (histogram) and a matrix (tally per cell), live_spread_view.cpp.
void draw_live_estimate_spread(const LiveSnapshot& s, const Look& look, float width, float height);
void draw_live_matrix_tally(const LiveSnapshot& s, const Look& look, float width, float height);
// "Median 210 missiles · 23 estimates", or "" before any estimate.
std::string live_estimate_summary(const LiveSnapshot& s);

// Text centred in [x, x + w) at y in `font` (the current one when null) and colour.
void centred_text(ImFont* font, float size, float x, float w, float y, ImU32 colour,
                  const std::string& s);

}  // namespace statecraft::ui
