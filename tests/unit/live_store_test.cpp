// Live games in the score store: each scored question in its own transaction as it arrives,
// read back like one-screen games (export-results --classroom), and kept when the app stops
// mid-game.
#include <doctest/doctest.h>

#include "core/live/live_results.h"
#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "support/live_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

json answer(int question, json fields) {
    fields["type"] = "answer";
    fields["question"] = question;
    fields["round"] = 1;
    return fields;
}

std::vector<ClassroomExportRow> rows_of(Store& store) {
    std::vector<ClassroomExportRow> rows;
    std::string error;
    REQUIRE(store.for_each_classroom_row([&](const ClassroomExportRow& r) { rows.push_back(r); },
                                         error));
    return rows;
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE("live store: each question is saved as it is scored; a game cut short keeps them") {
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
            t.send(1, answer(0, {{"choice", 0}}));
            t.send(2, answer(0, {{"choice", 3}}));
            for (const LiveRoundRecord& r : t.game.take_finished_rounds())
                CHECK(store.save_live_round(live_round_save(r, info, test_now() + 1000), session)
                          .saved);
            CHECK(session > 0);
            REQUIRE(t.game.reveal());
            REQUIRE(t.game.next(t.now));
            t.pump();
            t.send(1, answer(1, {{"choices", {0, 2}}}));
            t.send(2, answer(1, {{"choices", {1}}}));
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

}  // TEST_SUITE
