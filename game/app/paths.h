// Where Statecraft finds its shipped files.
#pragma once

#include <filesystem>

namespace statecraft {

// The shipped questions/ folder: $STATECRAFT_QUESTIONS, beside the program, or in the
// source tree the program was built from.
std::filesystem::path shipped_questions_dir();

}  // namespace statecraft
