// Classroom set-up: teams by name (type + Enter adds; Enter on an empty field starts), what to
// ask, how long, and the mode. Everything is reachable with Tab/Space or the mouse.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "platform/letter_keys.h"
#include "ui/live/live_setup_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

namespace {

Intent command(ClassroomCommand c) {
    return intent::Classroom{std::move(c)};
}

namespace K = classroom_cmd;

void teams_section(const ClassroomSetupState& s, const Look& look, Intent& out) {
    text_in_font(look.heading, "Teams (" + std::to_string(s.teams.size()) + " of 2 to " +
                                   std::to_string(kClassroomMaxTeams) + ")");
    // The name field takes the keyboard when the screen opens and after each team is added.
    static int focused_serial = -1;
    if (focused_serial != s.focus_serial) {
        ImGui::SetKeyboardFocusHere();
        focused_serial = s.focus_serial;
    }
    std::string name = s.new_team;
    const float add_w = button_width("Add");
    ImGui::SetNextItemWidth(
        std::max(ImGui::GetFontSize() * 8,
                 ImGui::GetContentRegionAvail().x - add_w - ImGui::GetStyle().ItemSpacing.x));
    const bool entered = ImGui::InputTextWithHint("##new-team", "Team name, then Enter", &name,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    if (name != s.new_team) out = command(K::SetNewTeam{name});
    if (entered)
        out = trim_team_name(name).empty() ? command(K::Start{}) : command(K::AddTeam{name});
    ImGui::SameLine();
    if (button("Add", !trim_team_name(s.new_team).empty())) out = command(K::AddTeam{s.new_team});
    muted(look,
          "Enter adds the team; Enter on an empty field starts the game. Tab reaches each "
          "team's name (edit to rename) and its Remove button.");
    for (int i = 0; i < static_cast<int>(s.teams.size()); ++i) {
        ImGui::PushID(i);
        std::string team = s.teams[i];
        // From the row's own start: in the two-column table a cell does not start at the
        // window's left edge (a window offset put the fields outside the cell at 1920x1080).
        const float row_x = ImGui::GetCursorPosX();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted((std::to_string(i + 1) + ".").c_str());
        ImGui::SameLine(row_x + ImGui::GetFontSize() * 2.2f);
        const float remove_w = button_width("Remove");
        ImGui::SetNextItemWidth(std::min(
            ImGui::GetFontSize() * 16,
            column_end() - ImGui::GetCursorPosX() - remove_w - ImGui::GetStyle().ItemSpacing.x));
        if (ImGui::InputText("##name", &team)) out = command(K::RenameTeam{i, team});
        ImGui::SameLine();
        if (ImGui::Button("Remove")) out = command(K::RemoveTeam{i});
        ImGui::PopID();
    }
    int count = s.generate_count;
    ImGui::AlignTextToFramePadding();
    text("Or name them by number:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    if (ImGui::InputInt("##generate", &count)) out = command(K::SetGenerateCount{count});
    ImGui::SameLine();
    const std::string make = "Teams 1 to " + std::to_string(s.generate_count);
    if (ImGui::Button(make.c_str())) out = command(K::GenerateTeams{});
}

void game_section(const AppState& state, const Look& look, Intent& out) {
    const ClassroomSetupState& s = state.classroom.setup;
    const Bank& bank = state.home.banks[state.home.selected].loaded->bank;
    text_in_font(look.heading, "Questions");
    muted(look, "Bank: " + bank.title + " (choose another on Home)");
    int count = s.question_count;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputInt("Questions", &count)) out = command(K::SetQuestionCount{count});
    int time = s.default_time_s;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputInt("Seconds per question", &time, 5, 10)) out = command(K::SetTime{time});
    muted(look, "Questions with their own time limit keep it.");
    int mode = s.mode == ClassroomMode::hot_seat ? 1 : 0;
    if (ImGui::RadioButton("All teams answer each question", mode == 0))
        out = command(K::SetMode{ClassroomMode::all_teams});
    if (ImGui::RadioButton("Hot seat: teams take turns", mode == 1))
        out = command(K::SetMode{ClassroomMode::hot_seat});
    bool marked = s.include_teacher_marked;
    if (ImGui::Checkbox("Include matching, ordering and short answers (you mark them)", &marked))
        out = command(K::SetTeacherMarked{marked});
    // Only a bank with polls asks: elsewhere the choice would change nothing.
    if (std::any_of(bank.questions.begin(), bank.questions.end(),
                    [](const Question& q) { return q.type == QuestionType::poll; })) {
        bool polls = s.include_polls;
        if (ImGui::Checkbox("Include polls (teams vote, the spread is shown, no points)", &polls))
            out = command(K::SetPolls{polls});
    }
    text("Categories:");
    ImGui::SameLine();
    if (link(look, "##all", "all")) out = command(K::AllCategories{true});
    ImGui::SameLine();
    if (link(look, "##none", "none")) out = command(K::AllCategories{false});
    for (const Category& c : bank.categories) {
        bool on = std::find(s.categories.begin(), s.categories.end(), c.id) != s.categories.end();
        if (ImGui::Checkbox(c.title.c_str(), &on)) out = command(K::ToggleCategory{c.id});
    }
}

// Ctrl+L starts the live game even while the team name field has the keyboard.
bool ctrl_l_pressed() {
    const int index = letter_key_index('l');
    return ImGui::GetIO().KeyCtrl && index >= 0 && ImGui::IsKeyPressed(index, false);
}

}  // namespace

Intent draw_classroom_setup(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    if (state.home.selected < 0) return command(K::Leave{});
    const ClassroomSetupState& s = state.classroom.setup;
    ImGui::BeginChild("classroom-setup", ImVec2(0, -footer_height()));
    Column col = begin_column(64.f);
    text_in_font(look.title, "Classroom game");
    muted(look, "One computer on the projector; you record each team's answer with the keys.");
    if (!s.message.empty()) text_colored(look.wrong, s.message);
    const bool wide = col.width >= 60.f * ImGui::GetFontSize();  // two columns need room
    if (wide && ImGui::BeginTable("setup-columns", 2, ImGuiTableFlags_SizingStretchSame,
                                  ImVec2(col.width, 0))) {
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);
        teams_section(s, look, out);
        draw_live_setup(s.live, look, out);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.f);
        game_section(state, look, out);
        ImGui::PopTextWrapPos();
        ImGui::EndTable();
    } else {
        teams_section(s, look, out);
        rule();
        game_section(state, look, out);
        rule();
        draw_live_setup(s.live, look, out);
    }
    end_column(col);
    ImGui::EndChild();

    ImGui::Separator();
    Column bottom = begin_column(64.f);
    const bool enough = static_cast<int>(s.teams.size()) >= kClassroomMinTeams;
    if (primary_button(look, "Start game (Enter)", enough)) out = command(K::Start{});
    ImGui::SameLine();
    // Students answer on their own phones and laptops: no teams needed (two or more become
    // teams on the devices).
    if (ImGui::Button("Live (Ctrl+L)")) out = command(K::StartLive{});
    ImGui::SameLine();
    if (ImGui::Button("Back (Esc)")) out = command(K::Leave{});
    if (!enough) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        hint_if_fits(look, "Add at least two teams.");
    }
    end_column(bottom);

    if (keys.enter) out = command(K::Start{});
    if (ctrl_l_pressed()) out = command(K::StartLive{});
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) out = command(K::Leave{});
    return out;
}

}  // namespace statecraft
