// A small bank for classroom tests, built in C++ so each test sees every figure it relies on.
#pragma once

#include <string>
#include <vector>

#include "core/bank/model.h"

namespace statecraft::testing {

// Categories "actors" and "history". Auto-scored questions:
//   q-capital  single, right "a" (Tehran) of a-d, no time limit, explanation
//   q-members  multiple, right "a" and "c" of a-d, no time limit, explanation
//   q-treaty   true_false, answer true, time_limit_s 10, NO explanation
//   q-year     single (history), right "b" of a-c, time_limit_s 30, explanation
//   q-leader   single (history), right "a" of a-b, no time limit, explanation
// Teacher-marked: q-order (ordering), q-short (short_answer), q-match (matching), all history.
Bank classroom_bank();

// A bank with only the given questions (ids from classroom_bank()).
Bank classroom_bank_with(const std::vector<std::string>& question_ids);

}  // namespace statecraft::testing
