#include "app/paths.h"

#include <unistd.h>

#include <cstdlib>

namespace statecraft {

namespace fs = std::filesystem;

namespace {
fs::path executable_dir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path(".") : exe.parent_path();
}
}  // namespace

fs::path shipped_questions_dir() {
    if (const char* env = std::getenv("STATECRAFT_QUESTIONS"); env && *env) return env;
    std::error_code ec;
    fs::path exe_dir = executable_dir();
    for (fs::path candidate : {exe_dir / "questions", exe_dir / "../../questions",
                               fs::path(STATECRAFT_SOURCE_DIR) / "questions"}) {
        if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate, ec);
    }
    return "questions";
}

}  // namespace statecraft
