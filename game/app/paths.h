// Where Statecraft finds its shipped files and the student's own.
#pragma once

#include <filesystem>
#include <string>

namespace statecraft {

// The shipped questions/ folder: $STATECRAFT_QUESTIONS, beside the program, or in the
// source tree the program was built from.
std::filesystem::path shipped_questions_dir();

// The student's own banks: $XDG_DATA_HOME/statecraft/banks, else
// ~/.local/share/statecraft/banks (not created until the student puts banks there).
std::filesystem::path user_banks_dir();

// The rule behind user_banks_dir(), from explicit values (empty = unset), for tests.
std::filesystem::path user_banks_dir_from(const std::string& xdg_data_home,
                                          const std::string& home);

}  // namespace statecraft
