// The answer area of an estimate question (bank format 1.1): a number typed on the keyboard,
// Enter submits; after submitting, how close it was.
#pragma once

#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/look.h"

namespace statecraft::ui {

Intent draw_estimate_answer(const AppState& state, const Look& look);

}  // namespace statecraft::ui
