// "I was right" in the store: kept in the attempt's answer JSON (no new column), score and
// correct as marked, and kept across a quit when the disk refuses the write.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "core/store/store.h"
#include "support/fault_vfs.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

TEST_CASE("store: an override marks the session's latest attempt at the question only") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    BeginResult begun = store.begin_session(test_start("Ana", "iran"));
    REQUIRE(begun.saved);
    AttemptRecord first = test_attempt("q1", 0.0, test_now() + 1000);
    first.correct = false;
    first.answer_json = R"({"type":"short_answer","text":"Javad Zarif"})";
    AttemptRecord other = test_attempt("q2", 0.0, test_now() + 2000);
    other.correct = false;
    other.answer_json = R"({"type":"short_answer","text":"x"})";
    REQUIRE(store.record_attempt(begun.key, first).saved);
    REQUIRE(store.record_attempt(begun.key, other).saved);
    CHECK(store.override_attempt(begun.key, "q1").saved);
    CHECK(store.override_attempt(SessionKey{999}, "q1").rejected);

    std::vector<AttemptExportRow> rows = attempt_rows(store);
    REQUIRE(rows.size() == 2);
    auto answer = nlohmann::json::parse(rows[0].answer_json);
    CHECK(answer["overridden"] == true);
    CHECK(answer["text"] == "Javad Zarif");
    CHECK_FALSE(rows[0].correct);
    CHECK(rows[0].score == 0.0);
    CHECK(nlohmann::json::parse(rows[1].answer_json).count("overridden") == 0);

    // Progress counts it apart, and still as wrong.
    ProgressRows progress;
    std::string error;
    REQUIRE(store.progress_rows("Ana", {}, progress, error));
    CHECK(progress.overridden == 1);
    CHECK(progress.recent_sessions.at(0).correct == 0);
}

TEST_CASE("store: an override waiting for the disk survives a quit and is written later") {
    install_fault_vfs();
    ScratchDir dir;
    StoreOptions options = test_options();
    options.vfs = kFaultVfsName;
    {
        OpenResult opened = Store::open(dir.db(), options);
        REQUIRE(opened.ok());
        Store& store = *opened.store;
        BeginResult begun = store.begin_session(test_start("Ana", "iran"));
        AttemptRecord a = test_attempt("q1", 0.0, test_now() + 1000);
        a.correct = false;
        a.answer_json = R"({"type":"short_answer","text":"t"})";
        REQUIRE(store.record_attempt(begun.key, a).saved);
        set_vfs_write_fault(SQLITE_FULL);
        CHECK_FALSE(store.override_attempt(begun.key, "q1").saved);
        CHECK(store.pending_count() == 1);
        CHECK(store.close().find("kept in") != std::string::npos);
        set_vfs_write_fault(0);
    }
    OpenResult again = Store::open(dir.db(), test_options());
    REQUIRE(again.ok());
    std::vector<AttemptExportRow> rows = attempt_rows(*again.store);
    REQUIRE(rows.size() == 1);
    CHECK(nlohmann::json::parse(rows[0].answer_json)["overridden"] == true);
}
