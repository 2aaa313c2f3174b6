// A matrix question's own part in the editor: the hypotheses (columns), the evidence rows,
// each row's keyed cells (a click steps C, I, N, CC, II) and its explanation. Adding or
// removing a column adds or removes its cell in every row (core/editor/matrix_edit.h).

#include "core/bank/matrix_cells.h"
#include "core/editor/matrix_edit.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

using bank_edit::SetText;

float field_width() {
    return ImGui::GetContentRegionAvail().x - row_controls_width() -
           ImGui::GetStyle().ItemSpacing.x;
}

void columns(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    muted(p.look, "Hypotheses (columns, " + std::to_string(kMinMatrixColumns) + " to " +
                      std::to_string(kMaxMatrixColumns) + "):");
    const int n = static_cast<int>(q.columns.size());
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(k);
        bare_text_field(p, SetText{TextField::hypothesis, qi, k}, q.columns[k], field_width());
        ImGui::SameLine();
        row_controls(p, k, n, EditList::columns, qi);
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add hypothesis")) edit(p, bank_edit::AddItem{EditList::columns, qi});
}

// The keyed cells of one row: one small button per hypothesis, "1: C".
void cells(Page& p, int qi, int r) {
    const Question& q = p.bank.questions[qi];
    const MatrixRow& row = q.rows[r];
    focus_if_asked(p, list_key(EditList::rows, qi) + "/" + std::to_string(r) + "/cells");
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
        ImGui::PushID(1000 + c);
        const std::string label = std::to_string(c + 1) + ": " + row.cells[c];
        if (c > 0) next_in_row(button_width(label.c_str()));
        if (ImGui::Button(label.c_str()))
            edit(p, bank_edit::SetMatrixCell{qi, r, c, next_cell_code(row.cells[c])});
        if (ImGui::IsItemHovered() && c < static_cast<int>(q.columns.size()))
            ImGui::SetTooltip("%s (click: C, I, N, CC, II)", q.columns[c].c_str());
        ImGui::PopID();
    }
}

void rows(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    muted(p.look,
          "Evidence (rows) and the key: C consistent, I inconsistent, N neutral; CC and II "
          "strongly. Each row's explanation says why it does or does not discriminate.");
    const int n = static_cast<int>(q.rows.size());
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(100 + k);
        bare_text_field(p, SetText{TextField::evidence_text, qi, k}, q.rows[k].text, field_width());
        ImGui::SameLine();
        row_controls(p, k, n, EditList::rows, qi);
        cells(p, qi, k);
        bare_text_field(p, SetText{TextField::evidence_explanation, qi, k}, q.rows[k].explanation,
                        field_width());
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add evidence")) edit(p, bank_edit::AddItem{EditList::rows, qi});
}

}  // namespace

void matrix_items(Page& p, int qi) {
    columns(p, qi);
    ImGui::Spacing();
    rows(p, qi);
}

}  // namespace statecraft::ui::editor
