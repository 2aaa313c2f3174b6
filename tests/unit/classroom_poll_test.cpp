// Polls in the one-screen classroom: played by default, voted on with the keys like a single
// choice, their spread counted per option, never scored, and a streak neither kept nor broken.
#include <doctest/doctest.h>

#include <string>

#include "core/classroom/classroom_game.h"
#include "core/classroom/classroom_results.h"
#include "support/bank_parts.h"
#include "support/classroom_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

Question poll(const std::string& id, int options) {
    Question q;
    q.id = id;
    q.category = "actors";
    q.type = QuestionType::poll;
    q.prompt = "Which reading of the deal do you find most convincing?";
    q.explanation = "Each reading rests on a different view of what Moscow wants.";
    for (int k = 0; k < options; ++k)
        q.choices.push_back(testing::choice(std::string(1, static_cast<char>('a' + k)),
                                            "Reading " + std::to_string(k + 1)));
    return q;
}

// q-capital (single, "a" right), then the poll, then q-leader (single, "a" right).
Bank bank_with_poll() {
    Bank bank = classroom_bank_with({"q-capital", "q-leader"});
    bank.questions.insert(bank.questions.begin() + 1, poll("q-poll", 3));
    return bank;
}

ClassroomSetup setup_for(int teams) {
    ClassroomSetup setup;
    for (int t = 0; t < teams; ++t) setup.teams.push_back("Team " + std::to_string(t + 1));
    setup.question_count = 0;
    setup.shuffle_questions = false;
    setup.shuffle_choices = false;
    return setup;
}

ClassroomGame start(const Bank& bank, const ClassroomSetup& setup) {
    ClassroomStart started = ClassroomGame::create(bank, setup);
    INFO((started.errors.empty() ? std::string() : started.errors.front()));
    REQUIRE(started.ok());
    REQUIRE(started.game->start(0).ok);
    return std::move(*started.game);
}

void to_next_question(ClassroomGame& game, std::int64_t now_ms) {
    while (game.phase() != ClassroomPhase::answering && game.phase() != ClassroomPhase::podium)
        REQUIRE(game.advance(now_ms).ok);
}

}  // namespace

TEST_CASE("classroom poll: played by default, in the authored order, no option right") {
    const Bank bank = bank_with_poll();
    ClassroomSetup setup = setup_for(2);
    setup.shuffle_choices = true;  // a poll keeps its order all the same: no key to hide
    ClassroomStart started = ClassroomGame::create(bank, setup);
    REQUIRE(started.ok());
    CHECK(started.warnings.empty());
    REQUIRE(started.game->round_count() == 3);
    const ClassroomRound& round = started.game->round(1);
    CHECK(round.question.id == "q-poll");
    CHECK_FALSE(round.graded());
    CHECK_FALSE(round.teacher_marked);
    REQUIRE(round.options.size() == 3);
    for (int k = 0; k < 3; ++k) {
        CHECK(round.options[k].id == std::string(1, static_cast<char>('a' + k)));
        CHECK_FALSE(round.options[k].correct);
    }
    CHECK(started.game->round(0).graded());
}

TEST_CASE("classroom poll: left out when the teacher turns polls off") {
    ClassroomSetup setup = setup_for(2);
    setup.include_polls = false;
    ClassroomStart started = ClassroomGame::create(bank_with_poll(), setup);
    REQUIRE(started.ok());
    REQUIRE(started.game->round_count() == 2);
    CHECK(started.game->round(0).question.id == "q-capital");
    CHECK(started.game->round(1).question.id == "q-leader");

    // A bank of polls alone, polls off: nothing to play, and the message says what is missing.
    Bank only_polls = classroom_bank_with({});
    only_polls.questions.push_back(poll("p1", 2));
    ClassroomStart none = ClassroomGame::create(only_polls, setup);
    CHECK_FALSE(none.ok());
    setup.include_polls = true;
    CHECK(ClassroomGame::create(only_polls, setup).ok());
}

TEST_CASE("classroom poll: a poll with too many options for the keys is left out, said why") {
    Bank bank = classroom_bank_with({"q-capital"});
    bank.questions.push_back(poll("wide", kClassroomMaxOptions + 1));
    ClassroomStart started = ClassroomGame::create(bank, setup_for(2));
    REQUIRE(started.ok());
    CHECK(started.game->round_count() == 1);
    REQUIRE(started.warnings.size() == 1);
    CHECK(started.warnings[0].find("\"wide\"") != std::string::npos);
    CHECK(started.warnings[0].find("more than 8 choices") != std::string::npos);
}

TEST_CASE("classroom poll: teams vote, the spread counts them, nobody scores, streaks kept") {
    ClassroomGame game = start(bank_with_poll(), setup_for(4));
    std::int64_t now = 1000;
    // Question 1 (single, "a" right): teams 1 and 2 right, a streak of one each.
    REQUIRE(game.press_option(0, 0, now).ok);
    REQUIRE(game.press_option(1, 0, now).ok);
    REQUIRE(game.press_option(2, 1, now).ok);
    REQUIRE(game.press_option(3, 2, now).ok);
    REQUIRE(game.phase() == ClassroomPhase::locked);  // all answered
    const std::vector<int> after_one = game.totals();
    CHECK(game.streaks() == std::vector<int>{1, 1, 0, 0});
    to_next_question(game, now += 1000);

    // The poll: one key each, a second key changes the vote; team 4 does not vote.
    REQUIRE(game.current_round()->question.id == "q-poll");
    REQUIRE(game.press_option(0, 2, now += 100).ok);
    REQUIRE(game.press_option(0, 1, now += 100).ok);  // changed its mind
    REQUIRE(game.press_option(1, 1, now += 100).ok);
    REQUIRE(game.record_answer(2, {"c"}, now += 100).ok);
    CHECK_FALSE(game.record_answer(2, {"a", "b"}, now).ok);  // one view per team
    CHECK_FALSE(game.press_option(3, 3, now).ok);            // options 1 to 3
    REQUIRE(game.lock().ok);
    CHECK(game.votes(1) == std::vector<int>{0, 2, 1});
    for (const ClassroomTeamResult& r : game.results(1)) {
        CHECK(r.score.points == 0);
        CHECK(r.score.streak_bonus == 0);
        CHECK_FALSE(r.credit.full());
    }
    CHECK(game.totals() == after_one);                      // nobody scored
    CHECK(game.streaks() == std::vector<int>{1, 1, 0, 0});  // nobody's streak broken
    REQUIRE(game.reveal().ok);
    REQUIRE(game.advance(now).ok);  // the explanation lays out the arguments
    CHECK(game.phase() == ClassroomPhase::explanation);
    to_next_question(game, now += 1000);

    // Question 3: team 1 right again continues its streak through the poll.
    REQUIRE(game.press_option(0, 0, now += 100).ok);
    REQUIRE(game.lock().ok);
    CHECK(game.streaks()[0] == 2);
    CHECK(game.results(2)[0].score.streak_bonus > 0);

    // The saved rows: the poll's votes kept as views, no points and never "correct".
    const std::vector<ClassroomResultRow> rows = classroom_result_rows(game);
    int poll_rows = 0;
    for (const ClassroomResultRow& row : rows) {
        if (row.question_type != "poll") continue;
        ++poll_rows;
        CHECK(row.points == 0);
        CHECK_FALSE(row.correct);
        CHECK(row.fraction == 0.0);
        if (row.team == "Team 1") {
            CHECK(row.answer_ids == "b");
            CHECK(row.answer_text == "Reading 2");
        }
        if (row.team == "Team 4") CHECK_FALSE(row.answered);
    }
    CHECK(poll_rows == 4);
}
