// The order a question's choices are shown in (issue 13 item 2): shuffled in every mode, so a
// keyed option's place gives nothing away, except where the author fixed it: "fixed": true on
// the question keeps the authored order (an ordered scale), on a choice keeps that choice at its
// authored place ("All of the above" last) while the others shuffle around it.
#pragma once

#include <functional>
#include <vector>

#include "core/bank/model.h"

namespace statecraft {

// Indexes into question.choices, in shown order. `shuffle` permutes a list in place with the
// caller's seeded generator; it is not called when nothing may move.
std::vector<int> choice_order(const Question& question, bool shuffle,
                              const std::function<void(std::vector<int>&)>& shuffle_fn);

}  // namespace statecraft
