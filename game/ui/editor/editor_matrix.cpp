// A matrix question's own part in the editor: the hypotheses (columns), the evidence rows,
// each row's keyed cells (a click steps C, I, N, CC, II) and its explanation. Adding or
// removing a column adds or removes its cell in every row (core/editor/matrix_edit.h).

#include "core/bank/matrix_cells.h"
#include "core/editor/matrix_edit.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

Question* at(Bank& b, int i) {
    return i >= 0 && i < static_cast<int>(b.questions.size()) ? &b.questions[i] : nullptr;
}

float field_width() {
    return ImGui::GetContentRegionAvail().x - row_controls_width() -
           ImGui::GetStyle().ItemSpacing.x;
}

void move_column(Question& q, int from, int to) {
    util::move_in(q.columns, from, to);
    for (MatrixRow& row : q.rows) {
        util::move_in(row.cells, from, to);
        if (!row.feedback.empty()) util::move_in(row.feedback, from, to);
    }
}

void columns(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    const std::string base = "questions/" + std::to_string(qi) + "/columns";
    muted(p.look, "Hypotheses (columns, " + std::to_string(kMinMatrixColumns) + " to " +
                      std::to_string(kMaxMatrixColumns) + "):");
    const int n = static_cast<int>(q.columns.size());
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(k);
        bare_text_field(
            p, "hypothesis", base + "/" + std::to_string(k), q.columns[k],
            [qi, k](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>(x->columns.size())) x->columns[k] = v;
            },
            field_width());
        ImGui::SameLine();
        row_controls(
            p, k, n, "hypothesis",
            [qi](Bank& b, int from, int to) {
                if (Question* x = at(b, qi)) move_column(*x, from, to);
            },
            [qi](Bank& b, int i) {
                if (Question* x = at(b, qi)) remove_matrix_column(*x, static_cast<std::size_t>(i));
            });
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add hypothesis"))
        edit(p, "Add hypothesis", [qi](Bank& b) {
            if (Question* x = at(b, qi))
                add_matrix_column(*x, "Hypothesis " + std::to_string(x->columns.size() + 1));
        });
}

// The keyed cells of one row: one small button per hypothesis, "1: C".
void cells(Page& p, int qi, int r) {
    const Question& q = p.bank.questions[qi];
    const MatrixRow& row = q.rows[r];
    focus_if_asked(p, "questions/" + std::to_string(qi) + "/rows/" + std::to_string(r) + "/cells");
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
        ImGui::PushID(1000 + c);
        const std::string label = std::to_string(c + 1) + ": " + row.cells[c];
        if (c > 0) next_in_row(button_width(label.c_str()));
        if (ImGui::Button(label.c_str()))
            edit(p, "Set cell", [qi, r, c](Bank& b) {
                Question* x = at(b, qi);
                if (!x || r >= static_cast<int>(x->rows.size())) return;
                auto& cells = x->rows[r].cells;
                if (c < static_cast<int>(cells.size())) cells[c] = next_cell_code(cells[c]);
            });
        if (ImGui::IsItemHovered() && c < static_cast<int>(q.columns.size()))
            ImGui::SetTooltip("%s (click: C, I, N, CC, II)", q.columns[c].c_str());
        ImGui::PopID();
    }
}

void rows(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    const std::string base = "questions/" + std::to_string(qi) + "/rows";
    muted(p.look,
          "Evidence (rows) and the key: C consistent, I inconsistent, N neutral; CC and II "
          "strongly. Each row's explanation says why it does or does not discriminate.");
    const int n = static_cast<int>(q.rows.size());
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(100 + k);
        const std::string key = base + "/" + std::to_string(k);
        bare_text_field(
            p, "evidence", key + "/text", q.rows[k].text,
            [qi, k](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>(x->rows.size())) x->rows[k].text = v;
            },
            field_width());
        ImGui::SameLine();
        row_controls(
            p, k, n, "evidence",
            [qi](Bank& b, int from, int to) {
                if (Question* x = at(b, qi)) util::move_in(x->rows, from, to);
            },
            [qi](Bank& b, int i) {
                if (Question* x = at(b, qi)) remove_matrix_row(*x, static_cast<std::size_t>(i));
            });
        cells(p, qi, k);
        bare_text_field(
            p, "why this row does or does not tell the readings apart", key + "/explanation",
            q.rows[k].explanation,
            [qi, k](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>(x->rows.size())) x->rows[k].explanation = v;
            },
            field_width());
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add evidence"))
        edit(p, "Add evidence", [qi](Bank& b) {
            if (Question* x = at(b, qi))
                add_matrix_row(*x, "Evidence " + std::to_string(x->rows.size() + 1));
        });
}

}  // namespace

void matrix_items(Page& p, int qi) {
    columns(p, qi);
    ImGui::Spacing();
    rows(p, qi);
}

}  // namespace statecraft::ui::editor
