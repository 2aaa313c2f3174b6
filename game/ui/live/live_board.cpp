// The live game's leaderboard (after a question) and podium (at the end), with the teams'
// averages beside them when the game has teams.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "ui/live/live_view.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

void standings_table(const char* id, const char* who, const std::vector<LiveRankRow>& rows,
                     const Look& look, float width, int max_rows) {
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable(id, 3, kFlags, ImVec2(width, 0))) return;
    ImFont* font = look.heading ? look.heading : ImGui::GetFont();
    const float digit = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, "0").x;
    ImGui::TableSetupColumn("Rank", ImGuiTableColumnFlags_WidthFixed, digit * 4);
    ImGui::TableSetupColumn(who, ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Points", ImGuiTableColumnFlags_WidthFixed, digit * 7);
    ImGui::TableHeadersRow();
    ImGui::PushTextWrapPos(-1.f);  // one line per row: names are clipped, never wrapped
    ImGui::PushFont(look.heading);
    int shown = 0;
    for (const LiveRankRow& r : rows) {
        if (shown++ == max_rows) break;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%d.", r.rank);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.name.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.total);
    }
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
}

// Rows that fit in the height left (the header row included).
int rows_that_fit(const Look& look) {
    const float row = (look.heading ? look.heading->FontSize : ImGui::GetFontSize()) +
                      ImGui::GetStyle().CellPadding.y * 2 + 1;
    return std::max(3, static_cast<int>(ImGui::GetContentRegionAvail().y / row) - 1);
}

}  // namespace

void draw_live_leaderboard(const LiveSnapshot& s, const Look& look) {
    text_in_font(look.title, "Leaderboard");
    muted(look, "After question " + std::to_string(s.question_index + 1) + " of " +
                    std::to_string(s.question_count) + " \xC2\xB7 " + std::to_string(s.players) +
                    " players");
    const float width = column_end() - ImGui::GetCursorPosX();
    const int fit = rows_that_fit(look);
    if (s.teams.empty()) {
        standings_table("players", "Player", s.leaderboard, look, width, std::min(fit, 10));
        return;
    }
    const float gap = ImGui::GetFontSize() * 2;
    const float half = std::floor((width - gap) / 2);
    const ImVec2 at = ImGui::GetCursorPos();
    standings_table("players", "Player", s.leaderboard, look, half, std::min(fit, 10));
    ImGui::SetCursorPos(ImVec2(at.x + half + gap, at.y));
    standings_table("teams", "Team (average)", s.teams, look, half, std::min(fit, 10));
}

void draw_live_podium(const LiveSnapshot& s, const Look& look) {
    text_in_font(look.title, "Final standings");
    const float em = ImGui::GetFontSize();
    const float width = column_end() - ImGui::GetCursorPosX();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float step_w = std::floor((width - 2 * gap) / 3);
    const float base_y = ImGui::GetCursorScreenPos().y + em * 7.5f;
    const float x0 = ImGui::GetCursorScreenPos().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* big = look.title ? look.title : ImGui::GetFont();
    ImFont* font = look.heading ? look.heading : ImGui::GetFont();
    const int order[3] = {2, 1, 3};  // drawn second, first, third, like a real podium
    for (int slot = 0; slot < 3; ++slot) {
        const int rank = order[slot];
        const float h = em * (rank == 1 ? 4.5f : rank == 2 ? 3.2f : 2.2f);
        const float x = x0 + slot * (step_w + gap);
        dl->AddRectFilled(ImVec2(x, base_y - h), ImVec2(x + step_w, base_y),
                          ImGui::GetColorU32(rank == 1 ? look.accent : look.muted), em * 0.2f);
        centred_text(big, big->FontSize, x, step_w, base_y - h + em * 0.3f,
                     ImGui::GetColorU32(look.on_accent), std::to_string(rank));
        std::string names;
        int total = 0;
        for (const LiveRankRow& r : s.leaderboard)
            if (r.rank == rank) {
                names += (names.empty() ? "" : ", ") + r.name;
                total = r.total;
            }
        if (names.empty()) continue;
        ImGui::PushClipRect(ImVec2(x, base_y - h - em * 3), ImVec2(x + step_w, base_y), true);
        centred_text(font, font->FontSize, x, step_w, base_y - h - em * 2.6f,
                     ImGui::GetColorU32(ImGuiCol_Text), names);
        centred_text(nullptr, em, x, step_w, base_y - h - em * 1.3f, ImGui::GetColorU32(look.muted),
                     std::to_string(total) + " points");
        ImGui::PopClipRect();
    }
    ImGui::Dummy(ImVec2(width, em * 7.5f + ImGui::GetStyle().ItemSpacing.y));
    std::string rest;
    int shown = 0;
    for (const LiveRankRow& r : s.leaderboard)
        if (r.rank > 3 && shown++ < 7)
            rest += std::to_string(r.rank) + ". " + r.name + " " + std::to_string(r.total) + "   ";
    if (!rest.empty()) text(rest);
    if (!s.teams.empty()) {
        std::string teams = "Teams: ";
        for (const LiveRankRow& t : s.teams)
            teams += std::to_string(t.rank) + ". " + t.name + " " + std::to_string(t.total) + "   ";
        text_in_font(look.heading, teams);
    }
}

}  // namespace statecraft::ui
