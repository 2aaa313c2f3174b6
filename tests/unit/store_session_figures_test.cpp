// Each session's answer figures on its row (issue 22, migration 8): no index on attempts by
// session, the figures folded with the totals and the tail added by reads, equal to the old
// join through folds, a rebuild, migration from version 7, and "I was right" finding the
// session's own latest attempt when sessions interleave.
#include <doctest/doctest.h>

#include <string>

#include "core/store/migrations.h"
#include "core/store/sqlite_db.h"
#include "core/store/store.h"
#include "support/progress_compare.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

std::int64_t indexes_on_attempts(const fs::path& db) {
    sql::Database raw = sql::Database::open(db.string(), false);
    return raw.query_int(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attempts'");
}

std::string answer_of(const fs::path& db, std::int64_t id) {
    sql::Database raw = sql::Database::open(db.string(), false);
    return raw.query_text("SELECT answer FROM attempts WHERE id = " + std::to_string(id));
}

AttemptRecord short_answer(const std::string& question, double score, std::int64_t at) {
    AttemptRecord a = test_attempt(question, score, at, "motives");
    a.answer_json = R"({"type":"short_answer","text":"Zarif"})";
    return a;
}

}  // namespace

TEST_CASE("session figures: kept on the row and the tail, equal to the old join, no index") {
    ScratchDir dir;
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE_MESSAGE(opened.ok(), opened.error);
        Store& store = *opened.store;
        const std::int64_t t = test_now();
        BeginResult a = store.begin_session(test_start("Ana", "iran", t));
        BeginResult b = store.begin_session(test_start("Ana", "gaza", t + 1));
        BeginResult c = store.begin_session(test_start("Ben", "iran", t + 2));
        for (int i = 0; i < 12; ++i) {  // interleaved, as two windows or a class write
            REQUIRE(store
                        .record_attempt(
                            i % 3 ? a.key : b.key,
                            test_attempt("q" + std::to_string(i % 4), (i % 4) / 3.0, t + i * 1000))
                        .saved);
            REQUIRE(store.record_attempt(c.key, test_attempt("q1", 1.0, t + i)).saved);
        }
        REQUIRE(store.end_session(a.key, {t + 60'000, 5.0, 8.0}).saved);
        expect_progress_agree(store, "Ana");  // all in the tail
        std::string error;
        REQUIRE_MESSAGE(store.rebuild_totals(error), error);
        expect_progress_agree(store, "Ana");  // all folded
        expect_progress_agree(store, "Ben");
        for (int i = 0; i < 5; ++i)  // half folded, half tail
            REQUIRE(store.record_attempt(b.key, test_attempt("q9", 0.5, t + 90'000 + i)).saved);
        expect_progress_agree(store, "Ana");
        REQUIRE_MESSAGE(store.rebuild_totals(error), error);  // twice: nothing counted twice
        expect_progress_agree(store, "Ana");
    }
    CHECK(indexes_on_attempts(dir.db()) == 0);
}

TEST_CASE("session figures: migration 8 fills them from a version-7 file and drops the index") {
    ScratchDir dir;
    {
        sql::Database raw = sql::Database::open(dir.db().string(), true);
        REQUIRE(migrate(raw, schema_migrations().first(5)).to == 5);
        raw.exec(
            "INSERT INTO profiles VALUES (1, 'Ana', 0, 0);"
            "INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms, "
            "ended_ms, score, max_score) VALUES (1, 1, 'iran', 'h', 'practice', 0, 10, 3, 4), "
            "(2, 1, 'gaza', 'h', 'practice', 5, NULL, NULL, NULL), "
            "(3, 1, 'gaza', 'h', 'practice', 9, NULL, NULL, NULL);");
        for (int i = 0; i < 20; ++i) {
            // The first 12 kept by version 1's trigger and folded by migration 6; the other 8
            // written at version 7, in the tail.
            if (i == 12) REQUIRE(migrate(raw, schema_migrations().first(7)).to == 7);
            raw.exec(
                "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, "
                "question_hash, category, answer, score, correct, time_ms, answered_ms, day, "
                "uuid) SELECT id, 1, bank_id, 'q" +
                std::to_string(i % 3) + "', 'h', 'actors', '{}', " + std::to_string((i % 3) / 2.0) +
                ", " + std::to_string(i % 3 == 2) + ", 10, " + std::to_string(test_now() + i) +
                ", 19853, 'u" + std::to_string(i) +
                "' FROM sessions WHERE id = " + std::to_string(1 + i % 2));
        }
        CHECK(raw.query_int("SELECT attempt_id FROM totals_mark") == 12);
    }
    CHECK(indexes_on_attempts(dir.db()) == 1);
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE_MESSAGE(opened.ok(), opened.error);
        sql::Database raw = sql::Database::open(dir.db().string(), false);
        CHECK(raw.query_int("SELECT folded_attempts FROM sessions WHERE id = 1") == 6);
        CHECK(raw.query_int("SELECT folded_attempts FROM sessions WHERE id = 2") == 6);
        CHECK(raw.query_int("SELECT folded_attempts FROM sessions WHERE id = 3") == 0);
        ProgressRows rows;
        std::string error;
        REQUIRE(opened.store->progress_rows("Ana", {-1, ProgressSource::totals}, rows, error));
        REQUIRE(rows.recent_sessions.size() == 3);
        CHECK(rows.recent_sessions[1].attempts == 10);  // session 2: 6 folded + 4 in the tail
        CHECK(rows.recent_sessions[1].correct == 3);
        expect_progress_agree(*opened.store, "Ana");
    }
    CHECK(indexes_on_attempts(dir.db()) == 0);
}

TEST_CASE("session figures: \"I was right\" marks the session's own latest attempt") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    const std::int64_t t = test_now();
    BeginResult a = store.begin_session(test_start("Ana", "iran", t));
    BeginResult b = store.begin_session(test_start("Ben", "iran", t));
    REQUIRE(store.record_attempt(a.key, short_answer("q1", 0.0, t)).saved);      // id 1
    REQUIRE(store.record_attempt(b.key, short_answer("q1", 0.0, t + 1)).saved);  // id 2
    REQUIRE(store.record_attempt(a.key, short_answer("q1", 0.0, t + 2)).saved);  // id 3
    REQUIRE(store.record_attempt(b.key, short_answer("q1", 0.0, t + 3)).saved);  // id 4
    REQUIRE(store.override_attempt(a.key, "q1").saved);
    CHECK(answer_of(dir.db(), 3).find("overridden") != std::string::npos);
    for (std::int64_t other : {1, 2, 4})
        CHECK(answer_of(dir.db(), other).find("overridden") == std::string::npos);
    // A session begun later finds nothing of the earlier sessions' attempts.
    BeginResult c = store.begin_session(test_start("Ana", "iran", t + 10));
    REQUIRE(store.override_attempt(c.key, "q1").saved);
    for (std::int64_t other : {1, 2, 4})
        CHECK(answer_of(dir.db(), other).find("overridden") == std::string::npos);
    expect_progress_agree(store, "Ana");
}
