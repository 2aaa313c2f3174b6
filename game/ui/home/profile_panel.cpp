// Home's profile chooser (list, choose, create) with the score database's notices, and the
// banner shown over every screen while answers wait unsaved.
#include <algorithm>
#include <cstring>
#include <string>

#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

using namespace ui;

void draw_profile_panel(const AppState& state, const Look& look, Intent& out) {
    const ScoreState& scores = state.scores;
    for (const std::string& notice : scores.notices) text_colored(look.wrong, notice);
    if (!scores.available) return;
    ImGui::AlignTextToFramePadding();
    text("Profile");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
    const char* current = scores.profile.empty() ? "(none)" : scores.profile.c_str();
    if (ImGui::BeginCombo("##profile", current)) {
        for (const std::string& name : scores.profiles)
            if (ImGui::Selectable(name.c_str(), name == scores.profile))
                out = intent::Progress{progress_cmd::ChooseProfile{name}};
        ImGui::EndCombo();
    }
    // The new name is typed into this frame-to-frame buffer; the state only sees it on Create.
    static char new_name[65] = "";
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    const bool entered =
        ImGui::InputTextWithHint("##new-profile", "New profile", new_name, sizeof new_name,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool typed = new_name[0] != '\0';
    if ((ui::button("Create", typed) || (entered && typed))) {
        out = intent::Progress{progress_cmd::CreateProfile{new_name}};
        new_name[0] = '\0';
    }
    if (!scores.profile_message.empty()) text_colored(look.wrong, scores.profile_message);
}

void draw_write_banner(const AppState& state, const Look& look, Intent& out) {
    const ScoreState& scores = state.scores;
    if (scores.pending == 0 && scores.write_problem.empty()) return;
    // The store's message says what failed and how many writes wait (answers, cards, sessions).
    std::string message =
        "Not saved yet: " + (scores.write_problem.empty()
                                 ? std::to_string(scores.pending) + " writes wait."
                                 : scores.write_problem);
    message +=
        scores.quit_warned ? " Quit again to leave without them, or Retry." : " The quiz goes on.";
    ImGui::PushStyleColor(ImGuiCol_ChildBg,
                          ImVec4(look.wrong.x, look.wrong.y, look.wrong.z, 0.15f));
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float retry_w = button_width("Retry");
    // Wrapped text needs its height up front: measure at the width left beside the button,
    // inside the banner's own padding.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap = ImGui::GetContentRegionAvail().x - style.WindowPadding.x * 2 - retry_w -
                       style.ItemSpacing.x * 2;
    const float text_h = ImGui::CalcTextSize(message.c_str(), nullptr, false, wrap).y;
    const float h = std::max(text_h, line) + style.WindowPadding.y * 2;
    ImGui::BeginChild("write-banner", ImVec2(0, h), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    text_colored(look.wrong, message);
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    align_right(retry_w);
    if (ImGui::Button("Retry")) out = intent::Progress{progress_cmd::RetryWrites{}};
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace statecraft
