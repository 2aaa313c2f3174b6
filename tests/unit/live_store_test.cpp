// Live games in the score store: each scored question in its own transaction as it arrives,
// read back like one-screen games (export-results --classroom), and kept when the app stops
// mid-game.
#include <doctest/doctest.h>

#include "core/live/live_results.h"
#include "core/store/classroom_store.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "support/live_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

std::vector<ClassroomExportRow> rows_of(Store& store) {
    std::vector<ClassroomExportRow> rows;
    std::string error;
    REQUIRE(store.for_each_classroom_row([&](const ClassroomExportRow& r) { rows.push_back(r); },
                                         error));
    return rows;
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE("live store: each question is saved as it is scored - a game cut short keeps them") {
        ScratchDir dir;
        LiveTable t = make_table({"q-capital", "q-members", "q-treaty"});
        t.join(1, "Ana", 1);
        t.join(2, "Ben", 2);
        const LiveGameInfo info{"classroom-test", "hash", test_now(), 3};
        std::int64_t session = 0;
        {
            OpenResult opened = Store::open(dir.db(), test_options());
            REQUIRE(opened.store);
            Store& store = *opened.store;
            REQUIRE(t.game.start(t.now));
            t.pump();
            t.send(1, answer_message(0, {{"choice", 0}}));
            t.send(2, answer_message(0, {{"choice", 3}}));
            for (const LiveRoundRecord& r : t.game.take_finished_rounds())
                CHECK(store.save_live_round(live_round_save(r, info, test_now() + 1000), session)
                          .saved);
            CHECK(session > 0);
            REQUIRE(t.game.reveal());
            REQUIRE(t.game.next(t.now));
            t.pump();
            t.send(1, answer_message(1, {{"choices", {0, 2}}}));
            t.send(2, answer_message(1, {{"choices", {1}}}));
            for (const LiveRoundRecord& r : t.game.take_finished_rounds())
                CHECK(store.save_live_round(live_round_save(r, info, test_now() + 2000), session)
                          .saved);
            // The app stops here (question 3 never played): the store closes with what it has.
        }
        OpenResult reopened = Store::open(dir.db(), test_options());
        REQUIRE(reopened.store);
        const auto rows = rows_of(*reopened.store);
        REQUIRE(rows.size() == 4);
        CHECK(rows[0].team == "Ana");
        CHECK(rows[0].question_id == "q-capital");
        CHECK(rows[0].correct);
        CHECK(rows[0].answer_ids == "a");
        CHECK(rows[0].answer_text == "Tehran");
        CHECK(rows[1].team == "Ben");
        CHECK_FALSE(rows[1].correct);
        CHECK(rows[2].round == 2);
        CHECK(rows[2].answer_ids == "a,c");
        // Ranks and totals follow the latest question on every row of the player.
        CHECK(rows[0].team_total == rows[2].team_total);
        CHECK(rows[0].team_total == t.game.players()[0].total);
        CHECK(rows[0].team_rank == 1);
        CHECK(rows[1].team_rank == 2);
        CHECK(rows[0].finished_early);  // 2 of 3 questions
    }

    TEST_CASE("live store: a broken record is refused with a message and nothing is written") {
        ScratchDir dir;
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.store);
        LiveRoundSave save;
        save.bank_id = "b";
        save.players = {"Ana"};
        save.ranks = {0};
        save.totals = {0};
        std::int64_t session = 0;
        const WriteResult r = opened.store->save_live_round(save, session);
        CHECK(r.rejected);
        CHECK_FALSE(r.message.empty());
        CHECK(session == 0);
        CHECK(rows_of(*opened.store).empty());
    }

    TEST_CASE(
        "live store: a player's confidence is kept with the answer; one out of range is not") {
        ScratchDir dir;
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.store);
        LiveSettings settings = live_settings();
        settings.cbm = true;
        LiveTable t = make_table({"q-capital"}, settings);
        t.join(1, "Ana", 1);
        t.join(2, "Ben", 2);
        REQUIRE(t.game.start(t.now));
        t.pump();
        CHECK(t.send(1, answer_message(0, {{"choice", 0}, {"confidence", 3}}))["type"] == "ack");
        CHECK(t.send(2, answer_message(0, {{"choice", 3}}))["type"] == "ack");  // none given
        const auto records = t.game.take_finished_rounds();
        REQUIRE(records.size() == 1);
        LiveRoundSave save =
            live_round_save(records.front(), {"classroom-test", "hash", test_now(), 1}, test_now());
        std::int64_t session = 0;
        REQUIRE(opened.store->save_live_round(save, session).saved);
        const auto rows = rows_of(*opened.store);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].confidence == 3);
        CHECK(rows[1].confidence == 0);

        save.rows[1].confidence = 4;  // only 1-3 (or none) is a confidence
        std::int64_t other = 0;
        const WriteResult refused = opened.store->save_live_round(save, other);
        CHECK(refused.rejected);
        CHECK(refused.message.find("confidence") != std::string::npos);
        CHECK(rows_of(*opened.store).size() == 2);
    }

    TEST_CASE("live store: migration 10 adds the confidence column; older rows have none") {
        ScratchDir dir;
        {
            sql::Database db = sql::Database::open(dir.db().string(), true);
            migrate(db, schema_migrations().first(7));  // main's last before the column
            db.exec(
                "INSERT INTO profiles (name, created_ms, last_used_ms) VALUES ('Classroom', 1, 0);"
                "INSERT INTO sessions (profile_id, bank_id, bank_hash, mode, started_ms, ended_ms, "
                "score, max_score) VALUES (1, 'b', 'h', 'classroom', 1, 2, 1, 1);"
                "INSERT INTO classroom_results (session_id, round, team, team_rank, team_total, "
                "question_id, question_type, answered, answer_ids, answer_text, correct, "
                "fraction, time_ms, points, streak_bonus) "
                "VALUES (1, 1, 'Ana', 1, 900, 'q', 'single', 1, 'a', 'A', 1, 1, 10, 900, 0);");
        }
        OpenResult opened = Store::open(dir.db(), test_options());
        REQUIRE(opened.ok());
        const auto rows = rows_of(*opened.store);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].team == "Ana");
        CHECK(rows[0].confidence == 0);
        CHECK(schema_migrations()[9].version == 10);
        sql::Database raw = sql::Database::open(dir.db().string(), false);
        CHECK_THROWS_AS(raw.exec("UPDATE classroom_results SET confidence = 5"), sql::SqliteError);
    }

}  // TEST_SUITE
