// Marking a matrix answer and the Analysis of Competing Hypotheses read-out after it.
#pragma once

#include <vector>

#include "core/bank/model.h"
#include "core/session/answer.h"
#include "core/session/answer_check.h"

namespace statecraft {

// Weight of each cell in a diagnostic row, against 1 in a row that is the same for every
// hypothesis. The rows that tell hypotheses apart are the point of the exercise.
inline constexpr int kDiagnosticRowWeight = 2;

// score = sum of the weights of the cells marked right / sum of all weights, where a cell
// weighs kDiagnosticRowWeight in a diagnostic row and 1 otherwise. A cell is right when the
// student's mark is the key's (C for C or CC, I for I or II, N for N). Missing rows and cells
// are wrong; marks beyond the key's rows and columns are ignored. part_right: one entry per
// cell of the key, row by row.
AnswerCheck check_matrix_answer(const Question& question, const Answer& answer);

// Heuer's read-out: for each hypothesis the evidence against it, and which evidence tells
// the hypotheses apart. The hypothesis with the least evidence against it is the strongest.
struct AchReadout {
    std::vector<int> key_inconsistent;            // per column: rows keyed I or II
    std::vector<int> student_inconsistent;        // per column: rows the student marked I
    std::vector<bool> diagnostic;                 // per row: its keyed marks differ across columns
    std::vector<std::size_t> least_inconsistent;  // the key's columns with the fewest I

    std::size_t diagnostic_count() const;
};

AchReadout ach_readout(const Question& question, const Answer& answer);

}  // namespace statecraft
