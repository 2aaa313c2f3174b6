// Checking a classroom set-up and the seeded choice of questions.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/classroom/classroom_game.h"
#include "support/bank_parts.h"
#include "support/classroom_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

ClassroomSetup three_teams() {
    ClassroomSetup setup;
    setup.teams = {"Red", "Green", "Blue"};
    setup.question_count = 0;
    return setup;
}

bool mentions(const std::vector<std::string>& messages, const std::string& text) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(text) != std::string::npos; });
}

std::vector<std::string> round_ids(const ClassroomGame& game) {
    std::vector<std::string> ids;
    for (int i = 0; i < game.round_count(); ++i) ids.push_back(game.round(i).question.id);
    return ids;
}

}  // namespace

TEST_CASE("classroom setup: team count must be 2 to 30") {
    ClassroomSetup setup = three_teams();
    setup.teams = {"Solo"};
    ClassroomStart one = ClassroomGame::create(classroom_bank(), setup);
    CHECK_FALSE(one.ok());
    CHECK(mentions(one.errors, "2 to 30 teams; 1 was given"));

    setup.teams.clear();
    for (int i = 1; i <= 31; ++i) setup.teams.push_back("Team " + std::to_string(i));
    ClassroomStart many = ClassroomGame::create(classroom_bank(), setup);
    CHECK_FALSE(many.ok());
    CHECK(mentions(many.errors, "31 were given"));

    setup.teams.pop_back();
    CHECK(ClassroomGame::create(classroom_bank(), setup).ok());
    setup.teams = {"A", "B"};
    CHECK(ClassroomGame::create(classroom_bank(), setup).ok());
}

TEST_CASE("classroom setup: names are trimmed, non-blank and unique in any case") {
    ClassroomSetup setup = three_teams();
    setup.teams = {"  Red ", "Green", "\tBlue"};
    ClassroomStart start = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(start.ok());
    CHECK(start.game->teams() == std::vector<std::string>{"Red", "Green", "Blue"});

    setup.teams = {"Red", "Green", " red"};
    ClassroomStart duplicate = ClassroomGame::create(classroom_bank(), setup);
    CHECK_FALSE(duplicate.ok());
    CHECK(mentions(duplicate.errors, "team 3 repeats the name \"red\""));

    setup.teams = {"Red", "   ", "Blue"};
    ClassroomStart blank = ClassroomGame::create(classroom_bank(), setup);
    CHECK_FALSE(blank.ok());
    CHECK(mentions(blank.errors, "team 2 has no name"));

    setup.teams = {"Red", std::string(41, 'x')};
    CHECK(mentions(ClassroomGame::create(classroom_bank(), setup).errors, "longer than 40"));
    setup.teams = {"Red", "Gr\neen"};
    CHECK(mentions(ClassroomGame::create(classroom_bank(), setup).errors, "control character"));
    setup.teams = {"Red", "Ünïcödé ëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë"};  // 40 characters, more bytes
    CHECK(ClassroomGame::create(classroom_bank(), setup).ok());
}

TEST_CASE("classroom setup: teacher-marked types are left out unless the teacher opts in") {
    ClassroomSetup setup = three_teams();
    ClassroomStart start = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(start.ok());
    CHECK(start.game->round_count() == 5);
    for (int i = 0; i < 5; ++i) CHECK_FALSE(start.game->round(i).teacher_marked);

    Bank marked_only = classroom_bank_with({"q-order", "q-short", "q-match"});
    ClassroomStart refused = ClassroomGame::create(marked_only, setup);
    CHECK_FALSE(refused.ok());
    CHECK(mentions(refused.errors, "no single, multiple or true_false questions"));
    CHECK(mentions(refused.errors, "teacher-marked"));

    setup.include_teacher_marked = true;
    ClassroomStart opted = ClassroomGame::create(marked_only, setup);
    REQUIRE(opted.ok());
    CHECK(opted.game->round_count() == 3);
    const ClassroomRound& round = opted.game->round(0);
    CHECK(round.teacher_marked);
    REQUIRE(round.options.size() == 2);
    CHECK(round.options[0].id == "right");
    CHECK(round.options[0].correct);
    CHECK(round.options[1].id == "wrong");
}

TEST_CASE("classroom setup: categories, counts, times and double points are checked") {
    ClassroomSetup setup = three_teams();
    setup.categories = {"history"};
    setup.shuffle_questions = false;
    ClassroomStart history = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(history.ok());
    CHECK(round_ids(*history.game) == std::vector<std::string>{"q-year", "q-leader"});
    CHECK(history.game->round(0).limit_ms == 30000);  // the question's own time_limit_s
    CHECK(history.game->round(1).limit_ms == 20000);  // the default

    setup.categories = {"history", "nope"};
    CHECK(mentions(ClassroomGame::create(classroom_bank(), setup).errors, "no category \"nope\""));

    setup = three_teams();
    setup.default_time_s = 4;
    CHECK(mentions(ClassroomGame::create(classroom_bank(), setup).errors, "5 to 600 seconds; 4"));
    setup.default_time_s = 601;
    CHECK_FALSE(ClassroomGame::create(classroom_bank(), setup).ok());
    setup.default_time_s = 600;
    CHECK(ClassroomGame::create(classroom_bank(), setup).ok());

    setup.question_count = -1;
    CHECK(mentions(ClassroomGame::create(classroom_bank(), setup).errors, "cannot be negative"));
    setup.question_count = 12;
    ClassroomStart capped = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(capped.ok());
    CHECK(capped.game->round_count() == 5);
    CHECK(mentions(capped.warnings, "12 questions asked for, but only 5"));

    setup.question_count = 3;
    setup.double_points_rounds = {3};
    ClassroomStart doubled = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(doubled.ok());
    CHECK_FALSE(doubled.game->round(1).double_points);
    CHECK(doubled.game->round(2).double_points);
    setup.double_points_rounds = {4};
    CHECK(mentions(ClassroomGame::create(classroom_bank(), setup).errors,
                   "double points on question 4, but the game has questions 1 to 3"));
}

TEST_CASE("classroom setup: questions that keys cannot answer are left out with a warning") {
    Bank bank = classroom_bank_with({"q-capital", "q-year"});
    Question& capital = bank.questions[0];
    for (char id = 'e'; id <= 'i'; ++id)
        capital.choices.push_back(testing::choice(std::string(1, id), "more"));
    bank.questions[1].choices[0].correct = true;  // q-year: two right choices on a single question
    ClassroomSetup setup = three_teams();
    ClassroomStart start = ClassroomGame::create(bank, setup);
    CHECK_FALSE(start.ok());
    CHECK(mentions(start.warnings, "\"q-capital\" is left out: it has more than 8 choices"));
    CHECK(mentions(start.warnings,
                   "\"q-year\" is left out: it does not have exactly one right choice"));
}

TEST_CASE("classroom setup: the seed decides the questions and their order") {
    ClassroomSetup setup = three_teams();
    setup.question_count = 5;
    setup.seed = 42;
    ClassroomStart a = ClassroomGame::create(classroom_bank(), setup);
    ClassroomStart b = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    // Our own Fisher-Yates over mt19937_64: the same order on every compiler and library.
    CHECK(round_ids(*a.game) ==
          std::vector<std::string>{"q-treaty", "q-year", "q-leader", "q-capital", "q-members"});
    CHECK(round_ids(*a.game) == round_ids(*b.game));
    setup.seed = 1;
    CHECK(round_ids(*ClassroomGame::create(classroom_bank(), setup).game) ==
          std::vector<std::string>{"q-members", "q-leader", "q-capital", "q-treaty", "q-year"});
    setup.shuffle_questions = false;
    CHECK(round_ids(*ClassroomGame::create(classroom_bank(), setup).game) ==
          std::vector<std::string>{"q-capital", "q-members", "q-treaty", "q-year", "q-leader"});

    CHECK(ClassroomSetup{}.shuffle_choices);  // on by default (issue 13: no position cue)
    setup.seed = 42;
    ClassroomStart shuffled = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(shuffled.ok());
    const ClassroomRound& capital = shuffled.game->round(0);
    std::string order;
    for (const ClassroomOption& option : capital.options) {
        order += option.id;
        CHECK(option.correct == (option.id == "a"));
    }
    CHECK(order.size() == 4);
    CHECK(std::is_permutation(order.begin(), order.end(), std::string("abcd").begin()));
    CHECK(order != "abcd");
    // true/false keeps True on key 1 and False on key 2.
    CHECK(shuffled.game->round(2).options[0].id == "true");
}

TEST_CASE("classroom setup: hot-seat warns when turns do not share evenly") {
    ClassroomSetup setup = three_teams();
    setup.mode = ClassroomMode::hot_seat;
    setup.question_count = 5;
    ClassroomStart start = ClassroomGame::create(classroom_bank(), setup);
    REQUIRE(start.ok());
    CHECK(mentions(start.warnings, "some teams get one turn more"));
    setup.question_count = 3;
    CHECK(ClassroomGame::create(classroom_bank(), setup).warnings.empty());
}
