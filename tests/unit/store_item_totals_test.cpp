// Item totals on this computer (issue 17, migration 9): the item analysis cells read from
// item_answer_totals plus the unfolded tail equal those of the old scan of every attempt, on
// random answers, across fold boundaries, with "I was right" before and after a fold, a live
// game's answers, a rebuild, and an older file migrated.
#include <doctest/doctest.h>

#include <random>

#include "core/live/live_results.h"
#include "core/session/answer_check.h"
#include "core/store/sqlite_db.h"
#include "core/store/store.h"
#include "core/store/totals_fold.h"
#include "support/classroom_fixture.h"
#include "support/item_compare.h"
#include "support/live_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

const char* const kStudents[] = {"Ana", "Ben", "Cy", "Dee"};

// A random answer to one of the bank's questions, scored as a quiz scores it (the short
// answer, teacher-marked, gets a random mark).
AttemptRecord random_attempt(const Bank& bank, std::mt19937& rng, std::int64_t at) {
    const Question& q = bank.questions[rng() % bank.questions.size()];
    AttemptRecord r = AttemptRecord::for_question(q);
    Answer a = Answer::short_text(rng() % 2 ? "Zarif" : "Rouhani");
    if (q.type == QuestionType::true_false) a = Answer::true_false(rng() % 2 == 0);
    if (q.type == QuestionType::single) a = Answer::single(q.choices[rng() % q.choices.size()].id);
    if (q.type == QuestionType::multiple)
        a = Answer::multiple({q.choices[rng() % 2].id, q.choices[2 + rng() % 2].id});
    if (q.type == QuestionType::short_answer) {
        r.score = (rng() % 3) / 2.0;
        r.correct = r.score == 1.0;
    } else {
        AnswerCheck check = check_answer(q, a);
        r.score = check.score;
        r.correct = check.correct;
    }
    r.answer_json = answer_to_json_text(a);
    r.time_ms = 1000 + static_cast<std::int64_t>(rng() % 9000);
    r.answered_ms = at;
    return r;
}

Bank scored_bank() {
    return classroom_bank_with({"q-capital", "q-members", "q-treaty", "q-year", "q-short"});
}

void import_history(Store& store, const Bank& bank, std::mt19937& rng, int per_student) {
    std::vector<SessionImport> sessions;
    std::int64_t at = test_now() - 30 * kDayMs;
    for (const char* name : kStudents) {
        SessionImport s{test_start(name, bank.id, at), {}, {}};
        for (int i = 0; i < per_student; ++i)
            s.attempts.push_back(random_attempt(bank, rng, at += 1000));
        s.end = SessionEnd{at, 1.0, 2.0};
        sessions.push_back(std::move(s));
    }
    REQUIRE(store.import_sessions(sessions).saved);
}

void play_live_question(Store& store, const Bank& bank) {
    LiveTable t = make_table({"q-capital"});
    t.join(1, "Ana", 1);
    t.join(2, "Eve", 2);
    REQUIRE(t.game.start(t.now));
    t.pump();
    nlohmann::json a1 = {{"type", "answer"}, {"question", 0}, {"round", 1}, {"choice", 0}};
    nlohmann::json a2 = a1;
    a2["choice"] = 2;
    t.send(1, a1);
    t.send(2, a2);
    std::int64_t session = 0;
    const LiveGameInfo info{bank.id, "hash", test_now(), 1};
    for (const LiveRoundRecord& r : t.game.take_finished_rounds())
        REQUIRE(store.save_live_round(live_round_save(r, info, test_now() + 1000), session).saved);
    REQUIRE(session > 0);
}

}  // namespace

TEST_CASE("item totals: cells agree with the scan of every attempt through folds and overrides") {
    ScratchDir dir;
    const Bank bank = scored_bank();
    std::mt19937 rng(1717);
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.store);
    Store& store = *opened.store;
    import_history(store, bank, rng, 300);  // folded by the import
    expect_item_cells_agree(store, dir.db(), bank);

    SessionKey ana = store.begin_session(test_start("Ana", bank.id)).key;
    SessionKey ben = store.begin_session(test_start("Ben", bank.id)).key;
    std::int64_t at = test_now();
    for (int i = 0; i < 40; ++i) {
        REQUIRE(
            store.record_attempt(i % 2 ? ana : ben, random_attempt(bank, rng, at += 500)).saved);
    }
    AttemptRecord short_answer = random_attempt(bank, rng, at += 500);
    while (short_answer.question_id != "q-short") short_answer = random_attempt(bank, rng, at);
    REQUIRE(store.record_attempt(ana, short_answer).saved);
    expect_item_cells_agree(store, dir.db(), bank);         // 1,200 folded + 41 in the tail
    REQUIRE(store.override_attempt(ana, "q-short").saved);  // in the tail
    expect_item_cells_agree(store, dir.db(), bank);

    // A live classroom's batch crosses the fold boundary: everything so far is folded.
    std::vector<BatchAttempt> batch;
    for (std::int64_t i = 0; i < kFoldTailAt; ++i)
        batch.push_back({i % 3 ? ana : ben, random_attempt(bank, rng, at += 10)});
    REQUIRE(store.record_batch(batch).saved);
    REQUIRE(store.record_attempt(ana, short_answer).saved);  // tail again
    expect_item_cells_agree(store, dir.db(), bank);
    REQUIRE(store.override_attempt(ana, "q-short").saved);    // the newest: in the tail
    REQUIRE(store.override_attempt(ben, "q-capital").saved);  // folded: moves cell
    REQUIRE(store.override_attempt(ben, "q-capital").saved);  // again: no double count
    expect_item_cells_agree(store, dir.db(), bank);

    play_live_question(store, bank);  // classroom rows, read as they are
    expect_item_cells_agree(store, dir.db(), bank);
    std::string error;
    REQUIRE_MESSAGE(store.rebuild_totals(error), error);
    expect_item_cells_agree(store, dir.db(), bank);
}

TEST_CASE("item totals: migration 9 builds them from an older file, tail left as it is") {
    ScratchDir dir;
    const Bank bank = scored_bank();
    std::mt19937 rng(9);
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.store);
        import_history(*opened.store, bank, rng, 200);
        SessionKey key = opened.store->begin_session(test_start("Cy", bank.id)).key;
        for (int i = 0; i < 25; ++i)
            REQUIRE(
                opened.store->record_attempt(key, random_attempt(bank, rng, test_now() + i)).saved);
        opened.store->close();
    }
    {
        sql::Database raw = sql::Database::open(dir.db().string(), false);
        raw.exec(
            // A file at version 8: before migration 9 (and 10, which comes after it).
            "DROP TRIGGER item_totals_attempt_changed; DROP TABLE item_answer_totals; "
            "ALTER TABLE classroom_results DROP COLUMN confidence; PRAGMA user_version = 8;");
        CHECK(tail_length(raw) == 25);
    }
    OpenResult reopened = Store::open(dir.db(), test_options());
    REQUIRE(reopened.store);
    StoreCounts counts = counts_of(*reopened.store);
    CHECK(counts.attempts == 825);
    expect_item_cells_agree(*reopened.store, dir.db(), bank);
    sql::Database raw = sql::Database::open(dir.db().string(), false);
    CHECK(raw.query_int("SELECT sum(responses) FROM item_answer_totals") == 800);
}
