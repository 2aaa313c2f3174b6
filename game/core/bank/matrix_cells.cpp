#include "core/bank/matrix_cells.h"

namespace statecraft {

bool is_matrix_cell_code(std::string_view code) {
    for (const char* c : kMatrixCellCodes)
        if (code == c) return true;
    return false;
}

CellMark cell_mark(std::string_view code) {
    if (code == "C" || code == "CC") return CellMark::consistent;
    if (code == "I" || code == "II") return CellMark::inconsistent;
    return CellMark::neutral;
}

const char* cell_mark_code(CellMark mark) {
    switch (mark) {
        case CellMark::consistent:
            return "C";
        case CellMark::inconsistent:
            return "I";
        case CellMark::neutral:
            return "N";
    }
    return "N";
}

bool is_strong_cell(std::string_view code) {
    return code == "CC" || code == "II";
}

bool is_diagnostic_row(const MatrixRow& row) {
    for (const std::string& cell : row.cells)
        if (cell_mark(cell) != cell_mark(row.cells.front())) return true;
    return false;
}

std::size_t count_diagnostic_rows(const Question& question) {
    std::size_t n = 0;
    for (const MatrixRow& row : question.rows) n += !row.cells.empty() && is_diagnostic_row(row);
    return n;
}

}  // namespace statecraft
