// Copies of a bank with other questions.
#pragma once

#include <vector>

#include "core/bank/model.h"

namespace statecraft {

// The bank with other questions: everything else copied, the bank's own questions never (the
// editor's one-question preview of a 10,000-question bank on every keystroke).
Bank with_questions(const Bank& bank, std::vector<Question> questions);

}  // namespace statecraft
