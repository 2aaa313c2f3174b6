// Third-party fixtures (GIFT corpora, Anki CSV vectors, the py-fsrs review log) are not ours to
// ship: they live in ../shared beside the clone, as in CI. A test that needs one starts with
// REQUIRE_SHARED_FIXTURE, so a clone without ../shared reports it as skipped, naming the file.
#pragma once

#include <string>

namespace statecraft::testing {

// <shared>/references/fixtures/<relative>; <shared> is $STATECRAFT_SHARED_DIR when set, else
// ../shared beside the source tree.
std::string shared_fixture(const std::string& relative);

// True when `path` exists. Otherwise prints what is missing and, under CTest (which sets
// STATECRAFT_SKIP_RETURN_CODE for every unit test), ends the process with that code so CTest
// shows the test as skipped; run by hand, returns false and the test returns early.
bool shared_fixture_present(const std::string& path);

}  // namespace statecraft::testing

// Declares `var` as the path of the shared fixture `relative`, or skips the test without it.
#define REQUIRE_SHARED_FIXTURE(var, relative)                                \
    const std::string var = ::statecraft::testing::shared_fixture(relative); \
    if (!::statecraft::testing::shared_fixture_present(var)) {               \
        MESSAGE("skipped: third-party fixture missing: " << var);            \
        return;                                                              \
    }
