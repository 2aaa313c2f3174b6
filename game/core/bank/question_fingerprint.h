// A 64-bit hash of everything a question holds: what the editor's live validation and lint
// compare, question by question, to find the few a keystroke changed and reuse the rest.
#pragma once

#include <cstdint>

#include "core/bank/model.h"

namespace statecraft {

std::uint64_t question_fingerprint(const Question& q);

}  // namespace statecraft
