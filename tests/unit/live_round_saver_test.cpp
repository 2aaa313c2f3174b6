// A live game's locked questions go to the store through the app's store writer
// (app/modes/live/live_round_saver.h): posting never waits for a busy writer; a question the
// store refuses for now (another program holds the lock) waits and is posted again about once
// a second; the journal goes only once every question is stored.
#include <doctest/doctest.h>

#include <chrono>
#include <future>

#include "app/modes/live/live_journal.h"
#include "app/modes/live/live_journal_writer.h"
#include "app/modes/live/live_round_saver.h"
#include "app/store_writer.h"
#include "core/store/classroom_store.h"
#include "core/store/sqlite_db.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

LiveRoundSave one_question(int index) {
    LiveRoundSave save;
    save.bank_id = "bank";
    save.bank_hash = "hash";
    save.started_ms = test_now();
    save.now_ms = test_now() + index;
    save.questions_played = index + 1;
    save.questions_planned = 3;
    ClassroomResultRow row;
    row.round = index + 1;
    row.team = "Ana";
    row.question_id = "q" + std::to_string(index);
    row.question_type = "single";
    row.answered = true;
    row.confidence = 2;
    save.rows = {row};
    save.players = {"Ana"};
    save.ranks = {1};
    save.totals = {0};
    return save;
}

std::size_t rows_in(Store& store) {
    std::size_t n = 0;
    std::string error;
    REQUIRE(store.for_each_classroom_row([&](const ClassroomExportRow&) { ++n; }, error));
    return n;
}

std::unique_ptr<Store> open_store(const std::filesystem::path& db) {
    StoreOptions options = test_options();
    options.busy_timeout_ms = 20;  // a held lock fails the write at once
    OpenResult opened = Store::open(db, options);
    REQUIRE(opened.store);
    return std::move(opened.store);
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE(
        "live round saver: a locked question is posted; the frame never waits on the writer") {
        ScratchDir dir;
        std::unique_ptr<Store> store = open_store(dir.db());
        StoreWriter writer(store.get(), /*background=*/true);
        std::promise<void> release;
        StoreWriter::Job busy = [gate = release.get_future().share()](Store&) {
            gate.wait();  // a long write ahead in the queue
            return WriteResult{true, false, 0, {}};
        };
        REQUIRE(writer.try_post(busy));
        LiveRoundSaver saver([&](StoreWriter::Job job) { CHECK(writer.try_post(job)); }, nullptr);
        // With the writer busy, taking its lease would wait: adding must not.
        auto added = std::async(std::launch::async, [&] {
            saver.add(one_question(0), 1000);
            saver.add(one_question(1), 1001);  // joins the job on its way
            saver.frame(5000);
        });
        CHECK(added.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
        release.set_value();
        added.get();
        StoreLease lease = writer.read();
        CHECK(rows_in(*lease) == 2);
        CHECK(saver.take_message().empty());
    }

    TEST_CASE(
        "live round saver: a refused question waits, is posted again after a second, "
        "and the journal goes once it is stored") {
        ScratchDir dir;
        std::unique_ptr<Store> store = open_store(dir.db());
        StoreWriter writer(store.get(), /*background=*/false);  // jobs run at once: no timing
        int posts = 0;
        std::string error;
        std::shared_ptr<LiveJournalWriter> journal = LiveJournalWriter::create(
            dir.path() / "game.jsonl", live_journal_game_line({"bank", "hash", 1, 3}), error);
        REQUIRE(journal);
        const std::filesystem::path file = journal->file();
        LiveRoundSaver saver(
            [&](StoreWriter::Job job) {
                ++posts;
                REQUIRE(writer.try_post(job));
            },
            journal);
        journal.reset();  // the host lets go of it at the close

        {
            sql::Database other = sql::Database::open(dir.db().string(), false);
            other.exec("BEGIN IMMEDIATE");  // another program writes
            saver.add(one_question(0), 1000);
            CHECK(posts == 1);
            CHECK(saver.take_message().find("not saved") != std::string::npos);
            CHECK(saver.take_message().empty());  // said once
            saver.add(one_question(1), 1200);     // waits behind the first, in order
            CHECK(posts == 2);
            saver.frame(1900);  // not yet a second since the last try
            CHECK(posts == 2);
            other.exec("COMMIT");
        }
        saver.frame(2300);
        CHECK(posts == 3);
        CHECK(rows_in(*writer.read()) == 2);
        CHECK(std::filesystem::exists(file));
        saver.close();  // everything stored: the journal goes
        CHECK_FALSE(std::filesystem::exists(file));
    }

    TEST_CASE("live round saver: a game closed while a question waits keeps its journal") {
        ScratchDir dir;
        std::unique_ptr<Store> store = open_store(dir.db());
        StoreWriter writer(store.get(), /*background=*/false);
        std::string error;
        auto journal = LiveJournalWriter::create(
            dir.path() / "game.jsonl", live_journal_game_line({"bank", "hash", 1, 3}), error);
        REQUIRE(journal);
        const std::filesystem::path file = journal->file();
        LiveRoundSaver saver([&](StoreWriter::Job job) { REQUIRE(writer.try_post(job)); },
                             std::move(journal));
        sql::Database other = sql::Database::open(dir.db().string(), false);
        other.exec("BEGIN IMMEDIATE");
        saver.add(one_question(0), 1000);
        saver.close();
        other.exec("COMMIT");
        CHECK(std::filesystem::exists(file));  // the next start recovers from it
        CHECK(rows_in(*writer.read()) == 0);
    }
}
