// The Progress summary (issue 22, migration 7): the figures read from progress_days,
// progress_categories and progress_banks equal those of the queries they replaced (recomputed
// from every attempt and session), through sessions begun, ended and rescored, ties for the
// best score, overrides before and after a fold, a rebuild, and old files migrated.
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

AttemptRecord wrong_short_answer(const std::string& question, std::int64_t at) {
    AttemptRecord a = test_attempt(question, 0.0, at, "motives");
    a.answer_json = R"({"type":"short_answer","text":"Zarif"})";
    return a;
}

// A session of n answers on a bank, ended with score out of max_score (no end when max is < 0).
SessionKey play(Store& store, const std::string& profile, const std::string& bank, std::int64_t at,
                int n, double score, double max_score) {
    BeginResult begun = store.begin_session(test_start(profile, bank, at));
    REQUIRE(begun.saved);
    for (int i = 0; i < n; ++i) {
        AttemptRecord a = i % 3 == 2 ? wrong_short_answer("q" + std::to_string(i % 5), at + i)
                                     : test_attempt("q" + std::to_string(i % 5), (i % 4) / 3.0,
                                                    at + i * 1000, i % 2 ? "actors" : "context");
        REQUIRE(store.record_attempt(begun.key, a).saved);
    }
    if (max_score >= 0)
        REQUIRE(store.end_session(begun.key, {at + 60'000, score, max_score}).saved);
    return begun.key;
}

void expect_all_agree(Store& store) {
    for (const char* profile : {"Ana", "Ben"}) expect_progress_agree(store, profile);
}

void fold_all(Store& store) {
    std::string error;
    REQUIRE_MESSAGE(store.rebuild_totals(error), error);
}

}  // namespace

TEST_CASE(
    "summary: sessions, ties for the best, overrides and a rebuild agree with the old queries") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    const std::int64_t t = test_now();
    // Ties: 15/20 and 3/4 are the same ratio; the old query took the earliest ended.
    play(store, "Ana", "iran", t + 3 * kDayMs, 7, 3.0, 4.0);
    play(store, "Ana", "iran", t, 6, 15.0, 20.0);
    play(store, "Ana", "iran", t + kDayMs, 4, 1.0, 4.0);
    play(store, "Ana", "iran", t + 2 * kDayMs, 3, 0.0, -1);  // never ended
    play(store, "Ana", "gaza", t + kDayMs, 5, 2.0, 0.0);     // max 0: not a best
    play(store, "Ben", "gaza", t + kDayMs, 8, 5.0, 8.0);
    expect_all_agree(store);  // everything in the tail

    SessionKey open_session = play(store, "Ana", "gaza", t + 4 * kDayMs, 6, 0.0, -1);
    CHECK(store.override_attempt(open_session, "q2").saved);  // in the tail
    expect_all_agree(store);
    fold_all(store);
    expect_all_agree(store);                                  // everything folded
    CHECK(store.override_attempt(open_session, "q0").saved);  // "q0" was wrong too: folded
    CHECK(store.override_attempt(open_session, "q2").saved);  // again: no double count
    expect_all_agree(store);
    REQUIRE(store.end_session(open_session, {t + 5 * kDayMs, 6.0, 6.0}).saved);  // now the best
    play(store, "Ben", "gaza", t + 6 * kDayMs, 4, 8.0, 8.0);
    expect_all_agree(store);  // half folded, half tail

    ProgressRows rows;
    std::string error;
    REQUIRE(store.progress_rows("Ana", {}, rows, error));
    CHECK(rows.session_count == 6);
    CHECK(rows.overridden == 2);
    REQUIRE(rows.best_by_bank.size() == 2);
    CHECK(rows.best_by_bank[1].bank_id == "iran");
    CHECK(rows.best_by_bank[1].score == 15.0);  // the 15/20 ended first
    CHECK(rows.best_by_bank[1].sessions == 3);
}

TEST_CASE("summary: a best session rescored lower gives way, as a live game's rescoring does") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    const std::int64_t t = test_now();
    play(store, "Ana", "iran", t, 3, 9.0, 10.0);
    play(store, "Ana", "iran", t + kDayMs, 3, 7.0, 10.0);
    play(store, "Ben", "iran", t, 2, 1.0, 1.0);
    expect_all_agree(store);
    {
        sql::Database raw = sql::Database::open(dir.db().string(), false);
        raw.exec("PRAGMA foreign_keys = ON");
        raw.exec("UPDATE sessions SET score = 2 WHERE score = 9");      // was the best
        raw.exec("UPDATE sessions SET max_score = 5 WHERE score = 7");  // 7/5 now
        raw.exec("UPDATE sessions SET ended_ms = NULL WHERE score = 1");
    }
    expect_all_agree(store);
    ProgressRows rows;
    std::string error;
    REQUIRE(store.progress_rows("Ana", {}, rows, error));
    REQUIRE(rows.best_by_bank.size() == 1);
    CHECK(rows.best_by_bank[0].score == 7.0);
    REQUIRE(store.progress_rows("Ben", {}, rows, error));
    CHECK(rows.best_by_bank.empty());
    fold_all(store);
    expect_all_agree(store);
}

TEST_CASE("summary: migration 7 builds it from an older file, overrides and tail included") {
    ScratchDir dir;
    {
        sql::Database raw = sql::Database::open(dir.db().string(), true);
        REQUIRE(migrate(raw, schema_migrations().first(4)).to == 4);
        raw.exec(
            "INSERT INTO profiles VALUES (1, 'Ana', 0, 0), (2, 'Ben', 0, 0);"
            "INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms, "
            "ended_ms, score, max_score) VALUES (1, 1, 'iran', 'h', 'practice', 0, 10, 3, 4), "
            "(2, 1, 'iran', 'h', 'practice', 5, 20, 15, 20), (3, 2, 'gaza', 'h', 'practice', 0, "
            "NULL, NULL, NULL), (4, 1, 'gaza', 'h', 'practice', 7, 30, 1, 3);");
        for (int i = 0; i < 30; ++i) {  // the version-1 trigger keeps the totals
            const int session = 1 + i % 4;
            const std::string answer =
                i % 3 ? R"('{"choice":"a"}')" : R"('{"text":"x","overridden":true}')";
            raw.exec(
                "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, "
                "question_hash, category, answer, score, correct, time_ms, answered_ms, day) "
                "SELECT id, profile_id, bank_id, 'q" +
                std::to_string(i % 6) + "', 'h', 'actors', " + answer + ", " +
                std::to_string((i % 3) / 2.0) + ", 0, 10, " +
                std::to_string(test_now() + (i % 5) * kDayMs) + ", " +
                std::to_string(19853 + i % 5) +
                " FROM sessions WHERE id = " + std::to_string(session));
        }
        // Up to 6: the totals are folded; then more answers after the mark (the tail).
        REQUIRE(migrate(raw, schema_migrations().first(6)).to == 6);
        raw.exec(
            "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, "
            "category, answer, score, correct, time_ms, answered_ms, day) VALUES (4, 1, 'gaza', "
            "'q1', 'h', 'context', '{\"overridden\":true}', 0, 0, 5, 0, 19860)");
    }
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    ConnectionInfo info;
    std::string error;
    REQUIRE(opened.store->connection_info(info, error));
    CHECK(info.user_version == latest_schema_version());
    expect_all_agree(*opened.store);
    fold_all(*opened.store);
    expect_all_agree(*opened.store);
}
