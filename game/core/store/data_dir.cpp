#include "core/store/data_dir.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace statecraft {

namespace fs = std::filesystem;

namespace {
fs::path home_dir() {
    if (const char* home = std::getenv("HOME"); home && *home) return home;
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir && *pw->pw_dir) return pw->pw_dir;
    return fs::current_path();
}
}  // namespace

fs::path data_dir(const std::optional<fs::path>& override) {
    if (override && !override->empty()) return *override;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "statecraft";
    return home_dir() / ".local" / "share" / "statecraft";
}

fs::path database_path(const fs::path& dir) {
    return dir / kDatabaseFileName;
}

}  // namespace statecraft
