// The answering grid of a matrix question (evidence against hypotheses) and, once submitted,
// each cell marked and the Analysis of Competing Hypotheses read-out.
#pragma once

#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/keys.h"
#include "ui/look.h"

namespace statecraft::ui {

// Keys: arrows move the selected cell, C / I / N mark it and move on to the next cell;
// mouse: a click on a cell marks it C, then I, then N.
Intent matrix_answer(const AppState& state, const Look& look, const Keys& keys);

}  // namespace statecraft::ui
