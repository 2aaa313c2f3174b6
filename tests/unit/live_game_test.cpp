// The live game's state machine (core/live): join, rejoin, answer, lock, reveal, peer
// instruction, kick, teams, and every refusal, driven as the network layer drives it.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/live_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

std::vector<std::string> types_of(const std::vector<json>& messages) {
    std::vector<std::string> types;
    for (const json& m : messages) types.push_back(m.value("type", ""));
    return types;
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE(
        "live game: players join - answer - the question locks when all answered - reveal and "
        "podium") {
        LiveTable t = make_table({"q-capital", "q-treaty"});
        json w = t.join(1, "  Ana\tMaria  ", 1);
        CHECK(t.inbox[1].front()["type"] == "hello");
        CHECK(w["type"] == "welcome");
        CHECK(w["name"] == "Ana Maria");
        CHECK(w["rejoined"] == false);
        CHECK(t.join(2, "Ben", 2)["type"] == "welcome");
        CHECK(t.game.snapshot(t.now).lobby.size() == 2);

        REQUIRE(t.game.start(t.now));
        t.pump();
        const json q = t.last(1);
        CHECK(q["type"] == "question");
        CHECK(q["options"].size() == 4);
        CHECK(q["answered"] == false);
        // One buffer for every player: the same serialisation went to both connections.
        CHECK(t.raw.back().use_count() >= 1);
        CHECK(t.last(2) == q);
        for (const char* secret : {"correct", "explanation", "feedback", "accept", "key"})
            CHECK(t.raw.back()->find(secret) == std::string::npos);

        t.now += 400;  // under 500 ms: full points
        CHECK(t.send(1, answer_message(0, {{"choice", 0}}))["type"] == "ack");
        CHECK(t.game.phase() == LivePhase::question);
        CHECK(t.game.snapshot(t.now).distribution[0] == std::vector<int>{1, 0, 0, 0});
        t.now += 9600;
        CHECK(t.send(2, answer_message(0, {{"choice", 1}}))["type"] == "ack");
        CHECK(types_of(t.inbox[2]).back() == "locked");  // acknowledged, then locked for all
        CHECK(t.last(1)["type"] == "locked");
        CHECK(t.game.phase() == LivePhase::locked);

        REQUIRE(t.game.reveal());
        t.pump();
        const json r1 = t.last(1), r2 = t.last(2);
        CHECK(r1["type"] == "reveal");
        CHECK(r1["correct"] == true);
        CHECK(r1["points"] == 1000);
        CHECK(r1["rank"] == 1);
        CHECK(r1["key"]["choice"] == 0);
        CHECK(r2["correct"] == false);
        CHECK(r2["points"] == 0);
        CHECK(r2["rank"] == 2);
        const LiveSnapshot s = t.game.snapshot(t.now);
        CHECK(s.right == 1);
        CHECK(s.wrong == 1);
        CHECK(s.option_correct == std::vector<bool>{true, false, false, false});

        auto records = t.game.take_finished_rounds();
        REQUIRE(records.size() == 1);
        CHECK(records[0].question.id == "q-capital");
        CHECK(records[0].names == std::vector<std::string>{"Ana Maria", "Ben"});
        CHECK(records[0].results[0].score.points == 1000);

        REQUIRE(t.game.show_leaderboard());
        t.pump();
        CHECK(t.last(2)["type"] == "leaderboard");
        CHECK(t.last(2)["rank"] == 2);
        CHECK(t.last(2)["top"][0]["name"] == "Ana Maria");
        REQUIRE(t.game.next(t.now));
        t.pump();
        CHECK(t.last(1)["kind"] == "true_false");
        CHECK(t.last(1)["options"] == json::array({"True", "False"}));
        REQUIRE(t.game.lock(t.now));
        REQUIRE(t.game.reveal());
        REQUIRE(t.game.next(t.now));
        t.pump();
        CHECK(t.game.phase() == LivePhase::podium);
        const json podium = t.last(2);
        CHECK(podium["type"] == "podium");
        CHECK(podium["places"].size() == 2);
        // Never another player's credential.
        for (const auto& buffer : t.raw) CHECK(buffer->find(token_for(1)) == std::string::npos);
    }

    TEST_CASE("live game: the server's timer locks - answers after it are late") {
        LiveTable t = make_table({"q-treaty"});  // 10 s limit
        t.join(1, "Ana", 1);
        t.join(2, "Ben", 2);
        REQUIRE(t.game.start(t.now));
        t.pump();
        CHECK(t.last(1)["limit_ms"] == 10000);
        CHECK_FALSE(t.game.tick(t.now + 9999));
        t.now += 10000;
        CHECK(t.send(1, answer_message(0, {{"value", true}}))["code"] == "late");
        CHECK(t.game.phase() == LivePhase::locked);
        CHECK(t.game.answered_count() == 0);
    }

    TEST_CASE(
        "live game: a player rejoins by token with name - points and the current question - a "
        "second tab takes over") {
        LiveTable t = make_table({"q-capital", "q-members"});
        t.join(1, "Ana", 1);
        t.join(2, "Ben", 2);
        REQUIRE(t.game.start(t.now));
        t.pump();
        t.send(1, answer_message(0, {{"choice", 0}}));
        t.send(2, answer_message(0, {{"choice", 0}}));
        REQUIRE(t.game.reveal());
        REQUIRE(t.game.next(t.now));
        t.pump();
        t.send(1, answer_message(1, {{"choices", {0, 2}}}));

        // Ana's phone sleeps; she comes back on a new connection with a different typed name.
        t.game.on_disconnect(1);
        const json w = t.join(7, "Someone else", 1);
        const auto& got = t.inbox[7];
        REQUIRE(got.size() >= 3);
        CHECK(got[1]["type"] == "welcome");
        CHECK(got[1]["name"] == "Ana");
        CHECK(got[1]["rejoined"] == true);
        CHECK(got[1]["total"] == 1000);
        CHECK(got[2]["type"] == "question");
        CHECK(got[2]["question"] == 1);
        CHECK(got[2]["answered"] == true);
        CHECK(t.game.players().size() == 2);

        // A second tab with Ben's token takes over from the first.
        t.join(8, "Ben", 2);
        CHECK(t.last_error(2) == "taken_over");
        CHECK(t.closed.count(2) == 1);
        CHECK(t.game.player_of(8) == 1);
        CHECK_FALSE(t.game.player_of(2));
        // The old connection can no longer answer for Ben.
        CHECK(t.send(2, answer_message(1, {{"choices", {0}}}))["code"] == "not_joined");
        CHECK(t.send(8, answer_message(1, {{"choices", {0, 2}}}))["type"] == "ack");
    }

    TEST_CASE("live game: every refusal answers with an error and changes nothing") {
        LiveTable t = make_table({"q-capital", "q-order"});
        t.game.on_connect(1);
        t.pump();
        CHECK(t.send(1, answer_message(0, {{"choice", 0}}))["code"] == "not_joined");
        CHECK(t.send(1, std::string("{not json"))["code"] == "bad_json");
        CHECK(t.send(1, std::string("[1,2]"))["code"] == "bad_json");
        CHECK(t.send(1, std::string("{\"type\":\"end_game\"}"))["code"] == "unknown_type");
        CHECK(t.send(1, std::string("{\"type\":7}"))["code"] == "unknown_type");
        CHECK(t.send(1, json{{"type", "join"}, {"pin", 123456}})["code"] == "bad_field");
        CHECK(t.send(1, std::string(5000, ' '))["code"] == "too_big");
        CHECK(t.send(1, std::string("{\"type\":\"join\",\"name\":\"\xff\"}"))["code"] ==
              "bad_json");
        json join = {{"type", "join"}, {"pin", "123456"}, {"token", "XYZ"}, {"name", "Ana"}};
        CHECK(t.send(1, join)["code"] == "bad_token");
        join["token"] = token_for(1);
        join["name"] = "\x01\x02  ";
        CHECK(t.send(1, join)["code"] == "bad_name");
        CHECK(t.game.players().empty());
        join["name"] = "Ana";
        CHECK(t.send(1, join)["type"] == "welcome");
        CHECK(t.send(1, join)["code"] == "already_joined");
        t.game.on_connect(2);
        json other = join;
        other["token"] = token_for(2);
        other["name"] = "ANA";
        CHECK(t.send(2, other)["code"] == "bad_name");  // taken, any case

        CHECK(t.send(1, answer_message(0, {{"choice", 0}}))["code"] == "wrong_phase");  // lobby
        REQUIRE(t.game.start(t.now));
        t.pump();
        CHECK(t.send(1, answer_message(0, {{"choice", 99}}))["code"] == "out_of_range");
        CHECK(t.send(1, answer_message(0, {{"choice", -1}}))["code"] == "out_of_range");
        CHECK(t.send(1, answer_message(0, {{"choice", "a"}}))["code"] == "bad_field");
        CHECK(t.send(1, answer_message(0, {{"choices", {0}}}))["code"] == "bad_field");
        CHECK(t.send(1, answer_message(0, {{"choice", 0}, {"confidence", 9}}))["code"] ==
              "out_of_range");
        CHECK(t.send(1, answer_message(1, {{"choice", 0}}))["code"] == "wrong_question");
        CHECK(t.send(1, answer_message(0, {{"choice", 0}}, 2))["code"] == "wrong_question");
        CHECK(t.game.answered_count() == 0);
        CHECK(t.game.snapshot(t.now).distribution[0] == std::vector<int>{0, 0, 0, 0});
        CHECK(t.game.phase() == LivePhase::question);

        t.join(3, "Ben", 3);
        CHECK(t.send(1, answer_message(0, {{"choice", 2}}))["type"] == "ack");
        CHECK(t.send(1, answer_message(0, {{"choice", 0}}))["code"] == "duplicate");
        CHECK(t.game.snapshot(t.now).distribution[0] == std::vector<int>{0, 0, 1, 0});

        // Host intents in the wrong phase are refused too.
        CHECK_FALSE(t.game.start(t.now));
        CHECK_FALSE(t.game.reveal());
        CHECK_FALSE(t.game.next(t.now));
        CHECK_FALSE(t.game.revote(t.now));
        CHECK_FALSE(t.game.kick(42));
        REQUIRE(t.game.lock(t.now));
        CHECK(t.send(3, answer_message(0, {{"choice", 0}}))["code"] == "late");
        REQUIRE(t.game.reveal());
        REQUIRE(t.game.next(t.now));
        t.pump();
        // Ordering: a permutation of the items shown, nothing else.
        CHECK(t.send(1, answer_message(1, {{"order", {0, 1}}}))["code"] == "out_of_range");
        CHECK(t.send(1, answer_message(1, {{"order", {0, 0, 1}}}))["code"] == "out_of_range");
        CHECK(t.send(1, answer_message(1, {{"order", {0, 1, 2}}}))["type"] == "ack");
    }

    TEST_CASE("live game: wrong PINs are limited per address") {
        LiveTable t = make_table({"q-capital"});
        json join = {{"type", "join"}, {"pin", "000000"}, {"token", token_for(1)}, {"name", "Eve"}};
        t.game.on_connect(1);
        for (int i = 0; i < 5; ++i) {
            t.game.on_message(1, "10.0.0.66", join.dump(), t.now);
            t.pump();
            CHECK(t.last_error(1) == "bad_pin");
        }
        join["pin"] = "123456";  // even the right PIN now waits
        t.game.on_message(1, "10.0.0.66", join.dump(), t.now);
        t.pump();
        CHECK(t.last_error(1) == "pin_tries");
        CHECK(t.join(2, "Ana", 2, "10.0.0.7")["type"] == "welcome");  // other addresses are not
        t.now += 60'000;
        t.game.on_message(1, "10.0.0.66", join.dump(), t.now);
        t.pump();
        CHECK(t.last(1)["type"] == "welcome");
    }

    TEST_CASE("live game: the player limit - and a kicked player cannot come back") {
        LiveSettings settings = live_settings();
        settings.max_players = 2;
        LiveTable t = make_table({"q-capital"}, settings);
        t.join(1, "Ana", 1);
        t.join(2, "Ben", 2);
        CHECK(t.join(3, "Cy", 3)["code"] == "game_full");
        REQUIRE(t.game.kick(1));
        t.pump();
        CHECK(t.last(2)["type"] == "kicked");
        CHECK(t.closed.count(2) == 1);
        CHECK(t.join(4, "Ben again", 2)["code"] == "kicked");
        CHECK(t.join(5, "Cy", 3)["type"] == "welcome");
        CHECK(t.game.snapshot(t.now).lobby.size() == 2);
    }

    TEST_CASE("live game: peer instruction votes twice - shows both rounds - scores the second") {
        LiveSettings settings = live_settings();
        settings.peer_questions = {1};
        LiveTable t = make_table({"q-capital"}, settings);
        t.join(1, "Ana", 1);
        t.join(2, "Ben", 2);
        t.join(3, "Cy", 3);
        REQUIRE(t.game.start(t.now));
        t.pump();
        CHECK(t.last(1)["peer"] == true);
        t.send(1, answer_message(0, {{"choice", 0}}));
        t.send(2, answer_message(0, {{"choice", 1}}));
        t.send(3, answer_message(0, {{"choice", 1}}));
        CHECK(t.game.phase() == LivePhase::locked);
        CHECK_FALSE(t.game.reveal());  // no reveal after round 1
        CHECK(t.game.take_finished_rounds().empty());
        LiveSnapshot s = t.game.snapshot(t.now);
        CHECK(s.distribution[0] == std::vector<int>{1, 2, 0, 0});
        CHECK(s.right_in_round[0] == 1);
        for (const auto& buffer : t.raw) CHECK(buffer->find("\"key\"") == std::string::npos);

        REQUIRE(t.game.revote(t.now));
        t.pump();
        CHECK(t.last(2)["round"] == 2);
        CHECK(t.send(2, answer_message(0, {{"choice", 0}}))["code"] ==
              "wrong_question");  // round 1 is over
        t.send(1, answer_message(0, {{"choice", 0}}, 2));
        t.send(2, answer_message(0, {{"choice", 0}}, 2));
        t.send(3, answer_message(0, {{"choice", 1}}, 2));
        s = t.game.snapshot(t.now);
        CHECK(s.distribution[0] == std::vector<int>{1, 2, 0, 0});
        CHECK(s.distribution[1] == std::vector<int>{2, 1, 0, 0});
        CHECK(s.right_in_round[1] == 2);
        REQUIRE(t.game.reveal());
        t.pump();
        CHECK(t.last(2)["correct"] == true);
        CHECK(t.last(3)["correct"] == false);
        CHECK(t.game.take_finished_rounds().size() == 1);
    }

    TEST_CASE("live game: teams rank by average points per member") {
        LiveSettings settings = live_settings();
        settings.teams = {"North", "South"};
        LiveTable t = make_table({"q-capital"}, settings);
        t.game.on_connect(1);
        json join = {{"type", "join"}, {"pin", "123456"}, {"token", token_for(1)}, {"name", "Ana"}};
        CHECK(t.send(1, join)["code"] == "bad_team");
        join["team"] = 2;
        CHECK(t.send(1, join)["code"] == "bad_team");
        join["team"] = 0;
        CHECK(t.send(1, join)["team"] == "North");
        join["team"] = 1;
        join["token"] = token_for(2);
        join["name"] = "Ben";
        t.game.on_connect(2);
        t.send(2, join);
        join["token"] = token_for(3);
        join["name"] = "Cy";
        t.game.on_connect(3);
        t.send(3, join);
        REQUIRE(t.game.start(t.now));
        t.pump();
        t.send(1, answer_message(0, {{"choice", 1}}));  // North: 0
        t.send(2, answer_message(0, {{"choice", 0}}));  // South: 1000 and 0 -> 500
        t.send(3, answer_message(0, {{"choice", 1}}));
        const auto teams = t.game.team_standings();
        REQUIRE(teams.size() == 2);
        CHECK(teams[0].name == "South");
        CHECK(teams[0].total == 500);
        CHECK(teams[1].total == 0);
    }

    TEST_CASE("live game: all six types are answered by index and scored with partial credit") {
        LiveTable t = make_table({"q-members", "q-match", "q-order", "q-short"});
        t.join(1, "Ana", 1);
        REQUIRE(t.game.start(t.now));
        t.pump();
        t.send(1, answer_message(0, {{"choices", {0}}}));  // one of two right choices
        REQUIRE(t.game.reveal());
        t.pump();
        CHECK(t.last(1)["credit"] == doctest::Approx(0.5));
        CHECK(t.last(1)["key"]["choices"] == json::array({0, 2}));

        REQUIRE(t.game.next(t.now));
        t.pump();
        const json match = t.last(1);
        const auto rights = match["rights"].get<std::vector<std::string>>();
        auto at = [&](const std::string& r) {
            return static_cast<int>(std::find(rights.begin(), rights.end(), r) - rights.begin());
        };
        CHECK(t.send(1, answer_message(1, {{"matches", {at("Tehran"), -1}}}))["type"] == "ack");
        REQUIRE(t.game.reveal());
        t.pump();
        CHECK(t.last(1)["credit"] == doctest::Approx(0.5));

        REQUIRE(t.game.next(t.now));
        t.pump();
        const auto items = t.last(1)["items"].get<std::vector<std::string>>();
        const std::vector<std::string> right = {"1979 revolution", "JCPOA", "Treaty"};
        std::vector<int> order;
        for (const auto& item : right)
            order.push_back(
                static_cast<int>(std::find(items.begin(), items.end(), item) - items.begin()));
        CHECK(t.send(1, answer_message(2, {{"order", order}}))["type"] == "ack");
        REQUIRE(t.game.reveal());
        t.pump();
        CHECK(t.last(1)["correct"] == true);
        CHECK(t.last(1)["key"]["order"] == order);

        REQUIRE(t.game.next(t.now));
        t.pump();
        CHECK(t.send(1, answer_message(3, {{"text", std::string(201, 'z')}}))["code"] ==
              "out_of_range");
        CHECK(t.send(1, answer_message(3, {{"text", " zarif "}}))["type"] == "ack");
        REQUIRE(t.game.reveal());
        t.pump();
        CHECK(t.last(1)["correct"] == true);
        CHECK(t.last(1)["key"]["accept"][0] == "Zarif");
    }

}  // TEST_SUITE
