// Quitting with answers the disk refuses: they are kept in a file, and the next open writes
// them back once (SIGTERM, SIGINT and SIGHUP take this path in the app: tests/e2e/quit_signal.sh).
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "core/store/pending_file.h"
#include "core/store/store.h"
#include "support/fault_vfs.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

TEST_CASE("store: closing with writes the disk refuses keeps them in a file the next open writes") {
    install_fault_vfs();
    ScratchDir dir;
    StoreOptions options = test_options();
    options.vfs = kFaultVfsName;
    std::string kept;
    {
        OpenResult opened = Store::open(dir.db(), options);
        REQUIRE_MESSAGE(opened.ok(), opened.error);
        Store& store = *opened.store;
        BeginResult begun = store.begin_session(test_start());
        REQUIRE(store.record_attempt(begun.key, test_attempt("q0", 1.0)).saved);
        set_vfs_write_fault(SQLITE_FULL);
        AttemptRecord odd = test_attempt("q1", 0.5);
        odd.answer_json = R"({"text":"Lavrov, \"the\" minister\nline 2"})";
        odd.confidence = Confidence::medium;
        CHECK_FALSE(store.record_attempt(begun.key, odd).saved);
        CHECK_FALSE(store.record_attempt(begun.key, test_attempt("q2", 0.0)).saved);
        BeginResult second = store.begin_session(test_start("Ben", "bank-b"));
        CHECK_FALSE(store.record_attempt(second.key, test_attempt("b1", 1.0)).saved);
        CHECK_FALSE(store.end_session(begun.key, {test_now() + 5, 1.5, 3.0}).saved);
        CHECK(store.pending_count() == 5);
        kept = store.close();
        set_vfs_write_fault(0);
    }
    const fs::path file = dir.db().string() + ".pending.json";
    INFO(kept);
    CHECK(kept.find("5 writes could not be saved") != std::string::npos);
    CHECK(kept.find(file.string()) != std::string::npos);
    REQUIRE(fs::exists(file));

    OpenResult again = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(again.ok(), again.error);
    REQUIRE(again.notices.size() == 1);
    CHECK(again.notices[0].find("5 writes kept from an earlier run") != std::string::npos);
    CHECK_FALSE(fs::exists(file));
    StoreCounts c = counts_of(*again.store);
    CHECK(c.attempts == 4);
    CHECK(c.sessions == 2);  // the first session's row was found again, not made twice
    CHECK(c.profiles == 2);
    std::string error, answer;
    std::optional<int> confidence;
    REQUIRE(again.store->for_each_attempt(
        "Ana",
        [&](const AttemptExportRow& r) {
            if (r.question_id == "q1") {
                answer = r.answer_json;
                confidence = r.confidence;
            }
        },
        error));
    CHECK(answer == R"({"text":"Lavrov, \"the\" minister\nline 2"})");
    CHECK(confidence == 2);
    ProgressRows rows;
    REQUIRE(again.store->progress_rows("Ana", {}, rows, error));
    REQUIRE(rows.recent_sessions.size() == 1);
    CHECK(rows.recent_sessions[0].ended_ms == test_now() + 5);
    again.store.reset();
    // Written once: a third open finds nothing more to write.
    OpenResult third = Store::open(dir.db(), test_options());
    CHECK(third.notices.empty());
    CHECK(counts_of(*third.store).attempts == 4);
}

TEST_CASE("store: a pending-writes file that is not ours is kept and reported") {
    ScratchDir dir;
    const fs::path file = dir.db().string() + ".pending.json";
    write_bytes(file, "{\"something\": \"else\"}");
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.notices.size() == 1);
    CHECK(opened.notices[0].find("could not be read back") != std::string::npos);
    CHECK(read_bytes(file) == "{\"something\": \"else\"}");
}
