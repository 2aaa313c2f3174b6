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

fs::path user_banks_dir_from(const std::string& xdg_data_home, const std::string& home) {
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (!xdg_data_home.empty() && fs::path(xdg_data_home).is_absolute())
        return fs::path(xdg_data_home) / "statecraft" / "banks";
    if (!home.empty()) return fs::path(home) / ".local" / "share" / "statecraft" / "banks";
    return fs::path(".statecraft") / "banks";
}

fs::path user_banks_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    return user_banks_dir_from(xdg ? xdg : "", home ? home : "");
}

}  // namespace statecraft
