// The classroom keyboard map, and games run by keys alone.
#include <doctest/doctest.h>

#include <string>

#include "core/classroom/classroom_keys.h"
#include "core/classroom/classroom_results.h"
#include "support/classroom_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

ClassroomIntent intent(ClassroomAction action, int team = -1, int option = -1) {
    return {action, team, option};
}

ClassroomOutcome press(ClassroomGame& game, const std::string& key, std::int64_t now_ms,
                       bool shift = false) {
    return apply_classroom_intent(game, classroom_key_intent(key, shift), now_ms);
}

ClassroomGame game_with_teams(int count, int questions) {
    ClassroomSetup setup;
    for (int i = 1; i <= count; ++i) setup.teams.push_back("Team " + std::to_string(i));
    setup.question_count = questions;
    setup.shuffle_questions = false;  // q-capital (right: key 1), q-members, q-treaty, ...
    setup.shuffle_choices = false;    // the authored order, so the tests can name the keys
    ClassroomStart start = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(start.ok());
    return std::move(*start.game);
}

}  // namespace

TEST_CASE("classroom keys: the map from key names to intents") {
    using A = ClassroomAction;
    CHECK(classroom_key_intent("a") == intent(A::select_team, 0));
    CHECK(classroom_key_intent("z") == intent(A::select_team, 25));
    CHECK(classroom_key_intent("a", true) == intent(A::select_team, 26));
    CHECK(classroom_key_intent("D") == intent(A::select_team, 29));
    CHECK(classroom_key_intent("d", true) == intent(A::select_team, 29));
    CHECK(classroom_key_intent("1") == intent(A::press_option, -1, 0));
    CHECK(classroom_key_intent("8") == intent(A::press_option, -1, 7));
    CHECK(classroom_key_intent("3", true) == intent(A::press_option, -1, 2));
    CHECK(classroom_key_intent("Numpad4") == intent(A::press_option, -1, 3));
    CHECK(classroom_key_intent("numpad9") == intent(A::none));
    CHECK(classroom_key_intent("9") == intent(A::none));
    CHECK(classroom_key_intent("0") == intent(A::none));
    for (const char* key :
         {"Space", " ", "Enter", "Return", "PageDown", "pagedown", "Right", "SPACE"}) {
        CAPTURE(std::string(key));
        CHECK(classroom_key_intent(key) == intent(A::advance));
    }
    CHECK(classroom_key_intent("Backspace") == intent(A::clear_answer));
    CHECK(classroom_key_intent("Delete") == intent(A::clear_answer));
    CHECK(classroom_key_intent("Tab") == intent(A::next_team));
    CHECK(classroom_key_intent("Tab", true) == intent(A::previous_team));
    CHECK(classroom_key_intent("Down") == intent(A::next_team));
    CHECK(classroom_key_intent("Up") == intent(A::previous_team));
    CHECK(classroom_key_intent("End", true) == intent(A::finish));
    for (const char* key :
         {"End", "PageUp", "Left", "Escape", "F5", "", "!", "Numpad", "Spacebar"}) {
        CAPTURE(std::string(key));
        CHECK(classroom_key_intent(key) == intent(A::none));
    }
    CHECK(std::string(to_string(A::show_leaderboard)) == "show_leaderboard");
    CHECK(classroom_key_help().size() == 8);
}

TEST_CASE("classroom keys: all 30 teams are reachable by letters and by Tab") {
    ClassroomGame game = game_with_teams(30, 1);
    REQUIRE(press(game, "Space", 0));
    for (int team = 0; team < 30; ++team) {
        const char letter = static_cast<char>('a' + team % 26);
        REQUIRE(press(game, std::string(1, letter), 0, team >= 26));
        CHECK(game.selected_team() == team);
    }
    CHECK(press(game, "e", 0, true).reason == "there is no team 31; teams are 1 to 30");
    REQUIRE(press(game, "a", 0));
    for (int step = 1; step <= 30; ++step) {
        REQUIRE(press(game, "Tab", 0));
        CHECK(game.selected_team() == step % 30);
    }
    REQUIRE(press(game, "Up", 0));
    CHECK(game.selected_team() == 29);
}

TEST_CASE("classroom keys: thirty teams answer by digits alone and the game ends on the podium") {
    ClassroomGame game = game_with_teams(30, 2);
    std::int64_t now = 0;
    REQUIRE(press(game, "PageDown", now));  // q-capital: Tehran is key 1
    // Going round the room: after each answer the next team is selected, so only digits are typed.
    for (int team = 0; team < 30; ++team) {
        CHECK(game.selected_team() == team);
        REQUIRE(press(game, team % 3 == 0 ? "2" : "1", now + 1000 + 100 * team));
    }
    CHECK(game.phase() == ClassroomPhase::locked);  // everyone answered
    for (const char* key : {"PageDown", "PageDown", "PageDown"})
        REQUIRE(press(game, key, now + 5000));
    CHECK(game.phase() == ClassroomPhase::leaderboard);
    std::vector<ClassroomStanding> board = game.leaderboard();
    CHECK(board.front().team == 1);  // the fastest right answer, at 1.1 s: 972.5 -> 973
    CHECK(board.front().total == 973);
    CHECK(board.back().total == 0);
    CHECK(board.back().rank == 21);  // ten teams tied at 0

    now = 60'000;
    REQUIRE(press(game, "PageDown", now));  // q-members: a and c (keys 1 and 3)
    REQUIRE(press(game, "1", now + 500));
    REQUIRE(press(game, "3", now + 500));  // team 1 fully right
    REQUIRE(press(game, "Tab", now + 600));
    REQUIRE(press(game, "1", now + 600));  // team 2: half
    REQUIRE(press(game, "Backspace", now + 700));
    CHECK_FALSE(game.answer(1).given());
    REQUIRE(press(game, "4", now + 800));  // team 2: wrong
    for (const char* key : {"PageDown", "PageDown", "PageDown", "PageDown"})
        REQUIRE(press(game, key, now + 2000));
    CHECK(game.phase() == ClassroomPhase::leaderboard);
    CHECK(game.results(1)[0].score.points == 988);  // 987.5 (0.5 s of 20 s)
    CHECK(game.results(1)[1].score.points == 0);
    CHECK(game.results(1)[1].score.streak == 0);
    REQUIRE(press(game, "Enter", now + 3000));
    CHECK(game.phase() == ClassroomPhase::podium);
    CHECK(classroom_result_rows(game).size() == 60);
    CHECK(press(game, "Enter", now + 4000).reason == "the game is over");
}

TEST_CASE("classroom keys: Shift+End ends the game early once answers are locked") {
    ClassroomGame game = game_with_teams(2, 3);
    REQUIRE(press(game, "Space", 0));
    CHECK(press(game, "End", 10, true).reason == "lock the answers before finishing");
    REQUIRE(press(game, "Space", 20));  // lock
    REQUIRE(press(game, "End", 30, true));
    CHECK(game.phase() == ClassroomPhase::podium);
    CHECK(game.finished_early());
    CHECK(game.podium().size() == 1);  // both at 0: a shared first place
    CHECK(game.podium()[0].teams == std::vector<int>{0, 1});
}
