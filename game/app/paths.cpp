#include "app/paths.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace statecraft {

namespace fs = std::filesystem;

namespace {
fs::path executable_dir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}
}  // namespace

std::vector<fs::path> shipped_questions_candidates(const fs::path& exe_dir,
                                                   const std::string& xdg_data_dirs,
                                                   const fs::path& build_dir,
                                                   const fs::path& source_dir) {
    std::vector<fs::path> found;
    if (!exe_dir.empty()) found.push_back(exe_dir / ".." / "share" / "statecraft" / "questions");
    std::error_code ec;
    const bool in_build_tree = fs::equivalent(exe_dir, build_dir, ec);
    if (in_build_tree) found.push_back(source_dir / "questions");
    // The XDG spec: an empty or unset XDG_DATA_DIRS means /usr/local/share/:/usr/share/;
    // relative entries are invalid and ignored.
    std::string dirs = xdg_data_dirs.empty() ? "/usr/local/share/:/usr/share/" : xdg_data_dirs;
    for (std::size_t start = 0; start <= dirs.size();) {
        std::size_t end = std::min(dirs.find(':', start), dirs.size());
        fs::path dir = dirs.substr(start, end - start);
        if (dir.is_absolute()) found.push_back(dir / "statecraft" / "questions");
        start = end + 1;
    }
    if (!in_build_tree) found.push_back(source_dir / "questions");
    return found;
}

fs::path shipped_questions_dir() {
    if (const char* env = std::getenv("STATECRAFT_QUESTIONS"); env && *env) return env;
    const char* xdg = std::getenv("XDG_DATA_DIRS");
    std::error_code ec;
    for (const fs::path& candidate : shipped_questions_candidates(
             executable_dir(), xdg ? xdg : "", STATECRAFT_BUILD_DIR, STATECRAFT_SOURCE_DIR)) {
        if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate, ec);
    }
    return {};
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
