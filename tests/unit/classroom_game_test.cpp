// Whole classroom games played through the core, with a fixed seed and an injected clock.
#include <doctest/doctest.h>

#include <string>

#include "core/classroom/classroom_game.h"
#include "core/classroom/classroom_keys.h"
#include "core/classroom/classroom_results.h"
#include "support/classroom_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

constexpr int kRed = 0, kGreen = 1, kBlue = 2;

ClassroomGame make_game(ClassroomSetup setup, const Bank& bank = classroom_bank()) {
    ClassroomStart start = ClassroomGame::create(bank, setup);
    INFO((start.errors.empty() ? std::string() : start.errors.front()));
    REQUIRE(start.ok());
    return std::move(*start.game);
}

ClassroomSetup three_teams(std::uint64_t seed = 42) {
    ClassroomSetup setup;
    setup.teams = {"Red", "Green", "Blue"};
    setup.question_count = 5;
    setup.seed = seed;
    setup.shuffle_choices = false;  // the authored order, so the tests can name the keys
    return setup;
}

// Presses keys as the teacher would; every press must be accepted.
void keys(ClassroomGame& game, std::initializer_list<const char*> names, std::int64_t now_ms) {
    for (const char* name : names) {
        ClassroomOutcome outcome = apply_classroom_intent(game, classroom_key_intent(name), now_ms);
        INFO("key " << std::string(name) << ": " << outcome.reason);
        REQUIRE(outcome.ok);
    }
}

std::vector<int> points_of(const ClassroomGame& game, int round) {
    std::vector<int> points;
    for (const ClassroomTeamResult& r : game.results(round)) points.push_back(r.score.points);
    return points;
}

std::vector<int> order_of(const std::vector<ClassroomStanding>& board) {
    std::vector<int> order;
    for (const ClassroomStanding& s : board) order.push_back(s.team);
    return order;
}

}  // namespace

TEST_CASE("classroom game: three teams play five questions from lobby to podium") {
    ClassroomSetup setup = three_teams();
    setup.double_points_rounds = {4};
    ClassroomGame game = make_game(setup);
    CHECK(game.phase() == ClassroomPhase::lobby);
    CHECK(game.round_index() == -1);
    CHECK(game.current_round() == nullptr);

    // Round 1: q-treaty, true/false, 10 s, answer True (key 1), no explanation.
    const std::int64_t t1 = 1'000'000;
    REQUIRE(game.advance(t1));
    REQUIRE(game.phase() == ClassroomPhase::answering);
    REQUIRE(game.current_round()->question.id == "q-treaty");
    CHECK(game.remaining_ms(t1 + 2500) == 7500);
    CHECK(game.selected_team() == kRed);
    keys(game, {"1"}, t1 + 300);            // Red: True under 0.5 s -> 1000
    CHECK(game.selected_team() == kGreen);  // moved on to the next team
    keys(game, {"2"}, t1 + 2000);           // Green: False -> 0
    CHECK(game.phase() == ClassroomPhase::answering);
    CHECK(game.answered_count() == 2);
    keys(game, {"1"}, t1 + 5000);  // Blue: True at 5 s -> 750; everyone has answered: locked
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK(game.remaining_ms(t1 + 5000) == 0);
    CHECK(points_of(game, 0) == std::vector<int>{1000, 0, 750});
    keys(game, {"Space"}, t1 + 8000);
    CHECK(game.phase() == ClassroomPhase::revealed);
    keys(game, {"PageDown"}, t1 + 9000);  // no explanation: straight to the leaderboard
    CHECK(game.phase() == ClassroomPhase::leaderboard);
    CHECK(order_of(game.leaderboard()) == std::vector<int>{kRed, kBlue, kGreen});

    // Round 2: q-year, single, 30 s, right answer 2015 (key 2). Blue never answers.
    const std::int64_t t2 = t1 + 60'000;
    keys(game, {"Enter"}, t2);
    REQUIRE(game.current_round()->question.id == "q-year");
    CHECK(game.round_index() == 1);
    CHECK(game.selected_team() == kRed);
    keys(game, {"2"}, t2 + 3000);  // Red: 950 + streak 2 bonus 100
    keys(game, {"1"}, t2 + 6000);  // Green: wrong
    CHECK_FALSE(game.tick(t2 + 29'999));
    ClassroomOutcome late = game.press_option(kBlue, 1, t2 + 30'000);
    CHECK_FALSE(late.ok);
    CHECK(late.reason == "time is up: answers are locked");
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK_FALSE(game.results(1)[kBlue].answer.given());
    CHECK(points_of(game, 1) == std::vector<int>{1050, 0, 0});
    CHECK(game.results(1)[kRed].score.streak_bonus == 100);
    keys(game, {"Right"}, t2 + 31'000);
    keys(game, {"Right"}, t2 + 32'000);
    CHECK(game.phase() == ClassroomPhase::explanation);
    keys(game, {"Right"}, t2 + 33'000);
    CHECK(game.phase() == ClassroomPhase::leaderboard);

    // Round 3: q-leader, single, 20 s default, right answer key 1. Teams chosen by letter.
    const std::int64_t t3 = t2 + 60'000;
    keys(game, {"Space"}, t3);
    REQUIRE(game.current_round()->question.id == "q-leader");
    keys(game, {"b", "1"}, t3 + 499);     // Green: under 0.5 s -> 1000
    keys(game, {"c", "2"}, t3 + 1000);    // Blue: wrong
    keys(game, {"a", "1"}, t3 + 10'000);  // Red: 750 + streak 3 bonus 200
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK(points_of(game, 2) == std::vector<int>{950, 1000, 0});
    keys(game, {"Space", "Space", "Space"}, t3 + 20'000);
    std::vector<ClassroomStanding> board = game.leaderboard();
    CHECK(order_of(board) == std::vector<int>{kRed, kGreen, kBlue});
    CHECK(board[1].previous_rank == 3);
    CHECK(board[1].rank == 2);
    CHECK(board[2].previous_rank == 2);
    CHECK(board[2].last_points == 0);

    // Round 4: q-capital for double points, 20 s, right answer Tehran (key 1).
    const std::int64_t t4 = t3 + 60'000;
    keys(game, {"Space"}, t4);
    REQUIRE(game.current_round()->question.id == "q-capital");
    CHECK(game.current_round()->double_points);
    REQUIRE(game.press_option(kRed, 1, t4 + 1000));          // wrong: streak of 3 ends
    REQUIRE(game.press_option(kGreen, 0, t4 + 4000));        // 1800 + streak 2 bonus 100
    REQUIRE(game.record_answer(kBlue, {"a"}, t4 + 19'999));  // 1000.05 -> 1000
    CHECK(points_of(game, 3) == std::vector<int>{0, 1900, 1000});
    CHECK(game.streaks() == std::vector<int>{0, 2, 1});
    keys(game, {"Space", "Space", "Space"}, t4 + 25'000);

    // Round 5: q-members, multiple, right a and c (keys 1 and 3): keys toggle, the teacher locks.
    const std::int64_t t5 = t4 + 60'000;
    keys(game, {"Space"}, t5);
    REQUIRE(game.current_round()->question.id == "q-members");
    keys(game, {"a", "1"}, t5 + 1500);
    keys(game, {"3"}, t5 + 2000);         // Red: a+c at 2 s -> 950
    CHECK(game.selected_team() == kRed);  // stays: a team may add choices
    keys(game, {"Tab", "1"}, t5 + 1000);  // Green: a only -> half of 975 = 487.5 -> 488
    keys(game, {"Down", "4", "Backspace"}, t5 + 2500);
    CHECK_FALSE(game.answer(kBlue).given());
    keys(game, {"1", "2", "3"}, t5 + 3000);  // Blue: a+b+c -> (2-1)/2 of 925 = 462.5 -> 463
    CHECK(game.answer(kBlue).picked == std::vector<int>{0, 1, 2});
    CHECK(game.answered_count() == 3);
    CHECK(game.phase() == ClassroomPhase::answering);  // no automatic lock on "multiple"
    keys(game, {"Space"}, t5 + 4000);
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK(points_of(game, 4) == std::vector<int>{950, 488, 463});
    CHECK(game.results(4)[kGreen].credit.fraction() == doctest::Approx(0.5));
    CHECK(game.results(4)[kGreen].score.streak == 0);  // partial breaks the streak
    keys(game, {"Space", "Space", "Space"}, t5 + 10'000);
    CHECK(game.phase() == ClassroomPhase::leaderboard);
    CHECK(game.totals() == std::vector<int>{3950, 3388, 2213});

    keys(game, {"Space"}, t5 + 20'000);
    CHECK(game.phase() == ClassroomPhase::podium);
    CHECK_FALSE(game.finished_early());
    std::vector<ClassroomPlace> podium = game.podium();
    REQUIRE(podium.size() == 3);
    CHECK(podium[0].teams == std::vector<int>{kRed});
    CHECK(podium[0].total == 3950);
    CHECK(podium[1].teams == std::vector<int>{kGreen});
    CHECK(podium[2].teams == std::vector<int>{kBlue});
    CHECK(podium[2].rank == 3);
    CHECK_FALSE(game.advance(t5 + 21'000));

    ClassroomRecord record = classroom_record(game);
    CHECK(record.bank_id == "classroom-test");
    CHECK(record.mode == "all_teams");
    CHECK(record.seed == 42);
    CHECK(record.ranks == std::vector<int>{1, 2, 3});
    CHECK(record.question_ids.size() == 5);
    REQUIRE(record.rows.size() == 15);
    const ClassroomResultRow& blue_missed = record.rows[5];
    CHECK(blue_missed.round == 2);
    CHECK(blue_missed.team == "Blue");
    CHECK_FALSE(blue_missed.answered);
    CHECK(blue_missed.answer_ids.empty());
    CHECK(blue_missed.time_ms == 0);
    const ClassroomResultRow& red_streak = record.rows[3];
    CHECK(red_streak.question_id == "q-year");
    CHECK(red_streak.answer_ids == "b");
    CHECK(red_streak.answer_text == "2015");
    CHECK(red_streak.points == 1050);
    CHECK(red_streak.streak_bonus == 100);
    CHECK(red_streak.time_ms == 3000);
    const ClassroomResultRow& blue_partial = record.rows[14];
    CHECK(blue_partial.question_type == "multiple");
    CHECK(blue_partial.answer_ids == "a,b,c");
    CHECK(blue_partial.answer_text == "Iran; Brazil; Russia");
    CHECK_FALSE(blue_partial.correct);
    CHECK(blue_partial.fraction == doctest::Approx(0.5));
    CHECK(blue_partial.points == 463);
    CHECK(record.rows[0].answer_text == "True");
    CHECK(record.rows[0].correct);
}

TEST_CASE("classroom game: hot-seat teams take turns and keep their own streaks") {
    ClassroomSetup setup = three_teams();
    setup.mode = ClassroomMode::hot_seat;
    setup.shuffle_questions = false;  // q-capital, q-members, q-treaty, q-year, q-leader
    ClassroomGame game = make_game(setup);
    const int turns[] = {kRed, kGreen, kBlue, kRed, kGreen};
    for (int r = 0; r < 5; ++r) CHECK(game.round(r).answering_team == turns[r]);

    std::int64_t now = 0;
    REQUIRE(game.start(now));
    CHECK(game.selected_team() == kRed);
    CHECK(game.expected_count() == 1);
    CHECK_FALSE(game.answers_now(kGreen));
    ClassroomOutcome not_yours = game.press_option(kGreen, 0, now + 100);
    CHECK_FALSE(not_yours.ok);
    CHECK(not_yours.reason == "hot-seat: it is Red's turn, not Green's");
    CHECK_FALSE(game.select_team(kBlue));
    CHECK_FALSE(apply_classroom_intent(game, classroom_key_intent("Tab"), now));
    keys(game, {"1"}, now + 100);  // Red: Tehran -> 1000; the only answer locks the question
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK(game.results(0)[kGreen].expected == false);
    keys(game, {"Space", "Space", "Space"}, now + 1000);  // reveal, explanation, leaderboard

    now = 100'000;  // Green: q-members, a and c at 10 s -> 750
    keys(game, {"Space"}, now);
    CHECK(game.selected_team() == kGreen);
    keys(game, {"1", "3", "Space"}, now + 10'000);
    keys(game, {"Space", "Space", "Space"}, now + 11'000);
    now = 200'000;  // Blue: q-treaty, wrong
    keys(game, {"Space"}, now);
    keys(game, {"2"}, now + 1000);
    keys(game, {"Space", "Space"}, now + 2000);  // reveal, leaderboard (no explanation)
    now = 300'000;  // Red again: q-year right at 15 of 30 s; the streak from round 1 goes on: +100
    keys(game, {"Space"}, now);
    keys(game, {"2"}, now + 15'000);
    CHECK(game.results(3)[kRed].score.points == 750 + 100);
    keys(game, {"Space", "Space", "Space"}, now + 16'000);
    now = 400'000;  // Green: q-leader, right at 0.2 s: 1000 + 100
    keys(game, {"Space"}, now);
    keys(game, {"1"}, now + 200);
    keys(game, {"Space", "Space", "Space", "Space"}, now + 1000);
    CHECK(game.phase() == ClassroomPhase::podium);
    CHECK(game.totals() == std::vector<int>{1850, 1850, 0});
    std::vector<ClassroomPlace> podium = game.podium();
    REQUIRE(podium.size() == 2);  // a tie for first, then third
    CHECK(podium[0].rank == 1);
    CHECK(podium[0].teams == std::vector<int>{kRed, kGreen});
    CHECK(podium[1].rank == 3);
    CHECK(podium[1].teams == std::vector<int>{kBlue});

    std::vector<ClassroomResultRow> rows = classroom_result_rows(game);
    REQUIRE(rows.size() == 5);  // one row per question: the team whose turn it was
    for (int r = 0; r < 5; ++r) CHECK(rows[r].team == game.teams()[turns[r]]);
}

TEST_CASE("classroom game: intents in the wrong phase are refused and change nothing") {
    ClassroomSetup setup = three_teams();
    setup.shuffle_questions = false;  // q-capital first
    ClassroomGame game = make_game(setup);
    CHECK(game.press_option(kRed, 0, 0).reason == "the game has not started");
    CHECK_FALSE(game.lock());
    CHECK_FALSE(game.reveal());
    CHECK_FALSE(game.show_explanation());
    CHECK_FALSE(game.show_leaderboard());
    CHECK_FALSE(game.next(0));
    CHECK(game.finish().reason == "no question has been played yet");
    CHECK(game.phase() == ClassroomPhase::lobby);

    REQUIRE(game.start(0));
    CHECK(game.start(0).reason == "the game has already started");
    CHECK(game.reveal().reason == "lock the answers before revealing");
    CHECK_FALSE(game.show_leaderboard());
    CHECK_FALSE(game.next(0));
    CHECK(game.finish().reason == "lock the answers before finishing");
    CHECK(game.press_option(3, 0, 10).reason == "there is no team 4");
    CHECK_FALSE(game.press_option(-1, 0, 10));
    CHECK(game.press_option(kRed, 4, 10).reason == "this question has options 1 to 4");
    CHECK_FALSE(game.press_option(kRed, -1, 10));
    CHECK(game.record_answer(kRed, {"z"}, 10).reason == "this question has no option \"z\"");
    CHECK(game.record_answer(kRed, {"a", "b"}, 10).reason ==
          "this question takes one answer per team");
    CHECK(game.select_team(3).reason == "there is no team 4; teams are 1 to 3");
    CHECK(apply_classroom_intent(game, classroom_key_intent("F1"), 10).reason ==
          "that key does nothing here");
    CHECK(game.answered_count() == 0);
    CHECK(game.phase() == ClassroomPhase::answering);

    REQUIRE(game.press_option(kRed, 1, 500));
    REQUIRE(game.lock());
    CHECK(game.lock().reason == "there are no open answers to lock (locked)");
    CHECK(game.press_option(kGreen, 0, 600).reason == "answers are locked for this question");
    CHECK(game.clear_answer(kRed, 600).reason == "answers are locked for this question");
    CHECK(game.answer(kRed).picked == std::vector<int>{1});
    CHECK_FALSE(game.show_explanation());
    REQUIRE(game.reveal());
    CHECK_FALSE(game.reveal());
    CHECK(game.next(700).reason == "the next question follows the leaderboard");
    REQUIRE(game.show_leaderboard());
    CHECK(game.show_explanation().reason == "the explanation follows the revealed answer");

    REQUIRE(game.finish());  // ends early after one question
    CHECK(game.phase() == ClassroomPhase::podium);
    CHECK(game.finished_early());
    CHECK(game.rounds_played() == 1);
    CHECK(classroom_record(game).finished_early);
    CHECK(game.press_option(kRed, 0, 800).reason == "the game is over");
    CHECK(game.select_team(kRed).reason == "the game is over");
    CHECK_FALSE(game.finish());
    CHECK_FALSE(game.next(800));
    CHECK_FALSE(game.tick(1'000'000));
}

TEST_CASE("classroom game: time up locks the answers; later answers are refused") {
    ClassroomSetup setup = three_teams();
    setup.shuffle_questions = false;
    ClassroomGame game = make_game(setup);  // q-capital, 20 s
    REQUIRE(game.start(5000));
    CHECK(game.remaining_ms(5000) == 20'000);
    CHECK(game.remaining_ms(24'999) == 1);
    REQUIRE(game.press_option(kRed, 0, 24'999));  // the last millisecond: 500 points
    CHECK_FALSE(game.tick(24'999));
    CHECK(game.tick(25'000));
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK_FALSE(game.tick(25'001));
    CHECK(game.results(0)[kRed].score.points == 500);
    CHECK(game.results(0)[kGreen].score.points == 0);

    // Without a tick, an answer after the deadline locks the question and is refused.
    keys(game, {"Space", "Space", "Space", "Space"}, 30'000);  // ... next question opens at 30 s
    REQUIRE(game.round_index() == 1);
    REQUIRE(game.press_option(kGreen, 0, 41'000));
    ClassroomOutcome late = game.record_answer(kBlue, {"a"}, 60'000);
    CHECK(late.reason == "time is up: answers are locked");
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK(game.results(1)[kGreen].answer.time_ms == 11'000);  // opened at 30 s
    CHECK_FALSE(game.results(1)[kBlue].answer.given());
    // The presenter's button at the deadline locks rather than skipping to the reveal.
    keys(game, {"Space", "Space", "Space", "Space"}, 61'000);
    REQUIRE(game.phase() == ClassroomPhase::answering);
    keys(game, {"Space"}, 61'000 + 10'000 + 5);  // q-treaty has 10 s
    CHECK(game.phase() == ClassroomPhase::locked);
}

TEST_CASE("classroom game: teacher-marked questions are scored by the teacher's mark") {
    ClassroomSetup setup = three_teams();
    setup.include_teacher_marked = true;
    setup.shuffle_questions = false;
    ClassroomGame game = make_game(setup, classroom_bank_with({"q-short", "q-order"}));
    REQUIRE(game.start(0));
    REQUIRE(game.current_round()->question.type == QuestionType::ordering);
    REQUIRE(game.record_answer(kRed, {"right"}, 2000));  // 950
    REQUIRE(game.record_answer(kGreen, {"wrong"}, 3000));
    REQUIRE(game.press_option(kBlue, 0, 4000));  // key 1 = right: 900
    CHECK(game.phase() == ClassroomPhase::locked);
    CHECK(points_of(game, 0) == std::vector<int>{950, 0, 900});
    std::vector<ClassroomResultRow> rows = classroom_result_rows(game);
    CHECK(rows[0].answer_ids == "right");
    CHECK(rows[0].answer_text == "marked right");
    CHECK(rows[1].answer_text == "marked wrong");
    CHECK(rows[0].question_type == "ordering");
}
