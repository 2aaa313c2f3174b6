// Where the program looks for its shipped banks (issue 18): like an installed program first,
// the source tree only as a developer's fallback.
#include <doctest/doctest.h>

#include <filesystem>
#include <vector>

#include "app/paths.h"

using namespace statecraft;
namespace fs = std::filesystem;

TEST_CASE("paths: an installed program looks beside itself, then XDG_DATA_DIRS, then the source") {
    std::vector<fs::path> found = shipped_questions_candidates(
        "/opt/sc/bin", "/usr/share:relative/dir:/srv/data/", "/no/such/build", "/src");
    std::vector<fs::path> want{"/opt/sc/bin/../share/statecraft/questions",
                               "/usr/share/statecraft/questions", "/srv/data/statecraft/questions",
                               "/src/questions"};
    CHECK(found == want);
}

TEST_CASE("paths: an unset XDG_DATA_DIRS means /usr/local/share and /usr/share") {
    std::vector<fs::path> found =
        shipped_questions_candidates("/usr/bin", "", "/no/such/build", "/src");
    REQUIRE(found.size() == 4);
    CHECK(found[1] == fs::path("/usr/local/share/statecraft/questions"));
    CHECK(found[2] == fs::path("/usr/share/statecraft/questions"));
}

TEST_CASE("paths: a program in its own build tree prefers its source tree to installed banks") {
    const fs::path build = fs::temp_directory_path();  // exists, so the two can be compared
    std::vector<fs::path> found = shipped_questions_candidates(build, "/usr/share", build, "/src");
    REQUIRE(found.size() == 3);
    CHECK(found[1] == fs::path("/src/questions"));
    CHECK(found[2] == fs::path("/usr/share/statecraft/questions"));
}

TEST_CASE("paths: without its own location the program does not look in the working folder") {
    std::vector<fs::path> found = shipped_questions_candidates("", "/usr/share", "/b", "/src");
    for (const fs::path& p : found) CHECK(p.is_absolute());
}
