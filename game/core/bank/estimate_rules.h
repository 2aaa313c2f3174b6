// The rules of an estimate question (bank format 1.1): a finite value, margin and tolerance of
// sensible size, margin >= 0 and tolerance >= margin. Kept apart from bank_rules.cpp so each
// new type adds one call there.
#pragma once

#include <functional>
#include <string>

#include "core/bank/model.h"

namespace statecraft {

// The largest magnitude a value, margin or tolerance may have.
inline constexpr double kMaxEstimateMagnitude = 1e15;

// Reports each broken rule as (JSON pointer, message); `at` gives the question's pointer.
void check_estimate(const Question& question, const std::function<std::string()>& at,
                    const std::function<void(const std::string&, const std::string&)>& error);

}  // namespace statecraft
