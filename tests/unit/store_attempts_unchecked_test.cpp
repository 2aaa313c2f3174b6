// Migration 11 (issue 22, attempts_unchecked.h): a version-10 file's attempts lose their
// foreign keys and CHECK constraints by a change of the table's definition alone: every row and
// rowid stays, the triggers on attempts stay, the file passes integrity_check and
// foreign_key_check, the figures agree with a full scan, and the store writes on as before
// (still refusing the bad answers it refused, by its own checks).
#include <doctest/doctest.h>

#include <string>

#include "core/store/migrations.h"
#include "core/store/sqlite_db.h"
#include "core/store/store.h"
#include "support/progress_compare.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

// A version-10 file with two students' answers, written as that version's writers did.
void make_version_10(const std::filesystem::path& db) {
    sql::Database raw = sql::Database::open(db.string(), true);
    raw.exec("PRAGMA foreign_keys = ON; PRAGMA application_id = " + std::to_string(kApplicationId));
    REQUIRE(migrate(raw, schema_migrations().first(10)).to == 10);
    raw.exec(
        "INSERT INTO profiles VALUES (1, 'Ana', 0, 0), (2, 'Ben', 0, 0);"
        "INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms) "
        "VALUES (1, 1, 'test-bank', 'h', 'practice', 0), (2, 2, 'test-bank', 'h', 'live', 0);");
    for (int i = 0; i < 60; ++i)
        raw.exec(
            "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, "
            "category, answer, score, correct, time_ms, confidence, answered_ms, day, uuid) "
            "VALUES (" +
            std::to_string(1 + i % 2) + ", " + std::to_string(1 + i % 2) + ", 'test-bank', 'q" +
            std::to_string(i % 7) + "', 'h', 'actors', '{\"choice\":\"a\"}', " +
            std::to_string((i % 3) / 2.0) + ", 0, " + std::to_string(100 * i) + ", " +
            (i % 4 ? std::to_string(1 + i % 3) : std::string("NULL")) + ", " +
            std::to_string(test_now() + i * 1000) + ", 19853, 'uuid-" + std::to_string(i) + "')");
    // A bad row is refused at version 10 (the constraints the migration drops).
    CHECK_THROWS_AS(raw.exec("INSERT INTO attempts (session_id, profile_id, bank_id, question_id, "
                             "question_hash, category, answer, score, correct, time_ms, "
                             "answered_ms, day) VALUES (99, 1, 'b', 'q', 'h', 'c', 'x', 2, 0, 0, "
                             "0, 0)"),
                    sql::SqliteError);
}

std::string rows_digest(const std::filesystem::path& db) {
    sql::Database raw = sql::Database::open(db.string(), false);
    return raw.query_text(
        "SELECT group_concat(id || '|' || session_id || '|' || profile_id || '|' || question_id "
        "|| '|' || answer || '|' || score || '|' || coalesce(confidence, '-') || '|' || "
        "answered_ms || '|' || uuid, ';') FROM (SELECT * FROM attempts ORDER BY id)");
}

}  // namespace

TEST_CASE("store: migration 11 drops the attempts' constraints, keeping every row") {
    ScratchDir dir;
    make_version_10(dir.db());
    const std::string before = rows_digest(dir.db());
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE_MESSAGE(opened.ok(), opened.error);
        ConnectionInfo info;
        std::string error;
        REQUIRE(opened.store->connection_info(info, error));
        CHECK(info.user_version == 11);
        CHECK(info.foreign_keys);  // still on for every other table
        expect_progress_agree(*opened.store, "Ana");
        expect_progress_agree(*opened.store, "Ben");
        // The store writes on, and still refuses what it refused.
        BeginResult begun = opened.store->begin_session(test_start("Ana"));
        REQUIRE(opened.store->record_attempt(begun.key, test_attempt("q1", 1.0)).saved);
        AttemptRecord bad = test_attempt("q2", 1.0);
        bad.answer_json = "not json";
        CHECK(opened.store->record_attempt(begun.key, bad).rejected);
        bad = test_attempt("q2", 1.5);
        CHECK(opened.store->record_attempt(begun.key, bad).rejected);
        expect_progress_agree(*opened.store, "Ana");
    }
    sql::Database raw = sql::Database::open(dir.db().string(), false);
    const std::string table =
        raw.query_text("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'attempts'");
    CHECK(table.find("REFERENCES") == std::string::npos);
    CHECK(table.find("CHECK") == std::string::npos);
    CHECK(raw.query_int("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                        "tbl_name = 'attempts'") == 2);
    CHECK(raw.query_text("PRAGMA integrity_check") == "ok");
    CHECK(raw.query_int("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(raw.query_int("SELECT count(*) FROM attempts") == 61);
    CHECK(rows_digest(dir.db()).substr(0, before.size()) == before);  // the old rows as they were
}

TEST_CASE("store: migration 11 refuses an attempts table of another shape, changing nothing") {
    ScratchDir dir;
    make_version_10(dir.db());
    {
        sql::Database raw = sql::Database::open(dir.db().string(), false);
        raw.exec("ALTER TABLE attempts ADD COLUMN extra TEXT");
    }
    sql::Database raw = sql::Database::open(dir.db().string(), false);
    CHECK_THROWS_AS(migrate(raw, schema_migrations()), sql::SqliteError);
    CHECK(raw.query_int("PRAGMA user_version") == 10);
    CHECK(raw.query_text("SELECT sql FROM sqlite_schema WHERE name = 'attempts'")
              .find("REFERENCES") != std::string::npos);
}
