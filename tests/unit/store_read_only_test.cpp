// A database SQLite could open only for reading (a read-only file, folder or mount): the app is
// told at once, answers wait in memory, and Retry (or the automatic retry) reopens the file
// read-write once it is fixed.
#include <doctest/doctest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/store/store.h"
#include "support/fault_vfs.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

void make_history(const fs::path& db, int attempts) {
    OpenResult opened = Store::open(db, test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    BeginResult begun = opened.store->begin_session(test_start());
    for (int i = 0; i < attempts; ++i)
        REQUIRE(opened.store->record_attempt(begun.key, test_attempt("q" + std::to_string(i), 1.0))
                    .saved);
}

// Turns the read-only opens of the fault VFS off again however the test ends.
struct ReadOnlyOpens {
    ReadOnlyOpens() { set_vfs_read_only_opens(true); }
    ~ReadOnlyOpens() { set_vfs_read_only_opens(false); }
};

}  // namespace

TEST_CASE("store: a database opened read-only is said at once, and Retry reopens it read-write") {
    install_fault_vfs();
    ScratchDir dir;
    make_history(dir.db(), 2);
    std::int64_t now = test_now();
    StoreOptions options = test_options(&now);
    options.vfs = kFaultVfsName;
    std::optional<ReadOnlyOpens> read_only(std::in_place);
    OpenResult opened = Store::open(dir.db(), options);
    Store& store = *opened.store;
    CHECK_FALSE(opened.ok());  // said at once, before any answer
    CHECK(opened.error.find(dir.db().string()) != std::string::npos);
    CHECK(opened.error.find("can only be read") != std::string::npos);
    CHECK(opened.error.find("chmod") != std::string::npos);
    CHECK(store.read_only());
    CHECK(store.problem() == opened.error);
    CHECK(counts_of(store).attempts == 2);  // reading still works

    BeginResult begun = store.begin_session(test_start());
    WriteResult w = store.record_attempt(begun.key, test_attempt("q9", 0.5));
    CHECK_FALSE(w.saved);
    CHECK(w.pending == 2);
    CHECK(w.message.find("can only be read") != std::string::npos);

    SUBCASE("Retry, still read-only, then fixed") {
        CHECK_FALSE(store.flush().saved);  // reopened, still read-only: still waiting
        CHECK(store.read_only());
        read_only.reset();  // the user fixed it
        WriteResult retried = store.flush();
        CHECK(retried.saved);
        CHECK(retried.message.empty());
        CHECK_FALSE(store.read_only());
    }
    SUBCASE("the automatic retry, on the next answer after the reopen interval") {
        read_only.reset();
        now += kReopenIntervalMs;
        WriteResult next = store.record_attempt(begun.key, test_attempt("q10", 1.0));
        CHECK(next.saved);
        CHECK(next.pending == 0);
    }
    CHECK(store.problem().empty());
    opened.store.reset();
    OpenResult again = Store::open(dir.db(), test_options());
    CHECK(counts_of(*again.store).attempts >= 3);
    CHECK(counts_of(*again.store).sessions == 2);
}

// For real: a read-only bind mount in a private mount namespace (as root chmod does not bind).
// The child process does the work; its exit code says which check failed.
TEST_CASE("store: on a read-only mount, answers wait and go in once it is remounted read-write") {
    if (geteuid() != 0) {
        MESSAGE(
            "skipped: making a read-only mount needs root (unshare -m); the fault VFS test "
            "covers the same path");
        return;
    }
    ScratchDir dir;
    fs::path data = dir.path() / "data";
    fs::create_directories(data);
    make_history(data / "statecraft.db", 2);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const char* d = data.c_str();
        if (unshare(CLONE_NEWNS) != 0) _exit(77);
        if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) _exit(77);
        if (mount(d, d, nullptr, MS_BIND, nullptr) != 0) _exit(77);
        if (mount(nullptr, d, nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) _exit(77);
        int code = 0;
        {
            OpenResult opened = Store::open(data / "statecraft.db", test_options());
            Store& store = *opened.store;
            if (opened.ok() || opened.error.find(data.string()) == std::string::npos) code = 10;
            BeginResult begun = store.begin_session(test_start());
            WriteResult w = store.record_attempt(begun.key, test_attempt("q9", 1.0));
            if (!code && (w.saved || w.pending != 2)) code = 11;
            if (!code && mount(nullptr, d, nullptr, MS_REMOUNT | MS_BIND, nullptr) != 0) code = 12;
            if (!code && !store.flush().saved) code = 13;
        }
        _exit(code);
    }
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77) {
        MESSAGE("skipped: this system does not permit a private mount namespace (unshare -m)");
        return;
    }
    CHECK(WEXITSTATUS(status) == 0);  // 10: not said at open, 11: not kept, 13: not written
    OpenResult opened = Store::open(data / "statecraft.db", test_options());
    CHECK(counts_of(*opened.store).attempts == 3);
}
