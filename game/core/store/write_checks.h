// Checks on what callers hand to the store's writes, shared by its write paths (private to
// core/store).
#pragma once

#include <cstddef>
#include <string>

#include "core/store/store.h"

namespace statecraft {

// Why the attempt cannot be recorded, or empty.
std::string check_attempt(const AttemptRecord& a);
// A write refused for bad input: nothing is kept; message says why.
WriteResult rejected(std::string message, std::size_t pending);

}  // namespace statecraft
