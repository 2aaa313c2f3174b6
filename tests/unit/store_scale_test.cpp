// The score store at a teacher's scale (issue 22): totals folded every kFoldTailAt answers (and
// added from the tail by reads), the batch write, migration 6, and the quick_check that runs
// off the start path after an unclean shutdown.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <vector>

#include "core/store/migrations.h"
#include "core/store/sqlite_db.h"
#include "core/store/store.h"
#include "core/store/totals_fold.h"
#include "support/progress_compare.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

// The totals (folded plus the tail) agree with the figures recomputed from every attempt.
void expect_totals_agree(Store& store, const std::string& profile = "Ana") {
    expect_progress_agree(store, profile);
}

std::int64_t tail_of(const fs::path& db) {
    sql::Database raw = sql::Database::open(db.string(), false);
    return tail_length(raw);
}

// Answers to 3 questions over 3 days, some out of time order, with ties and a changed category.
void answer_mixed(Store& store, SessionKey key, int n, std::int64_t base) {
    for (int i = 0; i < n; ++i) {
        std::int64_t at = base + (i % 3) * kDayMs + (i % 4 == 0 ? -1000 * i : 1000 * i);
        AttemptRecord a = test_attempt("q" + std::to_string(i % 3), (i % 4) / 3.0, at,
                                       i > n / 2 ? "motives" : "actors");
        a.question_hash = i > n / 2 ? "hash-2" : "hash-1";
        REQUIRE(store.record_attempt(key, a).saved);
    }
}

}  // namespace

TEST_CASE("store: reads add the answers not folded in yet; a rebuild folds them all") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    BeginResult first = store.begin_session(test_start());
    answer_mixed(store, first.key, 17, test_now());
    CHECK(tail_of(dir.db()) == 17);  // nothing folded yet: reads add the tail
    expect_totals_agree(store);
    REQUIRE(store.end_session(first.key, {test_now() + 1, 5.0, 17.0}).saved);
    CHECK(tail_of(dir.db()) == 17);  // a session's end writes one row; the fold comes later
    expect_totals_agree(store);
    {
        std::string error;
        REQUIRE_MESSAGE(store.rebuild_totals(error), error);
        CHECK(tail_of(dir.db()) == 0);
    }

    BeginResult second = store.begin_session(test_start("Ana", "test-bank", test_now() + 10));
    answer_mixed(store, second.key, 9, test_now() - kDayMs);  // older answers: out of order
    expect_totals_agree(store);                               // half folded, half tail
    REQUIRE(store.end_session(second.key, {test_now() + 2, 5.0, 9.0}).saved);
    expect_totals_agree(store);

    std::string error;
    REQUIRE_MESSAGE(store.rebuild_totals(error), error);
    expect_totals_agree(store);
}

TEST_CASE("store: a session that never ends is folded once its tail is long") {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    BeginResult begun = opened.store->begin_session(test_start());
    for (std::int64_t i = 0; i < kFoldTailAt + 3; ++i)
        REQUIRE(opened.store
                    ->record_attempt(begun.key,
                                     test_attempt("q" + std::to_string(i % 7), 0.5, test_now() + i))
                    .saved);
    CHECK(tail_of(dir.db()) < kFoldTailAt);
    expect_totals_agree(*opened.store);
}

TEST_CASE("store: a batch of answers from many sessions goes in one transaction") {
    ScratchDir dir;
    StoreOptions options = test_options();
    options.busy_timeout_ms = kInteractiveBusyTimeoutMs;  // as the app: a lock is not waited out
    OpenResult opened = Store::open(dir.db(), options);
    Store& store = *opened.store;
    std::vector<SessionKey> students;
    for (int s = 0; s < 30; ++s)
        students.push_back(store.begin_session(test_start("student " + std::to_string(s))).key);
    std::vector<BatchAttempt> batch;
    for (int q = 0; q < 4; ++q)
        for (int s = 0; s < 30; ++s)  // 120: more than one multi-row INSERT
            batch.push_back({students[s], test_attempt("q" + std::to_string(q), s % 2,
                                                       test_now() + q * 1000 + s)});

    SUBCASE("written whole") {
        WriteResult w = store.record_batch(batch);
        CHECK(w.saved);
        CHECK(counts_of(store).attempts == 120);
        for (int s : {0, 17, 29}) expect_totals_agree(store, "student " + std::to_string(s));
    }
    SUBCASE("each row as given: its own answer and a new, well-formed uuid") {
        // Text is bound in place, not copied: a view that outlived its string would show here.
        for (std::size_t i = 0; i < batch.size(); i += 3)
            batch[i].attempt.answer = Answer::short_text("answer " + std::to_string(i));
        REQUIRE(store.record_batch(batch).saved);
        sql::Database raw = sql::Database::open(dir.db().string(), false);
        sql::Statement st(raw, "SELECT question_id, answer, uuid FROM attempts ORDER BY id");
        const std::regex uuid(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        std::set<std::string> uuids;
        std::size_t i = 0;
        for (; st.step(); ++i) {
            REQUIRE(i < batch.size());
            const AttemptRecord& a = batch[i].attempt;
            CHECK(st.column_text(0) == a.question_id);
            CHECK(st.column_text(1) == a.answer_text());
            CHECK_MESSAGE(std::regex_match(st.column_text(2), uuid), st.column_text(2));
            uuids.insert(st.column_text(2));
        }
        CHECK(i == batch.size());
        CHECK(uuids.size() == batch.size());
    }
    SUBCASE("one bad answer rejects the batch, nothing kept") {
        batch[77].attempt.score = 2.0;
        WriteResult w = store.record_batch(batch);
        CHECK(w.rejected);
        CHECK(w.message.find("answer 78 of 120") != std::string::npos);
        CHECK(store.pending_count() == 0);
        CHECK(counts_of(store).attempts == 0);
    }
    SUBCASE("a failure at any step leaves none of it; the retry writes all") {
        auto in_file = [&] {  // what is in the file, read by another connection
            sql::Database raw = sql::Database::open(dir.db().string(), false);
            return raw.query_int("SELECT count(*) FROM attempts");
        };
        std::int64_t expected = 0;
        int failed = 0;
        for (long step = 1; step < 300; step += 7) {
            store.set_write_fault(step);
            WriteResult w = store.record_batch(batch);
            store.set_write_fault(0);
            CHECK_FALSE(w.rejected);
            failed += w.saved ? 0 : 1;
            CHECK(in_file() == expected + (w.saved ? 120 : 0));  // all of it or none
            REQUIRE(store.flush().saved);
            expected += 120;
            CHECK(in_file() == expected);
        }
        CHECK(failed > 30);  // the faults did land inside the batch's transaction
    }
    SUBCASE("under another program's lock it waits in memory, then goes in") {
        sql::Database other = sql::Database::open(dir.db().string(), false);
        other.exec("BEGIN IMMEDIATE");
        WriteResult w = store.record_batch(batch);
        CHECK_FALSE(w.saved);
        CHECK(w.pending == 120);
        other.exec("COMMIT");
        CHECK(store.flush().saved);
        CHECK(counts_of(store).attempts == 120);
    }
}

TEST_CASE("store: migration 6 keeps the totals of an older database") {
    ScratchDir dir;
    {
        sql::Database raw = sql::Database::open(dir.db().string(), true);
        auto up_to_4 = schema_migrations().first(4);
        REQUIRE(migrate(raw, up_to_4).to == 4);
        raw.exec(
            "INSERT INTO profiles VALUES (1, 'Ana', 0, 0);"
            "INSERT INTO sessions (id, profile_id, bank_id, bank_hash, mode, started_ms) "
            "VALUES (1, 1, 'test-bank', 'h', 'practice', 0);");
        for (int i = 0; i < 40; ++i)  // the version-1 trigger keeps the totals
            raw.exec(
                "INSERT INTO attempts (session_id, profile_id, bank_id, question_id, "
                "question_hash, category, answer, score, correct, time_ms, answered_ms, "
                "day) VALUES (1, 1, 'test-bank', 'q" +
                std::to_string(i % 6) + "', 'h', 'actors', 'null', " +
                std::to_string((i % 3) / 2.0) + ", 0, 10, " +
                std::to_string(test_now() + (i % 5) * 1000) + ", 19853)");
    }
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    ConnectionInfo info;
    std::string error;
    REQUIRE(opened.store->connection_info(info, error));
    CHECK(info.user_version == latest_schema_version());
    CHECK(tail_of(dir.db()) == 0);  // the old totals stand
    expect_totals_agree(*opened.store);
    BeginResult begun = opened.store->begin_session(test_start());
    answer_mixed(*opened.store, begun.key, 11, test_now());
    REQUIRE(opened.store->end_session(begun.key, {test_now(), 1.0, 2.0}).saved);
    expect_totals_agree(*opened.store);  // the latest 5 carried over from the old rows
}

TEST_CASE("store: after an unclean shutdown the app's check runs off the start path") {
    ScratchDir dir;
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        BeginResult begun = opened.store->begin_session(test_start());
        answer_mixed(*opened.store, begun.key, 6, test_now());
    }
    mark_unclean_shutdown(dir.db());
    StoreOptions options = test_options();
    options.defer_check = true;
    OpenResult opened = Store::open(dir.db(), options);
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    Store& store = *opened.store;
    CHECK(store.checking());
    CHECK(counts_of(store).attempts == 6);  // reads work meanwhile
    BeginResult begun = store.begin_session(test_start());
    WriteResult w = store.record_attempt(begun.key, test_attempt("q9", 1.0));
    CHECK_FALSE(w.saved);  // writes wait for the verdict
    CHECK(w.message.find("not closed normally") != std::string::npos);
    store.finish_deferred_check();
    CHECK_FALSE(store.checking());
    CHECK(store.pending_count() == 0);
    CHECK(store.take_notices().empty());
    CHECK(counts_of(store).attempts == 7);
}

TEST_CASE("store: damage found by the deferred check is salvaged and the user told") {
    ScratchDir dir;
    {
        OpenResult opened = Store::open(dir.db(), test_options());
        for (int s = 0; s < 3; ++s) {
            BeginResult begun = opened.store->begin_session(test_start());
            answer_mixed(*opened.store, begun.key, 10, test_now());
            opened.store->end_session(begun.key, {test_now(), 1.0, 2.0});
        }
    }
    {  // destroy the profiles table's page, which opening does not read
        std::int64_t page = 0, page_size = 0;
        {
            sql::Database raw = sql::Database::open(dir.db().string(), false);
            page = raw.query_int("SELECT rootpage FROM sqlite_schema WHERE name = 'profiles'");
            page_size = raw.query_int("PRAGMA page_size");
        }
        std::string bytes = read_bytes(dir.db());
        for (std::int64_t i = 0; i < page_size; ++i)
            bytes[static_cast<std::size_t>((page - 1) * page_size + i)] =
                static_cast<char>(0xA5 ^ i);
        write_bytes(dir.db(), bytes);
    }
    mark_unclean_shutdown(dir.db());
    StoreOptions options = test_options();
    options.defer_check = true;
    OpenResult opened = Store::open(dir.db(), options);
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    CHECK(opened.notices.empty());  // nothing known yet: the window opens at once
    Store& store = *opened.store;
    store.start_deferred_check();
    while (store.checking()) store.retry_due();  // the frame loop's polling
    std::vector<std::string> notices = store.take_notices();
    REQUIRE(notices.size() == 2);
    CHECK(notices[0].find("found damage") != std::string::npos);
    CHECK(notices[1].find("Recovered 30 answers, 3 sessions") != std::string::npos);
    CHECK(counts_of(store).attempts == 30);
    expect_totals_agree(store, "Recovered profile 1");
}
