// Parts of a bank question from the fields a test cares about; the rest keep their defaults.
// Brace lists name every field in order, so each field added to Choice or MatrixRow broke them
// (or warned, -Wmissing-field-initializers) in every test that wrote one.
#pragma once

#include <string>
#include <vector>

#include "core/bank/model.h"

namespace statecraft::testing {

inline Choice choice(std::string id, std::string text, bool correct = false) {
    Choice c;
    c.id = std::move(id);
    c.text = std::move(text);
    c.correct = correct;
    return c;
}

inline MatrixRow matrix_row(std::string text, std::vector<std::string> cells,
                            std::string explanation) {
    MatrixRow row;
    row.text = std::move(text);
    row.cells = std::move(cells);
    row.explanation = std::move(explanation);
    return row;
}

}  // namespace statecraft::testing
