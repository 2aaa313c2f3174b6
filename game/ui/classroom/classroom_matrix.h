// A matrix question on the projector: the class argues the whole grid, so it is shown whole,
// blank while teams answer and with its key (and which rows are diagnostic) after the reveal.
#pragma once

#include "core/bank/model.h"
#include "ui/look.h"

namespace statecraft::ui {

void classroom_matrix_grid(const Question& question, bool show_key, const Look& look);

}  // namespace statecraft::ui
