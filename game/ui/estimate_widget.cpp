#include "ui/estimate_widget.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <string>

#include "core/session/estimate_score.h"
#include "ui/page_focus.h"
#include "ui/widgets.h"

namespace statecraft::ui {

Intent draw_estimate_answer(const AppState& state, const Look& look) {
    Intent out;
    const Question& q = *state.quiz.session->current().question;
    const PracticeState& p = state.quiz.practice;
    const bool open = !p.outcome;
    std::string text_value = p.draft.text;
    focus_when_page_appears(open);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
    if (!open) flags |= ImGuiInputTextFlags_ReadOnly;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    const bool entered = ImGui::InputTextWithHint("##estimate", "A number", &text_value, flags);
    keep_page_top_after_focus();
    // Enter on something that is not a number submits nothing: keep the keyboard in the field
    // (Enter would otherwise leave it) so the student can correct it at once.
    if (open && entered && !parse_estimate(text_value)) ImGui::SetKeyboardFocusHere(-1);
    if (!q.unit.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text(q.unit);
    }
    // Escape makes ImGui put back the text from before editing; keep what was typed instead.
    const bool escaped = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (open && text_value != p.draft.text && !escaped)
        out = intent::Practice{practice_cmd::SetText{text_value}};
    if (open && entered && !escaped) out = intent::Practice{practice_cmd::Submit{text_value}};
    if (!open) return out;
    if (!p.draft.text.empty() && !p.draft.number) {
        text_colored(look.wrong, "Type a number, such as 200, 1,500 or 3.5.");
    } else {
        muted(look, "The closer, the more credit.");
    }
    return out;
}

}  // namespace statecraft::ui
