// Nothing lost: damaged files are moved aside and kept; unwritable places and full disks keep
// the answers in memory until they can be written.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <random>

#include "core/store/pending_file.h"
#include "core/store/store.h"
#include "support/fault_vfs.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> aside_files(const fs::path& dir) {
    std::vector<fs::path> out;
    for (auto& entry : fs::directory_iterator(dir)) {
        std::string name = entry.path().filename().string();
        if (name.find(".corrupt-") != std::string::npos && name.find("-wal") == std::string::npos &&
            name.find("-shm") == std::string::npos)
            out.push_back(entry.path());
    }
    return out;
}

// A real database with some history, closed cleanly (the WAL folded into the file).
void make_database_with_history(const fs::path& db, int attempts) {
    OpenResult opened = Store::open(db, test_options());
    BeginResult begun = opened.store->begin_session(test_start());
    for (int i = 0; i < attempts; ++i)
        opened.store->record_attempt(begun.key, test_attempt("q" + std::to_string(i), 1.0));
}

// Opens what is at db, expects it moved aside unchanged, and a working new database holding
// `recovered` answers salvaged from it.
void expect_moved_aside(const ScratchDir& dir, const std::string& why, std::int64_t recovered = 0) {
    std::string original = read_bytes(dir.db());
    OpenResult opened = Store::open(dir.db(), test_options());
    INFO(why);
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    REQUIRE(opened.notices.size() == 1);
    std::vector<fs::path> aside = aside_files(dir.path());
    REQUIRE(aside.size() == 1);
    // The name carries the local time of the injected clock: statecraft.db.corrupt-YYYYmmdd-HHMMSS.
    CHECK(aside[0].filename().string().rfind("statecraft.db.corrupt-2024", 0) == 0);
    CHECK(aside[0].filename().string().size() ==
          std::string("statecraft.db.corrupt-20240510-120000").size());
    CHECK(opened.notices[0].find(aside[0].string()) !=
          std::string::npos);                 // the user is told where
    CHECK(read_bytes(aside[0]) == original);  // kept, byte for byte
    BeginResult begun = opened.store->begin_session(test_start());
    CHECK(opened.store->record_attempt(begun.key, test_attempt("q1", 1.0)).saved);
    CHECK(counts_of(*opened.store).attempts == recovered + 1);
}

}  // namespace

TEST_CASE("store: a file that is not a usable database is moved aside and kept") {
    SUBCASE("random bytes") {
        ScratchDir dir;
        std::mt19937 rng(7);
        std::string garbage(8192, '\0');
        for (char& c : garbage) c = static_cast<char>(rng());
        write_bytes(dir.db(), garbage);
        expect_moved_aside(dir, "garbage");
    }
    SUBCASE("a text file") {
        ScratchDir dir;
        write_bytes(dir.db(), "These are my notes, not a database.\n");
        expect_moved_aside(dir, "text");
    }
    SUBCASE("a database cut short") {
        ScratchDir dir;
        make_database_with_history(dir.db(), 400);
        std::string bytes = read_bytes(dir.db());
        REQUIRE(bytes.size() > 8 * 4096);
        write_bytes(dir.db(), bytes.substr(0, bytes.size() / 2));
        mark_unclean_shutdown(dir.db());  // the whole file is checked after a crash
        expect_moved_aside(dir, "truncated");
    }
    SUBCASE("a database with a damaged page") {
        ScratchDir dir;
        make_database_with_history(dir.db(), 400);
        std::string bytes = read_bytes(dir.db());
        REQUIRE(bytes.size() > 8 * 4096);
        for (std::size_t i = 3 * 4096; i < 3 * 4096 + 600; ++i) bytes[i] = static_cast<char>(0xA5);
        write_bytes(dir.db(), bytes);
        mark_unclean_shutdown(dir.db());
        expect_moved_aside(dir, "damaged page", 400);  // an index page: every answer is read
    }
    SUBCASE("the SQLite database of another program") {
        ScratchDir dir;
        {
            sql::Database other = sql::Database::open(dir.db().string(), true);
            other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
        }
        expect_moved_aside(dir, "foreign");
    }
}

TEST_CASE("store: two damaged files in the same second get distinct names") {
    ScratchDir dir;
    write_bytes(dir.db(), "first");
    { Store::open(dir.db(), test_options()); }
    fs::remove(dir.db());
    fs::remove(dir.path() / "statecraft.db-wal");
    fs::remove(dir.path() / "statecraft.db-shm");
    write_bytes(dir.db(), "second");
    OpenResult opened = Store::open(dir.db(), test_options());
    CHECK(opened.ok());
    std::vector<fs::path> aside = aside_files(dir.path());
    REQUIRE(aside.size() == 2);
    std::string a = read_bytes(aside[0]), b = read_bytes(aside[1]);
    CHECK(((a == "first" && b == "second") || (a == "second" && b == "first")));
}

TEST_CASE("store: an empty file is simply a new database") {
    ScratchDir dir;
    write_bytes(dir.db(), "");
    OpenResult opened = Store::open(dir.db(), test_options());
    CHECK(opened.ok());
    CHECK(opened.notices.empty());
    CHECK(aside_files(dir.path()).empty());
}

TEST_CASE("store: a folder that cannot be made keeps answers in memory until it can") {
    ScratchDir dir;
    // Even root cannot make a folder under a regular file.
    fs::path blocker = dir.path() / "data";
    write_bytes(blocker, "a file where the data folder should be");
    fs::path db = blocker / "statecraft.db";
    std::int64_t now = test_now();
    OpenResult opened = Store::open(db, test_options(&now));
    CHECK_FALSE(opened.ok());
    CHECK(opened.error.find("Cannot create the folder") != std::string::npos);
    Store& store = *opened.store;
    CHECK_FALSE(store.connected());

    WriteResult profile = store.use_profile("Ana");
    CHECK_FALSE(profile.saved);
    CHECK_FALSE(profile.rejected);
    BeginResult begun = store.begin_session(test_start());
    CHECK_FALSE(begun.rejected);  // the quiz goes on
    WriteResult w = store.record_attempt(begun.key, test_attempt("q1", 1.0));
    CHECK_FALSE(w.saved);
    CHECK(w.pending == 3);
    CHECK(w.message.find("kept in memory") != std::string::npos);
    CHECK(w.message.find("Cannot create the folder") != std::string::npos);
    std::vector<ProfileInfo> profiles;
    std::string error;
    CHECK_FALSE(store.list_profiles(profiles, error));
    REQUIRE(profiles.size() == 1);  // the waiting profile is still listed
    CHECK(profiles[0].name == "Ana");
    CHECK(store.last_profile() == "Ana");

    fs::remove(blocker);           // the problem is fixed
    now += kReopenIntervalMs - 1;  // too soon to try opening again (it runs quick_check)
    CHECK(store.record_attempt(begun.key, test_attempt("q2", 0.0)).pending == 4);
    now += 1;
    WriteResult later = store.record_attempt(begun.key, test_attempt("q3", 0.5));
    CHECK(later.saved);
    CHECK(later.pending == 0);
    CHECK(store.end_session(begun.key, {test_now() + 1, 1.0, 2.0}).saved);
    StoreCounts c = counts_of(store);
    CHECK(c.profiles == 1);
    CHECK(c.sessions == 1);
    CHECK(c.attempts == 3);
}

TEST_CASE("store: a place no one may write gives a clear message, and nothing is lost") {
    ScratchDir dir;
    // /proc refuses new files to everyone, root included. What waits at the end is kept in the
    // temp folder (pending_file.h); this test starts and ends without such a file.
    const fs::path nowhere = "/proc/statecraft-test/statecraft.db";
    auto forget_kept = [&] {
        for (const fs::path& f : pending_file_candidates(nowhere)) fs::remove(f);
    };
    forget_kept();
    OpenResult opened = Store::open(nowhere, test_options());
    CHECK_FALSE(opened.ok());
    CHECK(opened.error.find("/proc/statecraft-test") != std::string::npos);
    BeginResult begun = opened.store->begin_session(test_start());
    CHECK_FALSE(begun.saved);
    CHECK(opened.store->record_attempt(begun.key, test_attempt("q1", 1.0)).pending == 2);

    if (geteuid() != 0) {  // chmod stops only non-root users
        fs::path ro = dir.path() / "ro";
        make_database_with_history(ro / "statecraft.db", 2);
        fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read |
                                fs::perms::others_exec);
        OpenResult read_only = Store::open(ro / "statecraft.db", test_options());
        BeginResult b = read_only.store->begin_session(test_start());
        WriteResult w = read_only.store->record_attempt(b.key, test_attempt("q9", 1.0));
        CHECK_FALSE(w.saved);
        CHECK_FALSE(w.message.empty());
        fs::permissions(ro, fs::perms::owner_all, fs::perm_options::add);
        CHECK(read_only.store->flush().saved);
        CHECK(counts_of(*read_only.store).attempts == 3);
    }
    opened.store->close();
    forget_kept();
}

TEST_CASE("store: a full disk keeps answers in memory and writes them when space is freed") {
    install_fault_vfs();
    ScratchDir dir;
    StoreOptions options = test_options();
    options.vfs = kFaultVfsName;
    OpenResult opened = Store::open(dir.db(), options);
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    Store& store = *opened.store;
    BeginResult begun = store.begin_session(test_start());
    REQUIRE(store.record_attempt(begun.key, test_attempt("q0", 1.0)).saved);

    long refused_before = vfs_writes_refused();
    set_vfs_write_fault(SQLITE_FULL);
    for (int i = 1; i <= 5; ++i) {
        WriteResult w = store.record_attempt(begun.key, test_attempt("q" + std::to_string(i), 0.5));
        CHECK_FALSE(w.saved);
        CHECK(w.pending == static_cast<std::size_t>(i));
        CHECK(w.message.find("the disk is full") != std::string::npos);
    }
    WriteResult ended = store.end_session(begun.key, {test_now() + 1, 3.5, 6.0});
    CHECK(ended.pending == 6);
    CHECK(vfs_writes_refused() > refused_before);  // SQLite really met a full disk
    std::string report;
    CHECK(store.integrity_check(report));  // reading still works
    CHECK(counts_of(store).attempts == 1);

    set_vfs_write_fault(0);  // space freed
    WriteResult flushed = store.flush();
    CHECK(flushed.saved);
    CHECK(flushed.message.empty());
    CHECK(store.problem().empty());
    CHECK(counts_of(store).attempts == 6);
    ProgressRows rows;
    std::string error;
    REQUIRE(store.progress_rows("Ana", {}, rows, error));
    REQUIRE(rows.recent_sessions.size() == 1);
    CHECK(rows.recent_sessions[0].score == 3.5);
    opened.store.reset();
    CHECK(integrity_of(dir.db()) == "ok");
}

TEST_CASE("store: answers waiting in memory go into a new database if the old one was damaged") {
    ScratchDir dir;
    fs::path blocker = dir.path() / "data";
    write_bytes(blocker, "not a folder");
    OpenResult opened = Store::open(blocker / "statecraft.db", test_options());
    BeginResult begun = opened.store->begin_session(test_start());
    opened.store->record_attempt(begun.key, test_attempt("q1", 1.0));
    fs::remove(blocker);
    fs::create_directories(blocker);
    write_bytes(blocker / "statecraft.db",
                "garbage that someone left here, long enough to matter........"
                "..............................................................");
    WriteResult w = opened.store->flush();
    CHECK(w.saved);
    std::vector<std::string> notices = opened.store->take_notices();
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].find("moved to") != std::string::npos);
    CHECK(counts_of(*opened.store).attempts == 1);
}
