#include "ui/exam/exam_palette.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

bool arrow(ImGuiKey key) {
    const int index = ImGui::GetKeyIndex(key);
    return index >= 0 && ImGui::IsKeyPressed(index, /*repeat=*/true);
}

Intent exam(ExamCommand command) {
    return intent::Exam{std::move(command)};
}

std::string status_word(const ExamSession& e, int i, int current) {
    std::string s = e.mark(i) == ExamMark::answered ? "answered"
                    : e.mark(i) == ExamMark::closed ? "time ran out"
                                                    : "unanswered";
    if (e.flagged(i)) s += ", flagged";
    if (i == current) s += ", shown now";
    return s;
}

// One square button: answered ones filled muted, flagged ones in the accent colour with a
// corner mark, the current one outlined, the keyboard cursor outlined thicker.
bool palette_button(const Look& look, const ExamSession& e, int i, int current, int cursor,
                    float side) {
    const ExamMark mark = e.mark(i);
    const bool open = mark == ExamMark::unanswered;
    int colors = 0;
    if (mark != ExamMark::unanswered) {
        ImVec4 dim = look.muted;
        dim.w = 0.35f;
        ImGui::PushStyleColor(ImGuiCol_Button, dim);
        ++colors;
    } else if (e.flagged(i)) {
        ImGui::PushStyleColor(ImGuiCol_Button, look.accent);
        ImGui::PushStyleColor(ImGuiCol_Text, look.on_accent);
        colors += 2;
    }
    const std::string label = std::to_string(i + 1) + "##q" + std::to_string(i);
    const bool clicked = button(label.c_str(), open || i == current, ImVec2(side, side));
    ImGui::PopStyleColor(colors);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float unit = std::max(1.f, std::floor(ImGui::GetFontSize() / 12.f));
    const ImU32 outline = ImGui::GetColorU32(ImGuiCol_Text);
    if (i == current) draw->AddRect(a, b, outline, 0.f, 0, unit);
    if (i == cursor)
        draw->AddRect(ImVec2(a.x - 2 * unit, a.y - 2 * unit),
                      ImVec2(b.x + 2 * unit, b.y + 2 * unit), ImGui::GetColorU32(look.accent), 0.f,
                      0, 2 * unit);
    if (e.flagged(i)) {  // a corner triangle: flagged whatever the colours
        const float t = side * 0.3f;
        draw->AddTriangleFilled(ImVec2(b.x - t, a.y), ImVec2(b.x, a.y), ImVec2(b.x, a.y + t),
                                ImGui::GetColorU32(look.wrong));
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Question %d: %s", i + 1, status_word(e, i, current).c_str());
    return clicked && open;
}

// The grid, wrapped to the column; returns how many buttons make a row.
int palette_grid(const AppState& state, const Look& look, Intent& out) {
    const ExamSession& e = *state.exam.run;
    const int n = state.quiz.session->size();
    const int current = state.quiz.session->index();
    const float side = std::floor(ImGui::GetFrameHeight() * 1.6f);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = std::max(side, column_end() - ImGui::GetCursorPosX());
    const int per_row = std::max(1, static_cast<int>((width + gap) / (side + gap)));
    for (int i = 0; i < n; ++i) {
        if (i % per_row != 0) ImGui::SameLine();
        if (palette_button(look, e, i, current, state.exam.view.palette_cursor, side))
            out = exam(exam_cmd::GoTo{i});
    }
    return per_row;
}

}  // namespace

std::string exam_counts_text(const ExamSession& e) {
    std::string s = std::to_string(e.answered_count()) + " answered";
    if (e.flagged_count() > 0) s += " \xC2\xB7 " + std::to_string(e.flagged_count()) + " flagged";
    return s + " \xC2\xB7 " + std::to_string(e.unanswered_count()) + " unanswered";
}

void exam_palette(const AppState& state, const Look& look, const Keys& keys, Intent& out) {
    text_in_font(look.heading, "Questions");
    muted(look, exam_counts_text(*state.exam.run));
    muted(look,
          "Click a question, or move with the arrow keys and press Enter. Answered questions "
          "are greyed, flagged ones carry a red corner, the one you were on is outlined. "
          "G or Esc: back to it.");
    ImGui::Spacing();
    const int per_row = palette_grid(state, look, out);
    if (keys.typing) return;
    if (arrow(ImGuiKey_LeftArrow)) out = exam(exam_cmd::MovePaletteCursor{-1});
    if (arrow(ImGuiKey_RightArrow)) out = exam(exam_cmd::MovePaletteCursor{1});
    if (arrow(ImGuiKey_UpArrow)) out = exam(exam_cmd::MovePaletteCursor{-per_row});
    if (arrow(ImGuiKey_DownArrow)) out = exam(exam_cmd::MovePaletteCursor{per_row});
    if (keys.enter) out = exam(exam_cmd::GoTo{state.exam.view.palette_cursor});
    if (keys.escape || keys.letter == 'g') out = exam(exam_cmd::ShowPalette{false});
}

void exam_hand_in_confirmation(const AppState& state, const Look& look, const Keys& keys,
                               Intent& out) {
    const ExamSession& e = *state.exam.run;
    const int total = state.quiz.session->size();
    int unanswered = e.unanswered_count();
    const bool draft_goes_in = is_complete(state.quiz.practice.draft);
    if (draft_goes_in) --unanswered;  // the current choice is handed in with the rest
    text_in_font(look.heading, "Hand in now?");
    std::string what = unanswered == 0 ? "Every question is answered."
                       : unanswered == 1
                           ? "1 of " + std::to_string(total) + " questions is unanswered."
                           : std::to_string(unanswered) + " of " + std::to_string(total) +
                                 " questions are unanswered.";
    if (unanswered > 0) what += " Unanswered questions score 0.";
    text(what);
    if (draft_goes_in) muted(look, "Your choice on the question shown is handed in with the rest.");
    if (e.flagged_count() > 0)
        muted(look, std::to_string(e.flagged_count()) + " flagged for another look.");
    muted(look, "After handing in you see every answer; nothing can be changed.");
    ImGui::Spacing();
    if (primary_button(look, "Hand in (Enter)")) out = intent::Exam{exam_cmd::HandIn{}};
    ImGui::SameLine();
    if (button("Back to the exam (Esc)")) out = exam(exam_cmd::CancelHandIn{});
    ImGui::Spacing();
    rule();
    muted(look, "Or go to a question:");
    palette_grid(state, look, out);
    if (keys.enter) out = intent::Exam{exam_cmd::HandIn{}};
    if (keys.escape) out = exam(exam_cmd::CancelHandIn{});
}

}  // namespace statecraft::ui
