// The leaderboard after each question and the podium at the end of a classroom game.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "ui/classroom/classroom_view.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

std::string rank_change(const ClassroomStanding& s) {
    const int up = s.previous_rank - s.rank;
    if (up > 0) return "\xE2\x86\x91" + std::to_string(up);   // ↑
    if (up < 0) return "\xE2\x86\x93" + std::to_string(-up);  // ↓
    return "\xE2\x80\x93";                                    // –
}

}  // namespace

void draw_leaderboard(const ClassroomGame& game, const Look& look) {
    // Its own window, sized to what is left and never scrolling: thirty teams shrink the text
    // (to half size at most) so that every row shows.
    const ImVec2 box(column_end() - ImGui::GetCursorPosX(), ImGui::GetContentRegionAvail().y);
    ImGui::BeginChild("board", box, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                          ImGuiWindowFlags_NoBackground);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float title_h = (look.title ? look.title->FontSize : ImGui::GetFontSize()) +
                          style.ItemSpacing.y + ImGui::GetTextLineHeightWithSpacing();
    const float row_h = (look.heading ? look.heading->FontSize : ImGui::GetFontSize()) +
                        style.CellPadding.y * 2 + 1;
    const float needed = (title_h + row_h * (game.team_count() + 1)) * 1.15f;  // with margins
    ImGui::SetWindowFontScale(std::clamp(box.y / needed, 0.5f, 1.f));
    text_in_font(look.title, "Leaderboard");
    const std::string after = "After question " + std::to_string(game.rounds_played()) + " of " +
                              std::to_string(game.round_count());
    muted(look, after);
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("leaderboard", 5, kFlags, ImVec2(box.x, 0))) {
        ImGui::EndChild();
        return;
    }
    ImGui::TableSetupColumn("Rank");
    ImGui::TableSetupColumn("Change");
    ImGui::TableSetupColumn("Team", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("This question");
    ImGui::TableSetupColumn("Total");
    ImGui::TableHeadersRow();
    ImGui::PushTextWrapPos(-1.f);  // a total never wraps into "125" over "4"
    for (const ClassroomStanding& s : game.leaderboard()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(look.heading);
        ImGui::Text("%d.", s.rank);
        ImGui::TableNextColumn();
        const int up = s.previous_rank - s.rank;
        const ImVec4 color = up > 0 ? look.correct : up < 0 ? look.wrong : look.muted;
        ImGui::TextColored(color, "%s", rank_change(s).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(game.teams()[s.team].c_str());
        if (s.streak >= 2) {
            ImGui::SameLine();
            ImGui::TextColored(look.muted, "(%d in a row)", s.streak);
        }
        ImGui::TableNextColumn();
        ImGui::Text("+%d", s.last_points);
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.total);
        ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
    ImGui::EndChild();
}

bool podium_step_shown(const std::vector<ClassroomPlace>& places, int rank) {
    for (const ClassroomPlace& p : places)
        if (p.rank == rank) return true;
    return false;
}

Intent draw_podium(const ClassroomGame& game, const ClassroomUiState& ui, const Look& look) {
    Intent out;
    text_in_font(look.title,
                 game.finished_early() ? "Final standings (ended early)" : "Final standings");
    const std::vector<ClassroomPlace> places = game.podium();
    // Steps drawn second, first, third, like a real podium; heights from the font size.
    const float em = ImGui::GetFontSize();
    const float width = column_end() - ImGui::GetCursorPosX();
    const float step_w = std::floor((width - 2 * ImGui::GetStyle().ItemSpacing.x) / 3);
    const float base_y = ImGui::GetCursorScreenPos().y + em * 7.5f;
    const float x0 = ImGui::GetCursorScreenPos().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int order[3] = {2, 1, 3};
    for (int slot = 0; slot < 3; ++slot) {
        const int rank = order[slot];
        const ClassroomPlace* place = nullptr;
        for (const ClassroomPlace& p : places)
            if (p.rank == rank) place = &p;
        if (!place) continue;  // two teams: no empty third step
        const float h = em * (rank == 1 ? 4.5f : rank == 2 ? 3.2f : 2.2f);
        const float x = x0 + slot * (step_w + ImGui::GetStyle().ItemSpacing.x);
        const ImVec4 fill = rank == 1 ? look.accent : look.muted;
        dl->AddRectFilled(ImVec2(x, base_y - h), ImVec2(x + step_w, base_y),
                          ImGui::GetColorU32(fill), em * 0.2f);
        const std::string num = std::to_string(rank);
        ImFont* big = look.title ? look.title : ImGui::GetFont();
        const float big_size = big->FontSize;
        const ImVec2 num_size = big->CalcTextSizeA(big_size, FLT_MAX, 0, num.c_str());
        dl->AddText(big, big_size, ImVec2(x + (step_w - num_size.x) / 2, base_y - h + em * 0.3f),
                    ImGui::GetColorU32(look.on_accent), num.c_str());
        // Names above the step (ties share it), clipped to its width.
        std::string names;
        for (int t : place->teams) names += (names.empty() ? "" : ", ") + game.teams()[t];
        const std::string total = std::to_string(place->total) + " points";
        ImFont* font = look.heading ? look.heading : ImGui::GetFont();
        ImGui::PushClipRect(ImVec2(x, base_y - h - em * 3), ImVec2(x + step_w, base_y), true);
        const ImVec2 ns = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, names.c_str());
        dl->AddText(font, font->FontSize,
                    ImVec2(x + std::max(0.f, (step_w - ns.x) / 2), base_y - h - em * 2.6f),
                    ImGui::GetColorU32(ImGuiCol_Text), names.c_str());
        const ImVec2 ts = ImGui::CalcTextSize(total.c_str());
        dl->AddText(ImVec2(x + std::max(0.f, (step_w - ts.x) / 2), base_y - h - em * 1.3f),
                    ImGui::GetColorU32(look.muted), total.c_str());
        ImGui::PopClipRect();
    }
    ImGui::Dummy(ImVec2(width, em * 7.5f + ImGui::GetStyle().ItemSpacing.y));
    // Everyone below the podium.
    std::string rest;
    for (const ClassroomStanding& s : game.leaderboard())
        if (s.rank > 3)
            rest += std::to_string(s.rank) + ". " + game.teams()[s.team] + " " +
                    std::to_string(s.total) + "   ";
    if (!rest.empty()) text(rest);
    if (!ui.save_message.empty() && !ui.sample) {
        if (ui.saved)
            muted(look, ui.save_message);
        else
            text_colored(look.wrong, ui.save_message);
    }
    begin_no_nav();
    if (!ui.saved && !ui.sample && plain_button("Save again (S)"))
        out = intent::Classroom{classroom_cmd::RetrySave{}};
    end_no_nav();
    return out;
}

}  // namespace statecraft::ui
