// The live classroom's projector view: one screen drawn by the game's phase (lobby, question,
// locked, reveal, leaderboard, podium) over a footer with the next step. Keys (a presenter
// clicker works): Space / Enter / PageDown / Right advance, Shift+End ends the game, Up/Down
// and Delete choose and remove a player in the lobby, Esc closes the live game.
#include <imgui.h>

#include <string>

#include "ui/classroom/classroom_view.h"
#include "ui/live/live_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

namespace ui {

Intent live_intent(LiveCommand command) {
    return intent::Live{std::move(command)};
}

}  // namespace ui

using namespace ui;

namespace {

const char* next_label(const LiveSnapshot& s) {
    switch (s.phase) {
        case LivePhase::lobby:
            return "Start (Space)";
        case LivePhase::question:
            return "Lock answers (Space)";
        case LivePhase::locked:
            return s.peer && s.vote_round == 1 ? "Vote again (Space)" : "Reveal (Space)";
        case LivePhase::reveal:
            return "Leaderboard (Space)";
        case LivePhase::leaderboard:
            return s.question_index + 1 < s.question_count ? "Next question (Space)"
                                                           : "Podium (Space)";
        case LivePhase::podium:
            return nullptr;
    }
    return nullptr;
}

const char* phase_hint(const LiveSnapshot& s) {
    if (s.phase == LivePhase::lobby) return "Click a name, then Delete, to remove a player";
    if (s.phase == LivePhase::locked && s.peer && s.vote_round == 1)
        return "Convince your neighbour, then vote again";
    return "Shift+End: end the game";
}

bool pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

// The lobby player after (step 1) or before (step -1) the selected one.
int step_selection(const LiveUiState& ui, const LiveSnapshot& s, int step) {
    const int n = static_cast<int>(s.lobby.size());
    if (n == 0) return -1;
    int at = -1;
    for (int i = 0; i < n; ++i)
        if (s.lobby[i].player == ui.selected) at = i;
    at = at < 0 ? (step > 0 ? 0 : n - 1) : (at + step + n) % n;
    return s.lobby[at].player;
}

Intent read_keys(const LiveUiState& ui, const LiveSnapshot& s) {
    const ImGuiIO& io = ImGui::GetIO();
    if (pressed(ImGuiKey_Escape)) return live_intent(live_cmd::Leave{});
    if (io.KeyShift && pressed(ImGuiKey_End) && s.phase != LivePhase::lobby &&
        s.phase != LivePhase::podium)
        return live_intent(live_cmd::Finish{});
    if (s.phase == LivePhase::lobby) {
        if (pressed(ImGuiKey_DownArrow))
            return live_intent(live_cmd::Select{step_selection(ui, s, 1)});
        if (pressed(ImGuiKey_UpArrow))
            return live_intent(live_cmd::Select{step_selection(ui, s, -1)});
        if (ui.selected >= 0 && (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace)))
            return live_intent(live_cmd::Kick{ui.selected});
    }
    if (s.phase != LivePhase::podium &&
        (pressed(ImGuiKey_Space) || pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter) ||
         pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_RightArrow)))
        return live_intent(live_cmd::Advance{});
    return {};
}

void footer(const LiveUiState& ui, const LiveSnapshot& s, const Look& look, Intent& out) {
    ImGui::Separator();
    Column bottom = begin_column(80.f);
    if (const char* label = next_label(s)) {
        ImGui::PushStyleColor(ImGuiCol_Button, look.accent);
        ImGui::PushStyleColor(ImGuiCol_Text, look.on_accent);
        if (plain_button(label)) out = live_intent(live_cmd::Advance{});
        ImGui::PopStyleColor(2);
        ImGui::SameLine();
    }
    if (plain_button(s.phase == LivePhase::podium ? "Close the game (Esc)" : "Close (Esc)"))
        out = live_intent(live_cmd::Leave{});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (!ui.message.empty())
        text_colored(look.wrong, ui.message);
    else
        hint_if_fits(look, phase_hint(s));
    end_column(bottom);
}

}  // namespace

Intent draw_live(const LiveUiState& ui, const Look& look) {
    if (!ui.snapshot) return live_intent(live_cmd::Leave{});
    const LiveSnapshot& s = *ui.snapshot;
    Intent out;
    begin_no_nav();
    ImGui::BeginChild("live", ImVec2(0, -footer_height()));
    Column col = begin_column(80.f);
    switch (s.phase) {
        case LivePhase::lobby:
            draw_live_lobby(ui, s, look, out);
            break;
        case LivePhase::leaderboard:
            draw_live_leaderboard(s, look);
            break;
        case LivePhase::podium:
            draw_live_podium(s, look);
            break;
        default:
            draw_live_question(s, look);
            break;
    }
    end_column(col);
    ImGui::EndChild();
    footer(ui, s, look, out);
    end_no_nav();
    const Intent key = read_keys(ui, s);
    if (has_intent(key)) out = key;
    return out;
}

}  // namespace statecraft
