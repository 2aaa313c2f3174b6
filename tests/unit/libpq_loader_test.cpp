// The school server's libpq is loaded on demand (sync/libpq_loader.*): a missing or wrong library
// gives a message naming Debian's libpq5 package; the real one resolves every function once.
#include <doctest/doctest.h>

#include <string>

#include "sync/libpq_loader.h"
#include "sync/pg_connection.h"

using namespace statecraft::pg;

namespace {

std::string load_error(const std::string& library) {
    try {
        load_libpq(library);
    } catch (const PgError& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST_CASE("libpq loader: a missing library names itself and Debian's libpq5 package") {
    std::string message = load_error("libstatecraft-no-such-libpq.so.5");
    CHECK(message.find("Cannot load libstatecraft-no-such-libpq.so.5") == 0);
    CHECK(message.find("install the package libpq5") != std::string::npos);
    CHECK(message.find("sync") != std::string::npos);  // says which commands need it
}

TEST_CASE("libpq loader: a library that is not libpq names the first missing function") {
    // libm is on every glibc system and has none of libpq's functions.
    std::string message = load_error("libm.so.6");
    CHECK(message.find("libm.so.6 has no PQconnectdbParams") == 0);
    CHECK(message.find("libpq5") != std::string::npos);
}

TEST_CASE("libpq loader: libpq.so.5 resolves every function, and the program keeps one copy") {
    Libpq loaded = load_libpq("libpq.so.5");
    int resolved = 0, listed = 0;
#define STATECRAFT_COUNT(name) \
    ++listed;                  \
    if (loaded.name) ++resolved;
    STATECRAFT_LIBPQ_FUNCTIONS(STATECRAFT_COUNT)
#undef STATECRAFT_COUNT
    CHECK(listed > 20);
    CHECK(resolved == listed);
    CHECK(&libpq() == &libpq());
    // The same library, loaded once: dlopen hands back the handle it already holds.
    CHECK(reinterpret_cast<void*>(libpq().PQconnectdbParams) ==
          reinterpret_cast<void*>(loaded.PQconnectdbParams));
}
