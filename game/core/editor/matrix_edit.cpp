#include "core/editor/matrix_edit.h"

#include <iterator>

#include "core/bank/matrix_cells.h"

namespace statecraft {

namespace {

void fit_row(MatrixRow& row, std::size_t columns) {
    row.cells.resize(columns, "N");
    for (std::string& cell : row.cells)
        if (cell.empty()) cell = "N";
    if (!row.feedback.empty()) row.feedback.resize(columns);
}

}  // namespace

void ensure_matrix_shape(Question& q, const std::vector<std::string>& row_texts) {
    if (q.rows.empty())
        for (const std::string& t : row_texts) q.rows.push_back(MatrixRow{t, {}, {}, {}, {}});
    while (q.columns.size() < kMinMatrixColumns)
        q.columns.push_back("Hypothesis " + std::to_string(q.columns.size() + 1));
    while (q.rows.size() < kMinMatrixRows)
        q.rows.push_back(
            MatrixRow{"Evidence " + std::to_string(q.rows.size() + 1), {}, {}, {}, {}});
    for (MatrixRow& row : q.rows) fit_row(row, q.columns.size());
}

void add_matrix_column(Question& q, std::string text) {
    q.columns.push_back(std::move(text));
    for (MatrixRow& row : q.rows) fit_row(row, q.columns.size());
}

void remove_matrix_column(Question& q, std::size_t column) {
    if (column >= q.columns.size()) return;
    q.columns.erase(q.columns.begin() + static_cast<std::ptrdiff_t>(column));
    for (MatrixRow& row : q.rows) {
        if (column < row.cells.size())
            row.cells.erase(row.cells.begin() + static_cast<std::ptrdiff_t>(column));
        if (column < row.feedback.size())
            row.feedback.erase(row.feedback.begin() + static_cast<std::ptrdiff_t>(column));
    }
}

void add_matrix_row(Question& q, std::string text) {
    MatrixRow row;
    row.text = std::move(text);
    fit_row(row, q.columns.size());
    q.rows.push_back(std::move(row));
}

void remove_matrix_row(Question& q, std::size_t row) {
    if (row < q.rows.size()) q.rows.erase(q.rows.begin() + static_cast<std::ptrdiff_t>(row));
}

std::string next_cell_code(const std::string& code) {
    const std::size_t n = std::size(kMatrixCellCodes);
    for (std::size_t i = 0; i < n; ++i)
        if (code == kMatrixCellCodes[i]) return kMatrixCellCodes[(i + 1) % n];
    return kMatrixCellCodes[0];
}

}  // namespace statecraft
