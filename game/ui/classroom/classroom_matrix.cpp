#include "ui/classroom/classroom_matrix.h"

#include <imgui.h>

#include <algorithm>
#include <string_view>

#include "core/bank/matrix_cells.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {
// Text in a table cell wraps at the cell's edge.
void cell_text(std::string_view s, const ImVec4* colour = nullptr) {
    ImGui::PushTextWrapPos(0.0f);
    if (colour)
        text_colored(*colour, s);
    else
        text(s);
    ImGui::PopTextWrapPos();
}
}  // namespace

void classroom_matrix_grid(const Question& q, bool show_key, const Look& look) {
    const int cols = static_cast<int>(q.columns.size());
    if (cols == 0 ||
        !ImGui::BeginTable("classroom-matrix", cols + 1,
                           ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                               ImGuiTableFlags_SizingStretchProp,
                           ImVec2(std::max(1.f, ImGui::GetContentRegionAvail().x), 0)))
        return;
    ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    for (int c = 0; c < cols; ++c)
        ImGui::TableSetupColumn(q.columns[c].c_str(), ImGuiTableColumnFlags_WidthStretch, 1.f);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    muted(look, "Evidence");
    for (int c = 0; c < cols; ++c) {
        ImGui::TableNextColumn();
        cell_text(q.columns[c]);
    }
    for (const MatrixRow& row : q.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool diagnostic = !row.cells.empty() && is_diagnostic_row(row);
        cell_text(show_key && diagnostic ? row.text + "  (diagnostic)" : row.text);
        for (int c = 0; c < cols; ++c) {
            ImGui::TableNextColumn();
            if (!show_key || c >= static_cast<int>(row.cells.size())) continue;
            const CellMark mark = cell_mark(row.cells[c]);
            const ImVec4 colour = mark == CellMark::inconsistent ? look.wrong
                                  : mark == CellMark::consistent ? look.correct
                                                                 : look.muted;
            cell_text(row.cells[c], &colour);
        }
    }
    ImGui::EndTable();
}

}  // namespace statecraft::ui
