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

bool revealed(const ClassroomGame& g) {
    return g.phase() == ClassroomPhase::revealed || g.phase() == ClassroomPhase::explanation;
}

// How many teams picked option k (shown only after the reveal).
int picks_of(const ClassroomGame& g, int option) {
    int n = 0;
    for (const ClassroomTeamResult& r : g.results(g.round_index()))
        if (std::find(r.answer.picked.begin(), r.answer.picked.end(), option) !=
            r.answer.picked.end())
            ++n;
    return n;
}

void options(const ClassroomGame& g, const Look& look, Intent& out) {
    const ClassroomRound& round = *g.current_round();
    const bool show = revealed(g);
    ImGui::PushFont(look.heading);
    for (int k = 0; k < static_cast<int>(round.options.size()); ++k) {
        const ClassroomOption& o = round.options[k];
        ImGui::PushID(k);
        std::string label = std::to_string(k + 1) + "   " + o.text;
        if (show) {
            const int n = picks_of(g, k);
            label += "   (" + std::to_string(n) + (n == 1 ? " team)" : " teams)");
        }
        const float w = column_end() - ImGui::GetCursorPosX();
        const ImVec2 size =
            ImGui::CalcTextSize(label.c_str(), nullptr, false, w - ImGui::GetFontSize());
        ImVec2 pos = ImGui::GetCursorScreenPos();
        const bool clickable = g.phase() == ClassroomPhase::answering;
        if (ImGui::Selectable("##option", false, clickable ? 0 : ImGuiSelectableFlags_Disabled,
                              ImVec2(w, size.y)) &&
            clickable)
            out = classroom_intent(ClassroomAction::press_option, -1, k);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImVec4 color = ImGui::GetStyle().Colors[ImGuiCol_Text];
        if (show && o.correct) {
            dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + size.y),
                              ImGui::GetColorU32(look.correct), ImGui::GetFontSize() * 0.15f);
            color = look.on_accent;
            label = "\xE2\x9C\x93 " + label;  // ✓
        } else if (show) {
            color = look.muted;
        }
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                    ImVec2(pos.x + ImGui::GetFontSize() * 0.3f, pos.y), ImGui::GetColorU32(color),
                    label.c_str(), nullptr, w - ImGui::GetFontSize());
        ImGui::PopID();
    }
    ImGui::PopFont();
}

// One row per team: its key and name, then "answered" / "waiting" (never which answer) while
// answering, its answer, a mark and its points after the reveal.
void team_rows(const ClassroomGame& g, const Look& look, Intent& out) {
    const float em = ImGui::GetFontSize();
    const float w = column_end() - ImGui::GetCursorPosX();
    const float h = ImGui::GetTextLineHeightWithSpacing();
    const bool after_lock = g.phase() != ClassroomPhase::answering;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int t = 0; t < g.team_count(); ++t) {
        ImGui::PushID(t);
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const bool selected = g.phase() == ClassroomPhase::answering && g.selected_team() == t;
        if (ImGui::Selectable("##team", selected, 0,
                              ImVec2(w, h - ImGui::GetStyle().ItemSpacing.y)))
            out = classroom_intent(ClassroomAction::select_team, t);
        std::string status;
        ImVec4 color = look.muted;
        if (!g.answers_now(t)) {
            status = "\xE2\x80\x93";  // –: not their turn
        } else if (revealed(g)) {
            const ClassroomTeamResult& r = g.results(g.round_index())[t];
            std::string picked;
            for (int k : r.answer.picked)
                picked += (picked.empty() ? "" : ",") + std::to_string(k + 1);
            status = (r.answer.given() ? picked : std::string("\xE2\x80\x93")) + " " +
                     (r.credit.full()   ? "\xE2\x9C\x93"
                      : r.credit.none() ? "\xE2\x9C\x97"
                                        : "~") +
                     " +" + std::to_string(r.score.points);
            color = r.credit.full() ? look.correct : r.credit.none() ? look.wrong : look.accent;
        } else if (g.answer(t).given()) {
            status = "\xE2\x97\x8F";  // ●: answered (which answer stays hidden)
            color = look.accent;
        } else {
            status = after_lock ? "\xE2\x80\x93" : "\xE2\x80\xA6";  // – or …
        }
        const float status_w = ImGui::CalcTextSize(status.c_str()).x;
        const std::string name = team_key(t) + "  " + g.teams()[t];
        const float name_end = pos.x + w - status_w - em * 0.6f;
        ImGui::PushClipRect(pos, ImVec2(name_end, pos.y + h), true);
        dl->AddText(
            ImVec2(pos.x + em * 0.2f, pos.y),
            ImGui::GetColorU32(selected ? look.accent : ImGui::GetStyle().Colors[ImGuiCol_Text]),
            name.c_str());
        ImGui::PopClipRect();
        dl->AddText(ImVec2(pos.x + w - status_w - em * 0.2f, pos.y), ImGui::GetColorU32(color),
                    status.c_str());
        ImGui::PopID();
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

void question_column(const ClassroomGame& g, const Look& look, Intent& out) {
    const ClassroomRound& round = *g.current_round();
    text_in_font(round.question.prompt.size() <= 70 ? look.title : look.heading,
                 round.question.prompt);
    if (round.teacher_marked) muted(look, "Mark each team: 1 right, 2 wrong.");
    if (round.question.type == QuestionType::multiple && g.phase() == ClassroomPhase::answering)
        muted(look, "Several answers: the keys toggle choices.");
    ImGui::Spacing();
    if (round.question.type == QuestionType::matrix)
        classroom_matrix_grid(round.question, revealed(g), look);
    options(g, look, out);
    if (g.phase() == ClassroomPhase::explanation && !round.question.explanation.empty()) {
        ImGui::Spacing();
        rule();
        text_in_font(look.heading, round.question.explanation);
    }
}

void teams_column(const ClassroomGame& g, const Look& look, Intent& out) {
    if (g.phase() == ClassroomPhase::answering)
        muted(look, std::to_string(g.answered_count()) + " of " +
                        std::to_string(g.expected_count()) + " answered");
    else
        muted(look, revealed(g) ? "Answers and points" : "Answers locked");
    team_rows(g, look, out);
}

// The question beside the teams when the window is wide enough, else the teams below.
void question(const ClassroomGame& g, const Look& look, Intent& out) {
    const float width = column_end() - ImGui::GetCursorPosX();
    if (width >= 30.f * ImGui::GetFontSize() &&
        ImGui::BeginTable("question-layout", 2, ImGuiTableFlags_SizingStretchProp,
                          ImVec2(width, 0))) {
        ImGui::TableSetupColumn("question", ImGuiTableColumnFlags_WidthStretch, 0.64f);
        ImGui::TableSetupColumn("teams", ImGuiTableColumnFlags_WidthStretch, 0.36f);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
        question_column(g, look, out);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
        teams_column(g, look, out);
        ImGui::PopTextWrapPos();
        ImGui::EndTable();
    } else {
        question_column(g, look, out);
        rule();
        teams_column(g, look, out);
    }
}

}  // namespace

Intent draw_classroom(const AppState& state, const Look& look) {
    Intent out;
    const ClassroomUiState& ui = state.classroom;
    if (!ui.game) return intent::Classroom{classroom_cmd::Leave{}};
    const ClassroomGame& g = *ui.game;
    begin_no_nav();
    ImGui::BeginChild("classroom", ImVec2(0, -footer_height()));
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
            question(g, look, out);
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
