// The projector view: the question, a big countdown, the options with their keys, one tile per
// team (answered or not, never which answer before the reveal), then the reveal, the
// explanation, the leaderboard and the podium. Keys: classroom_key_intent (core), Esc leaves.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "ui/classroom/classroom_matrix.h"
#include "ui/classroom/classroom_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

namespace ui {

Intent classroom_intent(ClassroomAction action, int team, int option) {
    return intent::Classroom{classroom_cmd::Game{ClassroomIntent{action, team, option}}};
}

void begin_no_nav() {
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop, true);
}
void end_no_nav() {
    ImGui::PopItemFlag();
}
bool plain_button(const char* label, ImVec2 size) {
    return ImGui::ButtonEx(label, size, ImGuiButtonFlags_NoNavFocus);
}

std::string team_key(int team) {
    if (team < 26) return std::string(1, static_cast<char>('a' + team));
    return std::string(1, static_cast<char>('A' + team - 26));
}

}  // namespace ui

using namespace ui;

namespace {

// The game's key from this frame's input (characters for letters and digits, named keys for
// the rest), or none. Ctrl/Super combinations belong to other programs.
ClassroomIntent read_game_key() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeySuper) return {};
    for (ImWchar c : io.InputQueueCharacters) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && !(c >= '1' && c <= '8')) continue;
        const char s[2] = {static_cast<char>(c), 0};
        ClassroomIntent i = classroom_key_intent(s, io.KeyShift);
        if (i.action != ClassroomAction::none) return i;
    }
    static constexpr std::pair<ImGuiKey, const char*> kNamed[] = {
        {ImGuiKey_Space, "Space"},
        {ImGuiKey_Enter, "Enter"},
        {ImGuiKey_KeyPadEnter, "Enter"},
        {ImGuiKey_PageDown, "PageDown"},
        {ImGuiKey_RightArrow, "Right"},
        {ImGuiKey_Tab, "Tab"},
        {ImGuiKey_UpArrow, "Up"},
        {ImGuiKey_DownArrow, "Down"},
        {ImGuiKey_Backspace, "Backspace"},
        {ImGuiKey_Delete, "Delete"},
        {ImGuiKey_End, "End"},
    };
    for (const auto& [key, name] : kNamed) {
        const int index = ImGui::GetKeyIndex(key);
        if (index >= 0 &&
            ImGui::IsKeyPressed(index, key != ImGuiKey_Space && key != ImGuiKey_Enter &&
                                           key != ImGuiKey_PageDown && key != ImGuiKey_RightArrow))
            return classroom_key_intent(name, io.KeyShift);
    }
    return {};
}

const char* phase_hint(const ClassroomGame& g) {
    switch (g.phase()) {
        case ClassroomPhase::lobby:
            return "Space: first question";
        case ClassroomPhase::answering:
            return "a-z: team, 1-8: its answer, Space: lock answers";
        case ClassroomPhase::locked:
            return "Space: reveal the answer";
        case ClassroomPhase::revealed:
            return "Space: explanation / leaderboard";
        case ClassroomPhase::explanation:
            return "Space: leaderboard";
        case ClassroomPhase::leaderboard:
            return "Space: next question";
        case ClassroomPhase::podium:
            return "Esc: back to set-up";
    }
    return "";
}

void header(const ClassroomGame& g, const ClassroomUiState& ui, const Look& look) {
    const ClassroomRound* round = g.current_round();
    std::string left = "Question " + std::to_string(g.round_index() + 1) + " of " +
                       std::to_string(g.round_count());
    if (round && round->double_points) left += " \xC2\xB7 double points";
    text_in_font(look.heading, left);
    // The countdown, large, at the right of the same row.
    std::string clock;
    ImVec4 color = look.muted;
    if (g.phase() == ClassroomPhase::answering) {
        const std::int64_t ms = g.remaining_ms(ui.now_ms);
        clock = std::to_string((ms + 999) / 1000);
        color = ms <= 5000 ? look.wrong : look.accent;
    } else {
        clock = g.phase() == ClassroomPhase::locked ? "Locked" : "";
    }
    if (!clock.empty()) {
        ImFont* big = look.title ? look.title : ImGui::GetFont();
        const float w = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, clock.c_str()).x;
        ImGui::SameLine();
        align_right(w);
        ImGui::PushFont(big);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() -
                             (big->FontSize - ImGui::GetFontSize()) * 0.5f);
        ImGui::TextColored(color, "%s", clock.c_str());
        ImGui::PopFont();
    }
    if (g.phase() == ClassroomPhase::answering && round && round->limit_ms > 0) {
        const float left_fraction =
            static_cast<float>(g.remaining_ms(ui.now_ms)) / static_cast<float>(round->limit_ms);
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, color);
        ImGui::ProgressBar(
            std::clamp(left_fraction, 0.f, 1.f),
            ImVec2(column_end() - ImGui::GetCursorPosX(), ImGui::GetFontSize() * 0.35f), "");
        ImGui::PopStyleColor();
    }
}

void lobby(const ClassroomGame& g, const Look& look) {
    text_in_font(look.title, g.bank_title());
    text(std::to_string(g.round_count()) + " questions, " + std::to_string(g.team_count()) +
         " teams" + (g.mode() == ClassroomMode::hot_seat ? ", taking turns (hot seat)" : "") + ".");
    std::string teams;
    for (int t = 0; t < g.team_count(); ++t)
        teams += (t ? "    " : "") + team_key(t) + " " + g.teams()[t];
    text_in_font(look.heading, teams);
    ImGui::Spacing();
    muted(look,
          "Press a team's letter, then its answer (1-8); the next team is chosen for you. "
          "Space (or the clicker) moves on.");
}

}  // namespace

Intent draw_classroom(const ClassroomUiState& ui, const Look& look) {
    Intent out;
    if (!ui.game) return intent::Classroom{classroom_cmd::Leave{}};
    const ClassroomGame& g = *ui.game;
    begin_no_nav();
    // A projector view never scrolls: every page is sized to fit (see draw_question_body).
    ImGui::BeginChild("classroom", ImVec2(0, -footer_height()), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    Column col = begin_column(80.f);
    switch (g.phase()) {
        case ClassroomPhase::lobby:
            lobby(g, look);
            break;
        case ClassroomPhase::leaderboard:
            draw_leaderboard(g, look);
            break;
        case ClassroomPhase::podium:
            out = draw_podium(g, ui, look);
            break;
        default:
            header(g, ui, look);
            draw_question_body(g, look, out);
            break;
    }
    end_column(col);
    ImGui::EndChild();

    ImGui::Separator();
    Column bottom = begin_column(80.f);
    if (g.phase() != ClassroomPhase::podium) {
        ImGui::PushStyleColor(ImGuiCol_Button, look.accent);
        ImGui::PushStyleColor(ImGuiCol_Text, look.on_accent);
        const bool next = plain_button("Next (Space)", ImVec2(8.f * ImGui::GetFontSize(), 0));
        ImGui::PopStyleColor(2);
        if (next) out = classroom_intent(ClassroomAction::advance);
        ImGui::SameLine();
        if (g.phase() != ClassroomPhase::lobby && g.phase() != ClassroomPhase::answering &&
            plain_button("End game (Shift+End)"))
            out = classroom_intent(ClassroomAction::finish);
    } else if (plain_button("Back to set-up (Esc)")) {
        out = intent::Classroom{classroom_cmd::Leave{}};
    }
    if (g.phase() != ClassroomPhase::podium) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        hint_if_fits(look, ui.status.empty() ? std::string(phase_hint(g)) : ui.status);
    }
    end_column(bottom);
    end_no_nav();

    const ClassroomIntent key = read_game_key();
    if (key.action != ClassroomAction::none && g.phase() != ClassroomPhase::podium)
        out = classroom_intent(key.action, key.team, key.option);
    if (g.phase() == ClassroomPhase::podium && !ui.saved && !ImGui::GetIO().KeyShift)
        for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
            if (c == 's') out = intent::Classroom{classroom_cmd::RetrySave{}};
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        out = intent::Classroom{classroom_cmd::Leave{}};
    return out;
}

}  // namespace statecraft
