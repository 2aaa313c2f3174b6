#include "core/session/matrix_scoring.h"

#include <algorithm>

#include "core/bank/matrix_cells.h"

namespace statecraft {

namespace {

// The student's mark at (row, column), or "" when there is none.
std::string_view given(const Answer& answer, std::size_t row, std::size_t column) {
    if (row >= answer.cells.size() || column >= answer.cells[row].size()) return {};
    return answer.cells[row][column];
}

bool is_mark(std::string_view code) {
    return code == "C" || code == "I" || code == "N";
}

}  // namespace

AnswerCheck check_matrix_answer(const Question& q, const Answer& a) {
    AnswerCheck r;
    long right = 0, total = 0;
    for (std::size_t row = 0; row < q.rows.size(); ++row) {
        const MatrixRow& key = q.rows[row];
        int weight = is_diagnostic_row(key) ? kDiagnosticRowWeight : 1;
        for (std::size_t col = 0; col < key.cells.size(); ++col) {
            std::string_view mark = given(a, row, col);
            bool ok = is_mark(mark) && cell_mark(mark) == cell_mark(key.cells[col]);
            r.part_right.push_back(ok);
            total += weight;
            right += ok ? weight : 0;
        }
    }
    r.score = total > 0 ? double(right) / double(total) : 0.0;
    return r;
}

std::size_t AchReadout::diagnostic_count() const {
    return static_cast<std::size_t>(std::count(diagnostic.begin(), diagnostic.end(), true));
}

AchReadout ach_readout(const Question& q, const Answer& a) {
    AchReadout out;
    out.key_inconsistent.assign(q.columns.size(), 0);
    out.student_inconsistent.assign(q.columns.size(), 0);
    for (std::size_t row = 0; row < q.rows.size(); ++row) {
        const MatrixRow& key = q.rows[row];
        out.diagnostic.push_back(!key.cells.empty() && is_diagnostic_row(key));
        for (std::size_t col = 0; col < q.columns.size(); ++col) {
            if (col < key.cells.size() && cell_mark(key.cells[col]) == CellMark::inconsistent)
                ++out.key_inconsistent[col];
            if (given(a, row, col) == "I") ++out.student_inconsistent[col];
        }
    }
    if (!out.key_inconsistent.empty()) {
        int least = *std::min_element(out.key_inconsistent.begin(), out.key_inconsistent.end());
        for (std::size_t col = 0; col < out.key_inconsistent.size(); ++col)
            if (out.key_inconsistent[col] == least) out.least_inconsistent.push_back(col);
    }
    return out;
}

}  // namespace statecraft
