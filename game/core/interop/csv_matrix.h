// A matrix question in a spreadsheet row (questions/CSV.md): the answer cell lists the
// hypotheses separated by '|', each option cell is one evidence row, "evidence -> C I N C".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/bank/model.h"

namespace statecraft::csv_matrix {

// The answer cell and one option per row. Text that would not read back (a '|' in a
// hypothesis, "->" in evidence) is named in `problems`; what a row of cells cannot hold
// (per-row explanations and feedback) in `lost`, so the export can say so.
void write(const Question& question, std::string& answer, std::vector<std::string>& options,
           std::vector<std::string>& problems, std::vector<std::string>& lost);

// Fills columns and rows from the answer cell and the options (letter, text); returns the
// first problem ("" when none), naming the option's letter.
std::string read(Question& question, const std::string& answer,
                 const std::vector<std::pair<int, std::string>>& options);

}  // namespace statecraft::csv_matrix
