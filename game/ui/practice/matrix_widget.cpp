#include "ui/practice/matrix_widget.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "core/bank/matrix_cells.h"
#include "core/session/matrix_scoring.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

std::string given(const Answer& a, std::size_t row, std::size_t col) {
    if (row >= a.cells.size() || col >= a.cells[row].size()) return {};
    return a.cells[row][col];
}

// Text in a table cell wraps at the cell's edge, not at the page column's.
void cell_text(std::string_view s) {
    ImGui::PushTextWrapPos(0.0f);
    text(s);
    ImGui::PopTextWrapPos();
}

// The page column's width from the cursor: a table as wide as the text around it.
ImVec2 table_size() {
    return ImVec2(std::max(1.f, column_end() - ImGui::GetCursorPosX()), 0);
}

// The mark a click gives: C, then I, then N, then C again.
std::string clicked_mark(const std::string& mark) {
    if (mark == "C") return "I";
    if (mark == "I") return "N";
    return "C";
}

// One cell: the student's mark as a button; after submitting, coloured right or wrong, with
// the key beside a wrong mark. Returns true when clicked.
bool cell_button(const Look& look, const std::string& mark, const std::string& key,
                 std::optional<bool> right, bool selected) {
    std::string label = mark.empty() ? "\xC2\xB7" : mark;   // a middle dot for "not yet"
    if (right && !*right) label += " \xE2\x86\x92 " + key;  // "I → C"
    if (right && *right && is_strong_cell(key)) label = key;
    const float w = ImGui::GetContentRegionAvail().x;
    int colours = 0;
    if (right) {
        ImVec4 c = *right ? look.correct : look.wrong;
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(c.x, c.y, c.z, 0.25f));
        ImGui::PushStyleColor(ImGuiCol_Text, c);
        colours = 2;
    } else if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, look.accent);
        ImGui::PushStyleColor(ImGuiCol_Text, look.on_accent);
        colours = 2;
    }
    const bool clicked = ImGui::Button(label.c_str(), ImVec2(w, 0));
    ImGui::PopStyleColor(colours);
    return clicked && !right;
}

Intent keyboard(const Question& q, const PracticeState& p, const Keys& keys) {
    const int cols = static_cast<int>(q.columns.size());
    const int cells = cols * static_cast<int>(q.rows.size());
    if (cols == 0 || cells == 0) return {};
    const int at = std::clamp(p.cursor, 0, cells - 1);
    if (keys.left && at % cols > 0) return intent::Practice{practice_cmd::SetCursor{at - 1}};
    if (keys.right && at % cols + 1 < cols)
        return intent::Practice{practice_cmd::SetCursor{at + 1}};
    if (keys.up && at >= cols) return intent::Practice{practice_cmd::SetCursor{at - cols}};
    if (keys.down && at + cols < cells) return intent::Practice{practice_cmd::SetCursor{at + cols}};
    if (keys.letter == 'c' || keys.letter == 'i' || keys.letter == 'n') {
        const char mark[2] = {static_cast<char>(keys.letter - 'a' + 'A'), 0};
        return intent::Practice{practice_cmd::SetMatrixCell{at / cols, at % cols, mark}};
    }
    return {};
}

void readout(const Question& q, const Answer& a, const Look& look) {
    const AchReadout r = ach_readout(q, a);
    ImGui::Spacing();
    text_in_font(look.heading, "Evidence against each reading");
    if (ImGui::BeginTable("ach-readout", 3,
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                          table_size())) {
        ImGui::TableSetupColumn("Hypothesis", ImGuiTableColumnFlags_WidthStretch, 3.f);
        ImGui::TableSetupColumn("Against it (key)", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("(yours)", ImGuiTableColumnFlags_WidthStretch, 1.f);
        ImGui::TableHeadersRow();
        for (std::size_t c = 0; c < q.columns.size(); ++c) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool least = std::find(r.least_inconsistent.begin(), r.least_inconsistent.end(), c) !=
                         r.least_inconsistent.end();
            cell_text(q.columns[c] + (least ? "  (least against it)" : ""));
            ImGui::TableNextColumn();
            cell_text(std::to_string(r.key_inconsistent[c]) + " I");
            ImGui::TableNextColumn();
            cell_text(std::to_string(r.student_inconsistent[c]) + " I");
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    muted(look, std::to_string(r.diagnostic_count()) + " of " + std::to_string(q.rows.size()) +
                    " rows are diagnostic: they tell the readings apart and count double. The "
                    "others fit every reading alike and decide nothing.");
    for (std::size_t row = 0; row < q.rows.size(); ++row) {
        const MatrixRow& mr = q.rows[row];
        ImGui::Spacing();
        text(std::string(r.diagnostic[row] ? "Diagnostic: " : "Not diagnostic: ") + mr.text);
        if (!mr.explanation.empty()) muted(look, mr.explanation);
        for (std::size_t c = 0; c < mr.feedback.size() && c < q.columns.size(); ++c)
            if (!mr.feedback[c].empty()) muted(look, q.columns[c] + ": " + mr.feedback[c]);
    }
}

}  // namespace

Intent matrix_answer(const AppState& state, const Look& look, const Keys& keys) {
    Intent out;
    const Question& q = *state.quiz.session->current().question;
    const PracticeState& p = state.quiz.practice;
    const bool open = !p.outcome;
    const int cols = static_cast<int>(q.columns.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp;
    if (cols > 0 && ImGui::BeginTable("matrix", cols + 1, flags, table_size())) {
        ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthStretch, 2.2f);
        for (int c = 0; c < cols; ++c)
            ImGui::TableSetupColumn(q.columns[c].c_str(), ImGuiTableColumnFlags_WidthStretch, 1.f);
        // Headers wrap: hypotheses are phrases, not words.
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        muted(look, "Evidence");
        ImGui::PopTextWrapPos();
        for (int c = 0; c < cols; ++c) {
            ImGui::TableNextColumn();
            cell_text(q.columns[c]);
        }
        std::size_t part = 0;
        for (int row = 0; row < static_cast<int>(q.rows.size()); ++row) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            cell_text(q.rows[row].text);
            for (int c = 0; c < cols; ++c) {
                ImGui::TableNextColumn();
                ImGui::PushID(row * cols + c);
                const std::string mark = given(p.draft, row, c);
                const std::string key = c < static_cast<int>(q.rows[row].cells.size())
                                            ? q.rows[row].cells[c]
                                            : std::string();
                std::optional<bool> right;
                if (p.outcome && part < p.outcome->part_right.size())
                    right = p.outcome->part_right[part];
                ++part;
                if (cell_button(look, mark, key, right, open && p.cursor == row * cols + c))
                    out = intent::Practice{practice_cmd::SetMatrixCell{row, c, clicked_mark(mark)}};
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    if (open) {
        muted(look, "C consistent \xC2\xB7 I inconsistent \xC2\xB7 N neutral or not applicable.");
        Intent k = keyboard(q, p, keys);
        if (has_intent(k)) out = k;
    } else {
        readout(q, p.draft, look);
    }
    return out;
}

}  // namespace statecraft::ui
