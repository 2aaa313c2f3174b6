// Estimates, polls and evidence matrices in a live game (core/live): what devices are sent
// (never the key before the reveal), every refusal of a malformed answer, scoring by the core's
// own functions, the poll left unscored, and the spreads the projector draws after the lock.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/classroom/classroom_setup.h"
#include "core/live/live_results.h"
#include "core/live/live_spread.h"
#include "support/bank_parts.h"
#include "support/classroom_fixture.h"
#include "support/live_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

ClassroomRound round_of(Question q) {
    ClassroomRound r;
    r.question = std::move(q);
    r.limit_ms = 20'000;
    return r;
}

Question question_of(const char* id, QuestionType type, const char* prompt,
                     const char* explanation) {
    Question q;
    q.id = id;
    q.type = type;
    q.prompt = prompt;
    q.explanation = explanation;
    return q;
}

Question estimate_question() {
    Question q = question_of("e-missiles", QuestionType::estimate, "How many missiles were fired?",
                             "About two hundred, by the ministry's count.");
    q.value = 200;
    q.unit = "missiles";
    q.margin = 20;
    q.tolerance = 50;
    return q;
}

Question poll_question() {
    Question q = question_of("p-deal", QuestionType::poll, "Should the deal be revived?",
                             "Arguments for and against.");
    q.choices = {testing::choice("yes", "Yes"), testing::choice("no", "No"),
                 testing::choice("later", "Not yet")};
    return q;
}

// 3 rows x 2 hypotheses: rows 0 and 1 diagnostic (weight 2 per cell), row 2 not (weight 1).
Question matrix_question() {
    Question q = question_of("m-ach", QuestionType::matrix,
                             "Mark the evidence against each hypothesis.", "");
    q.columns = {"Accident", "Attack"};
    q.rows = {
        testing::matrix_row("Debris pattern", {"C", "II"}, "Fits an accident only."),
        testing::matrix_row("Claim of responsibility", {"I", "CC"}, "Nobody claims an accident."),
        testing::matrix_row("Bad weather", {"N", "N"}, "Says nothing either way.")};
    return q;
}

// A game of this one question with these players joined (connection and token 1, 2, ...), the
// question on their devices.
LiveTable started_with(Question question, const std::vector<std::string>& players) {
    std::vector<ClassroomRound> rounds;
    rounds.push_back(round_of(std::move(question)));
    LiveStart start = LiveGame::create(std::move(rounds), live_settings());
    REQUIRE(start.ok());
    LiveTable t(std::move(*start.game));
    for (std::size_t i = 0; i < players.size(); ++i)
        t.join(static_cast<LiveConnId>(i + 1), players[i], static_cast<int>(i + 1));
    REQUIRE(t.game.start(t.now));
    t.pump();
    return t;
}

}  // namespace

TEST_SUITE("live") {
    TEST_CASE("live types: an estimate is sent with its unit and no key - closeness") {
        LiveTable t = started_with(estimate_question(), {"Ana", "Ben", "Cy"});
        const json q = t.last(1);
        CHECK(q["kind"] == "estimate");
        CHECK(q["unit"] == "missiles");
        for (const char* secret :
             {"\"value\"", "margin", "tolerance", "explanation", "key", "ministry"})
            CHECK(t.raw.back()->find(secret) == std::string::npos);

        t.now += 100;
        CHECK(t.send(1, answer_message(0, {{"value", 210}}))["type"] ==
              "ack");  // within the margin
        CHECK(t.send(2, answer_message(0, {{"value", 235}}))["type"] == "ack");   // half way: 0.5
        CHECK(t.send(3, answer_message(0, {{"value", 1000}}))["type"] == "ack");  // nothing
        CHECK(t.game.phase() == LivePhase::locked);
        const LiveSnapshot locked = t.game.snapshot(t.now);
        CHECK(locked.estimate.count == 3);
        CHECK_FALSE(locked.estimate.key.has_value());
        CHECK(locked.estimate.unit == "missiles");

        REQUIRE(t.game.reveal());
        t.pump();
        CHECK(t.last(1)["correct"] == true);
        CHECK(t.last(1)["points"] == 1000);
        CHECK(t.last(1)["key"]["value"] == 200);
        CHECK(t.last(1)["key"]["margin"] == 20);
        CHECK(t.last(1)["key"]["tolerance"] == 50);
        CHECK(t.last(2)["credit"] == doctest::Approx(0.5));
        CHECK(t.last(2)["points"] == 500);
        CHECK(t.last(3)["credit"] == 0);
        const LiveSnapshot s = t.game.snapshot(t.now);
        CHECK(s.right == 1);
        CHECK(s.partly == 1);
        CHECK(s.wrong == 1);
        REQUIRE(s.estimate.key.has_value());
        CHECK(*s.estimate.key == 200);
        CHECK(s.estimate.low <= 180);
        CHECK(s.estimate.high >= 220);
    }

    TEST_CASE("live types: a poll shows its spread - never scored - keeps the streak") {
        LiveTable t = started_with(poll_question(), {"Ana", "Ben"});
        CHECK(t.last(1)["kind"] == "poll");
        CHECK(t.last(1)["options"] == json::array({"Yes", "No", "Not yet"}));
        CHECK(t.raw.back()->find("Arguments") == std::string::npos);
        CHECK(t.send(1, answer_message(0, {{"choice", 2}}))["type"] == "ack");
        CHECK(t.send(2, answer_message(0, {{"choice", 2}}))["type"] == "ack");
        CHECK(t.game.snapshot(t.now).distribution[0] == std::vector<int>{0, 0, 2});
        REQUIRE(t.game.reveal());
        t.pump();
        const json r = t.last(1);
        CHECK(r["graded"] == false);
        CHECK(r["correct"] == false);
        CHECK(r["points"] == 0);
        CHECK(r["key"] == json::object());
        const LiveSnapshot s = t.game.snapshot(t.now);
        CHECK_FALSE(s.graded);
        CHECK(s.right + s.partly + s.wrong == 0);
        CHECK(s.option_correct.empty());  // no option ticked, none dimmed
        const auto records = t.game.take_finished_rounds();
        REQUIRE(records.size() == 1);
        const LiveRoundSave save = live_round_save(records.front(), {}, 5000);
        REQUIRE(save.rows.size() == 2);
        CHECK(save.rows[0].answer_ids == "later");
        CHECK(save.rows[0].answer_text == "Not yet");
        CHECK(save.rows[0].points == 0);
        CHECK_FALSE(save.rows[0].correct);
    }

    TEST_CASE("live types: a matrix is sent without its cells - weighted credit") {
        LiveTable t = started_with(matrix_question(), {"Ana", "Ben"});
        const json q = t.last(1);
        CHECK(q["kind"] == "matrix");
        CHECK(q["columns"] == json::array({"Accident", "Attack"}));
        CHECK(q["rows"][1] == "Claim of responsibility");
        for (const char* secret : {"\"II\"", "\"CC\"", "Fits an accident", "cells", "key"})
            CHECK(t.raw.back()->find(secret) == std::string::npos);

        CHECK(t.send(1, answer_message(0, {{"cells", {0, 1, 1, 0, 2, 2}}}))["type"] ==
              "ack");  // all right
        // Row 0 wrong in both cells (2 x weight 2), the rest right: 6 of 10.
        CHECK(t.send(2, answer_message(0, {{"cells", {1, 0, 1, 0, 2, 2}}}))["type"] == "ack");
        const LiveSnapshot locked = t.game.snapshot(t.now);
        REQUIRE(locked.matrix.cells.size() == 6);
        CHECK(locked.matrix.voters == 2);
        CHECK(locked.matrix.cells[0] == std::array<int, 3>{1, 1, 0});
        CHECK(locked.matrix.cells[5] == std::array<int, 3>{0, 0, 2});
        CHECK(locked.matrix.key.empty());

        REQUIRE(t.game.reveal());
        t.pump();
        CHECK(t.last(1)["correct"] == true);
        CHECK(t.last(1)["key"]["cells"] == json::array({0, 1, 1, 0, 2, 2}));
        CHECK(t.last(1)["key"]["rows"][2] == "Says nothing either way.");
        CHECK(t.last(2)["credit"] == doctest::Approx(0.6));
        CHECK(t.game.snapshot(t.now).matrix.key == std::vector<int>{0, 1, 1, 0, 2, 2});
        const auto records = t.game.take_finished_rounds();
        REQUIRE(records.size() == 1);
        const LiveRoundSave save = live_round_save(records.front(), {}, 5000);
        CHECK(save.rows[1].answer_text == "I C | I C | N N");
        CHECK(save.rows[1].fraction == doctest::Approx(0.6));
    }

    TEST_CASE("live types: a malformed estimate, poll or matrix answer is refused with its code") {
        struct Refusal {
            const char* what;
            Question (*question)();
            std::string message;  // as the device sent it
            const char* code;
        };
        auto sent = [](json fields) { return answer_message(0, std::move(fields)).dump(); };
        const Refusal refusals[] = {
            {"estimate: a boolean", estimate_question, sent({{"value", true}}), "bad_field"},
            {"estimate: a string", estimate_question, sent({{"value", "200"}}), "bad_field"},
            {"estimate: a choice", estimate_question, sent({{"choice", 1}}), "bad_field"},
            {"estimate: too large", estimate_question, sent({{"value", 2e12}}), "out_of_range"},
            {"estimate: too small", estimate_question, sent({{"value", -2e12}}), "out_of_range"},
            // JSON has no NaN or infinity; a number too large for a double is not read at all.
            {"estimate: 1e999", estimate_question,
             R"({"type":"answer","question":0,"round":1,"value":1e999})", "bad_json"},
            {"estimate: confidence 4", estimate_question, sent({{"value", 1}, {"confidence", 4}}),
             "out_of_range"},
            {"poll: past the options", poll_question, sent({{"choice", 3}}), "out_of_range"},
            {"poll: before them", poll_question, sent({{"choice", -1}}), "out_of_range"},
            {"poll: a list", poll_question, sent({{"choices", {0}}}), "bad_field"},
            {"poll: confidence 0", poll_question, sent({{"choice", 0}, {"confidence", 0}}),
             "out_of_range"},
            {"matrix: a cell short", matrix_question, sent({{"cells", {0, 1, 1, 0, 2}}}),
             "out_of_range"},
            {"matrix: a cell over", matrix_question, sent({{"cells", {0, 1, 1, 0, 2, 2, 2}}}),
             "out_of_range"},
            {"matrix: mark 3", matrix_question, sent({{"cells", {0, 1, 1, 0, 2, 3}}}),
             "out_of_range"},
            {"matrix: mark -1", matrix_question, sent({{"cells", {0, 1, 1, 0, 2, -1}}}),
             "out_of_range"},
            {"matrix: letters", matrix_question, sent({{"cells", {"C", "I"}}}), "bad_field"},
            {"matrix: a number", matrix_question, sent({{"cells", 0}}), "bad_field"},
            {"matrix: a choice", matrix_question, sent({{"choice", 0}}), "bad_field"},
        };
        for (const Refusal& r : refusals) {
            INFO(r.what, ": ", r.message);
            LiveTable t = started_with(r.question(), {"Ana"});
            CHECK(t.send(1, r.message)["code"] == r.code);
            CHECK(t.game.answered_count() == 0);
            CHECK(t.game.phase() == LivePhase::question);  // the game goes on
        }
    }

    TEST_CASE("live types: the estimate histogram ignores far tails and shows the key's band") {
        std::vector<double> values;
        for (int i = 0; i < 19; ++i) values.push_back(100 + i);
        values.push_back(1e9);  // one wild guess
        const LiveEstimateSpread before = estimate_spread(values, 10);
        CHECK(before.count == 20);
        CHECK(before.high < 200);  // the wild guess does not set the range
        CHECK(before.above == 1);
        int in_bins = 0;
        for (int b : before.bins) in_bins += b;
        CHECK(in_bins + before.below + before.above == 20);
        const LiveEstimateSpread after = estimate_spread(values, 10, 300.0, 20.0);
        CHECK(after.high >= 320);
        CHECK(estimate_spread({}, 10).bins.empty());
        const LiveEstimateSpread same = estimate_spread({5, 5, 5}, 10);
        CHECK(same.high > same.low);
    }

    TEST_CASE("live types: polls are planned unless left out") {
        Bank bank = classroom_bank();
        bank.questions.push_back(poll_question());
        ClassroomSetup setup;
        setup.teams = {"A", "B"};
        setup.include_teacher_marked = true;
        setup.question_count = 0;
        auto has_poll = [](const ClassroomPlan& plan) {
            for (const ClassroomRound& r : plan.rounds)
                if (r.question.type == QuestionType::poll) return true;
            return false;
        };
        CHECK(has_poll(plan_classroom_game(bank, setup)));  // on by default (classroom_setup.h)
        setup.include_polls = false;
        CHECK_FALSE(has_poll(plan_classroom_game(bank, setup)));
    }
}
