// The format rules of a matrix question, with JSON pointers under the question's pointer.
#pragma once

#include <string>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"

namespace statecraft {

// Adds an error for each broken rule: 2 to 12 rows and 2 to 6 columns, no blank or repeated
// column or row text, every cell keyed with one of the codes of matrix_cells.h, a feedback list
// (when given) as long as the columns. `at` is the question's pointer ("/questions/3").
void check_matrix_rules(const Question& question, const std::string& at, Diagnostics& out);

}  // namespace statecraft
