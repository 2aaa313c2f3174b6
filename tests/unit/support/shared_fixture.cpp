#include "support/shared_fixture.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace statecraft::testing {

std::string shared_fixture(const std::string& relative) {
    // The environment may name another shared folder (or a missing one, to see the skips).
    const char* dir = std::getenv("STATECRAFT_SHARED_DIR");
    return std::string(dir && *dir ? dir : STATECRAFT_SHARED_DIR) + "/references/fixtures/" +
           relative;
}

bool shared_fixture_present(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return true;
    std::printf(
        "SKIPPED: third-party fixture missing: %s\n"
        "  (it comes from the shared folder, which must sit beside the clone as ../shared; "
        "CI has it)\n",
        path.c_str());
    std::fflush(stdout);
    if (const char* code = std::getenv("STATECRAFT_SKIP_RETURN_CODE")) std::_Exit(std::atoi(code));
    return false;
}

}  // namespace statecraft::testing
