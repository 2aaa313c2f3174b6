// Editing the grid of a matrix question: rows (evidence) and columns (hypotheses) are added
// and removed together with their cells, so every row keeps one keyed cell per column.
#pragma once

#include <string>

#include "core/bank/model.h"

namespace statecraft {

// Gives the question at least 2 columns and 2 rows, and every row one cell per column (new
// cells "N"). Texts the old type held become the rows' evidence.
void ensure_matrix_shape(Question& question, const std::vector<std::string>& row_texts = {});

void add_matrix_column(Question& question, std::string text);
// Does nothing when the index is out of range.
void remove_matrix_column(Question& question, std::size_t column);
void add_matrix_row(Question& question, std::string text);
void remove_matrix_row(Question& question, std::size_t row);
// The next code in the order C, I, N, CC, II (the editor's click on a cell).
std::string next_cell_code(const std::string& code);

}  // namespace statecraft
