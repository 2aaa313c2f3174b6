// The cells of a matrix question (Analysis of Competing Hypotheses, Heuer 1999): rows are
// evidence, columns hypotheses, each cell says how the evidence bears on the hypothesis.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/model.h"

namespace statecraft {

// The keyed codes: consistent, inconsistent, neutral (or not applicable), and the strong
// forms CC and II. A student answers C, I or N; CC and II are marked as C and I.
enum class CellMark { consistent, inconsistent, neutral };

inline constexpr const char* kMatrixCellCodes[] = {"C", "I", "N", "CC", "II"};

bool is_matrix_cell_code(std::string_view code);
// The mark a code stands for (CC is consistent, II inconsistent); nullopt-like neutral for
// anything else, so callers check is_matrix_cell_code first.
CellMark cell_mark(std::string_view code);
// "C", "I" or "N".
const char* cell_mark_code(CellMark mark);
bool is_strong_cell(std::string_view code);

// A row is diagnostic when its keyed marks differ across the hypotheses: it tells them apart.
// A row marked the same everywhere fits (or weighs against) every hypothesis and decides nothing.
bool is_diagnostic_row(const MatrixRow& row);
// How many of the question's rows are diagnostic.
std::size_t count_diagnostic_rows(const Question& question);

// Limits of the format (FORMAT.md).
inline constexpr std::size_t kMinMatrixRows = 2, kMaxMatrixRows = 12;
inline constexpr std::size_t kMinMatrixColumns = 2, kMaxMatrixColumns = 6;

}  // namespace statecraft
