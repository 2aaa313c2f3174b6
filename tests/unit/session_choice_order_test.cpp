// Choices shuffled everywhere, except where the bank fixes them (issue 13 item 2).
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <set>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/classroom/classroom_game.h"
#include "core/session/choice_order.h"
#include "core/session/quiz_session.h"
#include "core/session/seeded_random.h"
#include "support/bank_parts.h"
#include "support/classroom_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

Question five_choices() {
    Question q;
    q.id = "q";
    q.category = "actors";
    q.type = QuestionType::single;
    q.prompt = "Which?";
    for (const char* id : {"a", "b", "c", "d", "e"}) q.choices.push_back(testing::choice(id, id));
    q.choices[0].correct = true;
    return q;
}

std::vector<int> order_with(const Question& q, std::uint64_t seed, bool shuffle = true) {
    SeededRandom random(seed);
    return choice_order(q, shuffle, [&](std::vector<int>& v) { random.shuffle(v); });
}

}  // namespace

TEST_CASE("choice order: shuffled by the seed, the same for the same seed") {
    const Question q = five_choices();
    CHECK(order_with(q, 7) == order_with(q, 7));
    std::set<std::vector<int>> seen;
    for (std::uint64_t seed = 0; seed < 20; ++seed) seen.insert(order_with(q, seed));
    CHECK(seen.size() > 10);
    CHECK(order_with(q, 7, false) == std::vector<int>{0, 1, 2, 3, 4});
}

TEST_CASE("choice order: a fixed question keeps the authored order") {
    Question q = five_choices();
    q.fixed_order = true;
    for (std::uint64_t seed = 0; seed < 10; ++seed)
        CHECK(order_with(q, seed) == std::vector<int>{0, 1, 2, 3, 4});
}

TEST_CASE("choice order: a fixed choice stays in its place, the others move around it") {
    Question q = five_choices();
    q.choices[4].fixed = true;  // "All of the above", last
    q.choices[1].fixed = true;
    std::set<int> firsts;
    for (std::uint64_t seed = 0; seed < 30; ++seed) {
        std::vector<int> order = order_with(q, seed);
        CHECK(order[4] == 4);
        CHECK(order[1] == 1);
        CHECK(std::is_permutation(order.begin(), order.end(),
                                  std::vector<int>{0, 1, 2, 3, 4}.begin()));
        firsts.insert(order[0]);
    }
    CHECK(firsts == std::set<int>{0, 2, 3});
}

TEST_CASE("choice order: fixed travels through the bank file") {
    Bank bank;
    bank.id = "b";
    bank.title = "B";
    bank.version_minor = 1;
    bank.version_as_text = true;
    bank.categories.push_back({"actors", "Actors", "", {}});
    Question q = five_choices();
    q.fixed_order = true;
    q.choices[4].fixed = true;
    bank.questions.push_back(q);
    const std::string text = to_json_text(bank);
    CHECK(text.find("\"fixed\": true") != std::string::npos);
    LoadedBank loaded = load_bank_text(text, "b.json");
    REQUIRE_MESSAGE(loaded.ok(), text);
    CHECK(loaded.bank.questions[0].fixed_order);
    CHECK(loaded.bank.questions[0].choices[4].fixed);
    CHECK_FALSE(loaded.bank.questions[0].choices[0].fixed);
    for (const Diagnostic& d : loaded.diagnostics)
        CHECK(d.message.find("fixed") == std::string::npos);
}

TEST_CASE("choice order: practice and exam sessions shuffle choices but keep fixed ones") {
    auto bank = std::make_shared<Bank>();
    bank->id = "b";
    bank->categories.push_back({"actors", "Actors", "", {}});
    Question q = five_choices();
    q.choices[4].fixed = true;
    bank->questions.push_back(q);
    ManualClock clock;
    std::set<int> firsts;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        QuizConfig config;
        config.seed = seed;
        std::string error;
        auto s = QuizSession::start(bank, config, clock, error);
        REQUIRE(s);
        CHECK(s->current().choice_order[4] == 4);
        firsts.insert(s->current().choice_order[0]);
    }
    CHECK(firsts.size() > 2);
}

TEST_CASE("choice order: the classroom shuffles by default and keeps fixed choices") {
    Bank bank = classroom_bank_with({"q-capital", "q-members", "q-treaty"});
    for (Question& q : bank.questions)
        if (q.id == "q-members") q.fixed_order = true;
    ClassroomSetup setup;
    setup.teams = {"Red", "Blue"};
    setup.question_count = 0;
    setup.shuffle_questions = false;
    bool moved = false;
    for (std::uint64_t seed = 1; seed < 6; ++seed) {
        setup.seed = seed;
        ClassroomStart start = ClassroomGame::create(bank, setup);
        REQUIRE(start.ok());
        std::string capital, members;
        for (const ClassroomOption& o : start.game->round(0).options) capital += o.id;
        for (const ClassroomOption& o : start.game->round(1).options) members += o.id;
        moved = moved || capital != "abcd";
        CHECK(members == "abcd");
    }
    CHECK(moved);
}
