#include "sync/libpq_loader.h"

#include <dlfcn.h>

#include <memory>

#include "sync/pg_connection.h"

namespace statecraft::pg {

namespace {

constexpr const char* kInstallHint =
    "The school server (sync, server, report --server, Progress's sync) needs PostgreSQL's "
    "client library: on Debian or Ubuntu, install the package libpq5 (sudo apt install libpq5).";

struct LibraryCloser {
    void operator()(void* handle) const { dlclose(handle); }
};

}  // namespace

Libpq load_libpq(const std::string& library) {
    // RTLD_NOW and every function resolved up front: a broken or too old libpq fails here, at
    // the first server command's start, never in the middle of a sync.
    std::unique_ptr<void, LibraryCloser> handle(dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL));
    if (!handle) {
        const char* why = dlerror();
        throw PgError("Cannot load " + library + " (" + (why ? why : "not found") + "). " +
                      kInstallHint);
    }
    Libpq api;
#define STATECRAFT_LIBPQ_RESOLVE(name)                                                           \
    api.name = reinterpret_cast<decltype(api.name)>(dlsym(handle.get(), #name));                 \
    if (!api.name)                                                                               \
        throw PgError(library + " has no " #name ": it is not libpq, or libpq older than 10. " + \
                      kInstallHint);
    STATECRAFT_LIBPQ_FUNCTIONS(STATECRAFT_LIBPQ_RESOLVE)
#undef STATECRAFT_LIBPQ_RESOLVE
    handle.release();  // kept loaded for the rest of the process: the functions point into it
    return api;
}

const Libpq& libpq() {
    // A function-local static is initialised once, thread-safely; if loading throws, the next
    // call tries again.
    static const Libpq loaded = load_libpq("libpq.so.5");
    return loaded;
}

}  // namespace statecraft::pg
