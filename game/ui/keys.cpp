#include "ui/keys.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace statecraft {

namespace {
bool pressed(ImGuiKey key) {
    int index = ImGui::GetKeyIndex(key);
    return index >= 0 && ImGui::IsKeyPressed(index, /*repeat=*/false);
}
bool pressed_repeating(ImGuiKey key) {
    int index = ImGui::GetKeyIndex(key);
    return index >= 0 && ImGui::IsKeyPressed(index, /*repeat=*/true);
}
}  // namespace

Keys read_keys() {
    const ImGuiIO& io = ImGui::GetIO();
    Keys k;
    k.typing = io.WantTextInput;
    if (k.typing) return k;
    for (ImWchar c : io.InputQueueCharacters) {
        if (c >= '1' && c <= '9') k.digit = c - '0';
        if (c >= 'a' && c <= 'z') k.letter = static_cast<char>(c);
        if (c >= 'A' && c <= 'Z') k.letter = static_cast<char>(c - 'A' + 'a');
        if (c == '+' || c == '=') k.plus = true;
        if (c == '-') k.minus = true;
    }
    // Ctrl or Super turns letters into commands of other programs, not ours.
    if (io.KeyCtrl || io.KeySuper) k.digit = 0, k.letter = 0;
    k.enter = pressed(ImGuiKey_Enter);
    k.escape = pressed(ImGuiKey_Escape);
    if (io.KeyAlt) {
        k.alt_up = pressed_repeating(ImGuiKey_UpArrow);
        k.alt_down = pressed_repeating(ImGuiKey_DownArrow);
        // Alt+arrow is ours (move an item). ImGui 1.86 would also move its keyboard focus
        // with the arrow, and on Alt's release switch layers: focus then ended on the
        // screen's first button ("Home"), where the next Space pressed it.
        if (k.alt_up || k.alt_down) {
            ImGui::NavMoveRequestCancel();
            ImGui::GetCurrentContext()->NavWindowingToggleLayer = false;
        }
    } else {
        k.up = pressed_repeating(ImGuiKey_UpArrow);
        k.down = pressed_repeating(ImGuiKey_DownArrow);
        k.left = pressed_repeating(ImGuiKey_LeftArrow);
        k.right = pressed_repeating(ImGuiKey_RightArrow);
    }
    return k;
}

}  // namespace statecraft
