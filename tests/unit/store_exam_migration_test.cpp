// Migration 5: exams stored by earlier versions (every question at hand-in, the unanswered ones
// as empty answers, every row with the hand-in time) are put right: the empty rows go, the
// session keeps their count, the answers get the time they were given, and the totals follow.
#include <doctest/doctest.h>

#include "core/store/migrations.h"
#include "core/store/store.h"
#include "support/progress_compare.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

constexpr const char* kOldRows = R"sql(
INSERT INTO profiles VALUES (1, 'Ana', 0, 0);
-- An exam of 5 started at 1,000,000 ms and handed in at 1,100,000 ms after 2 answers: the
-- third question was on screen (7 s) and the last two were never seen.
INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms, ended_ms, score,
                      max_score, uuid)
  VALUES (1, 1, 'b', 'h', 'exam', 1000000, 1100000, 1.5, 5, 'u1');
INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, category,
                      answer, score, correct, time_ms, confidence, answered_ms, day, uuid) VALUES
  (1, 1, 'b', 'q1', 'h1', 'c', '{"type":"single","choices":["a"]}', 1, 1, 10000, 3, 1100000, 5, 'a1'),
  (1, 1, 'b', 'q2', 'h2', 'c', '{"type":"multiple","choices":["a"]}', 0.5, 0, 20000, NULL, 1100000, 5, 'a2'),
  (1, 1, 'b', 'q3', 'h3', 'c', '{"type":"short_answer","text":""}', 0, 0, 7000, NULL, 1100000, 5, 'a3'),
  (1, 1, 'b', 'q4', 'h4', 'c', '{"type":"true_false","value":null}', 0, 0, 0, NULL, 1100000, 5, 'a4'),
  (1, 1, 'b', 'q5', 'h5', 'c', '{"type":"ordering","order":[]}', 0, 0, 0, NULL, 1100000, 5, 'a5');
-- A practice session is left alone, a wrong (0) answer with content too.
INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms, ended_ms, score,
                      max_score, uuid)
  VALUES (2, 1, 'b', 'h', 'practice', 2000000, 2100000, 0, 1, 'u2');
INSERT INTO attempts (session_id, profile_id, bank_id, question_id, question_hash, category,
                      answer, score, correct, time_ms, confidence, answered_ms, day, uuid) VALUES
  (2, 1, 'b', 'q1', 'h1', 'c', '{"type":"single","choices":["b"]}', 0, 0, 3000, NULL, 2050000, 6, 'a6');
)sql";

}  // namespace

TEST_CASE("store migration 5: old exams keep only their answers, timed, and the unanswered count") {
    ScratchDir dir;
    {
        sql::Database db = sql::Database::open(dir.db().string(), true);
        migrate(db, schema_migrations().first(4));
        db.exec(kOldRows);
        CHECK(db.query_int("SELECT attempts FROM daily_totals WHERE day = 5") == 5);
        const MigrateResult r = migrate(db, schema_migrations());
        CHECK(r.from == 4);
        CHECK(r.to == latest_schema_version());
        CHECK(db.query_int("SELECT count(*) FROM attempts WHERE session_id = 1") == 2);
        CHECK(
            db.query_text("SELECT group_concat(question_id) FROM attempts WHERE session_id = 1") ==
            "q1,q2");
        CHECK(db.query_int("SELECT unanswered FROM sessions WHERE id = 1") == 3);
        CHECK(db.query_int("SELECT unanswered IS NULL FROM sessions WHERE id = 2") == 1);
        // Each answer at the exam's start plus the times up to it.
        CHECK(db.query_int("SELECT answered_ms FROM attempts WHERE question_id = 'q1' AND "
                           "session_id = 1") == 1010000);
        CHECK(db.query_int("SELECT answered_ms FROM attempts WHERE question_id = 'q2' AND "
                           "session_id = 1") == 1030000);
        CHECK(db.query_int("SELECT count(*) FROM attempts WHERE session_id = 2") == 1);
        // The totals are those of the remaining attempts.
        CHECK(db.query_int("SELECT attempts FROM daily_totals WHERE day = 5") == 2);
        CHECK(db.query_int("SELECT count(*) FROM question_totals") == 2);  // q1, q2
        CHECK(db.query_int("SELECT attempts FROM question_totals WHERE question_id = 'q1'") == 2);
        CHECK(db.query_int("SELECT last_ms FROM question_totals WHERE question_id = 'q2'") ==
              1030000);
        CHECK(db.query_text("PRAGMA integrity_check") == "ok");
    }
    // The store opens it; the totals agree with the figures recomputed from every attempt, and
    // the session shows its unanswered count.
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    ProgressRows fast, slow;
    std::string error;
    REQUIRE(opened.store->progress_rows("Ana", {10, ProgressSource::totals}, fast, error));
    REQUIRE(opened.store->progress_rows("Ana", {10, ProgressSource::attempts}, slow, error));
    REQUIRE(fast.questions.size() == slow.questions.size());
    for (std::size_t i = 0; i < fast.questions.size(); ++i) {
        CHECK(fast.questions[i].attempts == slow.questions[i].attempts);
        CHECK(fast.questions[i].recent_n == slow.questions[i].recent_n);
    }
    REQUIRE(fast.recent_sessions.size() == 2);
    CHECK(fast.recent_sessions[1].unanswered == 3);
    CHECK(fast.recent_sessions[1].attempts == 2);
    expect_progress_agree(*opened.store);  // the summary of migration 7 too
}

TEST_CASE("store migration 5: an exam whose rows have different times is not touched") {
    ScratchDir dir;
    sql::Database db = sql::Database::open(dir.db().string(), true);
    migrate(db, schema_migrations().first(4));
    db.exec(kOldRows);
    db.exec("UPDATE attempts SET answered_ms = answered_ms - id WHERE session_id = 1");
    migrate(db, schema_migrations());
    CHECK(db.query_int("SELECT count(*) FROM attempts WHERE session_id = 1") == 5);
    CHECK(db.query_int("SELECT unanswered IS NULL FROM sessions WHERE id = 1") == 1);
}
