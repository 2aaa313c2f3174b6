#include "ui/page_focus.h"

#include <imgui.h>

namespace statecraft::ui {

namespace {
constexpr int kFocusScrollFrames = 3;  // the focus lands, and scrolls, a frame or two later

ImGuiID focus_frame_key() {
    return ImGui::GetID("focus-appeared-frame");
}
}  // namespace

void focus_when_page_appears(bool open) {
    if (!open || !ImGui::IsWindowAppearing()) return;
    ImGui::SetKeyboardFocusHere();
    ImGui::GetStateStorage()->SetInt(focus_frame_key(), ImGui::GetFrameCount());
}

void keep_page_top_after_focus() {
    const int appeared = ImGui::GetStateStorage()->GetInt(focus_frame_key(), -100);
    if (ImGui::GetFrameCount() - appeared > kFocusScrollFrames) return;
    // The field's bottom in the page's own coordinates.
    const float field_bottom =
        ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY();
    if (field_bottom <= ImGui::GetWindowHeight() && ImGui::GetScrollY() > 0.f)
        ImGui::SetScrollY(0.f);
}

}  // namespace statecraft::ui
