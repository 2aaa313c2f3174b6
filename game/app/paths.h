// Where Statecraft finds its shipped files and the student's own.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace statecraft {

// The shipped questions/ folder: $STATECRAFT_QUESTIONS, else the first existing folder of
// shipped_questions_candidates(); empty when there is none (the app then says so).
std::filesystem::path shipped_questions_dir();

// Where an installed program looks for its questions/, in order: <program>/../share/statecraft
// (so an unpacked or relocated install works), each absolute entry of $XDG_DATA_DIRS + /statecraft
// (default /usr/local/share:/usr/share), then the source tree it was built from. A program run
// from its own build tree looks in its source tree right after ../share, so an installed copy
// does not shadow the banks a developer is editing.
std::vector<std::filesystem::path> shipped_questions_candidates(
    const std::filesystem::path& exe_dir, const std::string& xdg_data_dirs,
    const std::filesystem::path& build_dir, const std::filesystem::path& source_dir);

// The student's own banks: $XDG_DATA_HOME/statecraft/banks, else
// ~/.local/share/statecraft/banks (not created until the student puts banks there).
std::filesystem::path user_banks_dir();

// The rule behind user_banks_dir(), from explicit values (empty = unset), for tests.
std::filesystem::path user_banks_dir_from(const std::string& xdg_data_home,
                                          const std::string& home);

}  // namespace statecraft
