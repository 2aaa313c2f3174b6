// Quiz sessions: picking and shuffling by seed, submitting, timing, results, retry.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "core/session/quiz_session.h"
#include "core/session/results_json.h"
#include "core/session/seeded_random.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

std::shared_ptr<const Bank> fixture_bank() {
    LoadedBank loaded = load_json(valid_bank_json());
    REQUIRE(loaded.ok());
    return std::make_shared<const Bank>(loaded.bank);
}

QuizSession start(const QuizConfig& config, const Clock& clock,
                  std::shared_ptr<const Bank> bank = fixture_bank()) {
    std::string error;
    auto s = QuizSession::start(bank, config, clock, error);
    INFO(error);
    REQUIRE(s.has_value());
    return std::move(*s);
}

std::vector<std::string> ids(const QuizSession& s) {
    std::vector<std::string> out;
    for (int i = 0; i < s.size(); ++i) out.push_back(s.item(i).question->id);
    return out;
}

// The right answer to a presented question.
Answer right_answer(const PresentedQuestion& p) {
    const Question& q = *p.question;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple: {
            Answer a = empty_answer(q.type);
            for (const Choice& c : q.choices)
                if (c.correct) a.choices.push_back(c.id);
            return a;
        }
        case QuestionType::true_false:
            return Answer::true_false(q.answer);
        case QuestionType::matching: {
            Answer a = empty_answer(q.type);
            for (const MatchPair& m : q.pairs) a.matches.emplace_back(m.left, m.right);
            return a;
        }
        case QuestionType::ordering:
            return Answer::ordering(q.sequence);
        case QuestionType::short_answer:
            return Answer::short_text(q.accept.front());
        case QuestionType::estimate:
            return Answer::estimate(q.value.value_or(0));
        case QuestionType::poll:
            return Answer::poll(q.choices.front().id);
        case QuestionType::matrix: {
            std::vector<std::vector<std::string>> cells;
            for (const MatrixRow& row : q.rows) cells.push_back(row.cells);
            return Answer::matrix(cells);
        }
    }
    return {};
}

}  // namespace

TEST_CASE("session: unshuffled takes the bank order and the asked count") {
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 3;
    QuizSession s = start(config, clock);
    CHECK(ids(s) == std::vector<std::string>{"q-single", "q-multiple", "q-tf"});
    CHECK(s.item(0).choice_order == std::vector<int>{0, 1});
    config.question_count = 0;
    CHECK(start(config, clock).size() == 6);
    config.question_count = 99;
    CHECK(start(config, clock).size() == 6);
}

TEST_CASE("session: categories filter the questions, unknown ones and empty picks fail") {
    ManualClock clock;
    QuizConfig config;
    config.categories = {"motives"};
    QuizSession s = start(config, clock);
    CHECK(s.size() == 3);
    for (int i = 0; i < s.size(); ++i) CHECK(s.item(i).question->category == "motives");

    std::string error;
    config.categories = {"nope"};
    CHECK_FALSE(QuizSession::start(fixture_bank(), config, clock, error));
    CHECK(error.find("nope") != std::string::npos);

    auto bank = std::make_shared<Bank>(*fixture_bank());
    bank->categories.push_back({"empty", "Empty", "", {}});
    config.categories = {"empty"};
    error.clear();
    CHECK_FALSE(QuizSession::start(bank, config, clock, error));
    CHECK(error.find("no questions") != std::string::npos);
    CHECK_FALSE(QuizSession::start(nullptr, config, clock, error));
}

TEST_CASE("session: the same seed gives the same quiz, another seed another order") {
    ManualClock clock;
    QuizConfig config;
    config.question_count = 0;
    config.seed = 42;
    QuizSession a = start(config, clock), b = start(config, clock);
    CHECK(ids(a) == ids(b));
    for (int i = 0; i < a.size(); ++i) {
        CHECK(a.item(i).choice_order == b.item(i).choice_order);
        CHECK(a.item(i).match_options == b.item(i).match_options);
        CHECK(a.item(i).initial_order == b.item(i).initial_order);
    }
    std::set<std::vector<std::string>> orders;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        config.seed = seed;
        QuizSession s = start(config, clock);
        std::vector<std::string> got = ids(s);
        std::vector<std::string> sorted = got;
        std::sort(sorted.begin(), sorted.end());
        CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());  // no repeats
        orders.insert(got);
    }
    CHECK(orders.size() > 10);
}

TEST_CASE("session: a known seed gives a known order (the shuffle is portable)") {
    // Our own Fisher-Yates over mt19937_64 (both fully specified), so these values hold on
    // every platform; a change here changes every replay and shared seed.
    SeededRandom random(7);
    std::vector<int> index = {0, 1, 2, 3, 4, 5};
    random.shuffle(index);
    CHECK(index == std::vector<int>{5, 1, 4, 2, 0, 3});
    SeededRandom other(123);
    std::vector<std::uint64_t> draws;
    for (int i = 0; i < 5; ++i) draws.push_back(other.below(1000));
    CHECK(draws == std::vector<std::uint64_t>{504, 771, 101, 790, 380});

    ManualClock clock;
    QuizConfig config;
    config.question_count = 0;
    config.seed = 7;
    std::vector<std::string> expected = {"q-short", "q-multiple", "q-order",
                                         "q-tf",    "q-single",   "q-match"};
    CHECK(ids(start(config, clock)) == expected);
}

TEST_CASE("session: SeededRandom::below stays in range and reaches every value") {
    SeededRandom random(1);
    std::vector<int> seen(7, 0);
    for (int i = 0; i < 7000; ++i) {
        std::uint64_t x = random.below(7);
        REQUIRE(x < 7);
        ++seen[x];
    }
    for (int count : seen) CHECK(count > 800);
    CHECK(random.below(1) == 0);
}

TEST_CASE("session: ordering never starts correct, matching offers rights and distractors") {
    ManualClock clock;
    QuizConfig config;
    config.categories = {"motives"};
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        config.seed = seed;
        config.shuffle = seed % 2 == 0;
        QuizSession s = start(config, clock);
        for (int i = 0; i < s.size(); ++i) {
            const PresentedQuestion& p = s.item(i);
            if (p.question->type == QuestionType::ordering) {
                CHECK(p.initial_order != p.question->sequence);
                auto sorted = p.initial_order;
                std::sort(sorted.begin(), sorted.end());
                CHECK(sorted == std::vector<std::string>{"first", "second", "third"});
                CHECK(s.initial_answer(i).order == p.initial_order);
            }
            if (p.question->type == QuestionType::matching) {
                auto sorted = p.match_options;
                std::sort(sorted.begin(), sorted.end());
                CHECK(sorted == std::vector<std::string>{"R1", "R2", "R3"});
            }
        }
    }
}

TEST_CASE("session: submit marks, times with the clock, and scores once") {
    ManualClock clock(1000);
    QuizConfig config;
    config.shuffle = false;
    QuizSession s = start(config, clock);
    CHECK_FALSE(s.submitted());
    CHECK_FALSE(s.next());  // cannot go on unanswered
    clock.advance(2500);
    Outcome o = s.submit(Answer::single("b"));
    CHECK_FALSE(o.correct);
    CHECK(o.score == 0.0);
    CHECK(o.explanation == "Because.");
    CHECK(o.refs == std::vector<std::string>{"s1"});
    CHECK(o.correct_answer == std::vector<std::string>{"A"});
    REQUIRE(o.chosen.size() == 1);
    CHECK(o.chosen[0].choice_id == "b");
    CHECK_FALSE(o.chosen[0].correct);
    REQUIRE(s.attempt(0));
    CHECK(s.attempt(0)->elapsed_ms == 2500);
    // A second submit keeps the first answer.
    Outcome again = s.submit(Answer::single("a"));
    CHECK_FALSE(again.correct);
    CHECK(s.attempt(0)->answer == Answer::single("b"));

    CHECK(s.next());
    CHECK(s.index() == 1);
    clock.advance(400);
    s.submit(Answer::multiple({"a"}), 9999);  // a caller that measured itself
    CHECK(s.attempt(1)->elapsed_ms == 9999);
    CHECK(s.attempt(1)->score == doctest::Approx(0.5));
    QuizProgress p = s.progress();
    CHECK(p.index == 1);
    CHECK(p.total == 6);
    CHECK(p.answered == 2);
    CHECK(p.score == doctest::Approx(0.5));
}

TEST_CASE("session: outcome lists the chosen choices with their feedback in shown order") {
    auto bank = std::make_shared<Bank>(*fixture_bank());
    bank->questions[1].choices[2].feedback = "C is a trap.";
    bank->questions[1].refs = {"s1", "gone"};  // a dangling ref is left out
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    QuizSession s = start(config, clock, bank);
    s.submit(Answer::single("a"));
    s.next();
    Outcome o = s.submit(Answer::multiple({"c", "a"}));
    REQUIRE(o.chosen.size() == 2);
    CHECK(o.chosen[0].choice_id == "a");
    CHECK(o.chosen[1].choice_id == "c");
    CHECK(o.chosen[1].feedback == "C is a trap.");
    CHECK(o.refs == std::vector<std::string>{"s1"});
    CHECK(o.part_right == std::vector<bool>{true, false, false});
    CHECK(s.outcome(1)->score == o.score);
    CHECK_FALSE(s.outcome(2).has_value());
}

TEST_CASE("session: a whole quiz, results by category, missed list and retry") {
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 0;
    QuizSession s = start(config, clock);
    // Right on all but q-multiple (half) and q-order (wrong).
    for (int i = 0; i < s.size(); ++i) {
        const PresentedQuestion& p = s.item(s.index());
        Answer a = right_answer(p);
        if (p.question->id == "q-multiple") a = Answer::multiple({"a"});
        if (p.question->id == "q-order") a = Answer::ordering({"third", "second", "first"});
        clock.advance(1000);
        s.submit(a);
        CHECK(s.next());
    }
    CHECK(s.finished());
    CHECK_FALSE(s.next());
    Results r = s.results();
    CHECK(r.bank_id == "test-bank");
    CHECK(r.total == 6);
    CHECK(r.answered == 6);
    CHECK(r.score == doctest::Approx(4.5));
    CHECK(r.fraction() == doctest::Approx(0.75));
    CHECK(r.elapsed_ms == 6000);
    REQUIRE(r.categories.size() == 2);
    CHECK(r.categories[0].id == "actors");
    CHECK(r.categories[0].questions == 3);
    CHECK(r.categories[0].score == doctest::Approx(2.5));
    CHECK(r.categories[1].id == "motives");
    CHECK(r.categories[1].score == doctest::Approx(2.0));
    CHECK(r.missed == std::vector<int>{1, 4});

    auto retry = s.retry_missed(5);
    REQUIRE(retry);
    CHECK(ids(*retry) == std::vector<std::string>{"q-multiple", "q-order"});
    CHECK(retry->progress().answered == 0);
    CHECK_FALSE(retry->finished());
}

TEST_CASE("session: retry of a perfect quiz is empty, an unanswered question counts as missed") {
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 2;
    QuizSession s = start(config, clock);
    CHECK(s.results().missed == std::vector<int>{0, 1});
    s.submit(right_answer(s.current()));
    s.next();
    s.submit(right_answer(s.current()));
    s.next();
    CHECK(s.results().missed.empty());
    CHECK_FALSE(s.retry_missed(1).has_value());
}

TEST_CASE("session: describe answers and right answers in words") {
    LoadedBank loaded = load_json(valid_bank_json());
    const Bank& b = loaded.bank;
    CHECK(describe_correct_answer(*b.find_question("q-multiple")) ==
          std::vector<std::string>{"A", "B"});
    CHECK(describe_correct_answer(*b.find_question("q-tf")) == std::vector<std::string>{"False"});
    CHECK(describe_correct_answer(*b.find_question("q-match")) ==
          std::vector<std::string>{"L1: R1", "L2: R2"});
    CHECK(describe_correct_answer(*b.find_question("q-order")) ==
          std::vector<std::string>{"1. first", "2. second", "3. third"});
    CHECK(describe_answer(*b.find_question("q-match"), Answer::matching({{"L2", "R3"}})) ==
          std::vector<std::string>{"L1: (none)", "L2: R3"});
    CHECK(describe_answer(*b.find_question("q-tf"), empty_answer(QuestionType::true_false)) ==
          std::vector<std::string>{"(no answer)"});
}

TEST_CASE("session: results JSON has every question with its answer and score") {
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 3;
    config.seed = 9;
    QuizSession s = start(config, clock);
    clock.advance(700);
    s.submit(Answer::single("a"));
    s.next();
    s.submit(Answer::multiple({"a"}));
    auto j = nlohmann::json::parse(results_to_json_text(s));
    CHECK(j["format"] == "statecraft.results");
    CHECK(j["bank_id"] == "test-bank");
    CHECK(j["seed"] == 9);
    CHECK(j["total"] == 3);
    CHECK(j["answered"] == 2);
    CHECK(j["score"].get<double>() == doctest::Approx(1.5));
    CHECK(j["percent"].get<double>() == doctest::Approx(50.0));
    REQUIRE(j["questions"].size() == 3);
    CHECK(j["questions"][0]["id"] == "q-single");
    CHECK(j["questions"][0]["answer"] ==
          nlohmann::json::parse(R"({"type":"single","choices":["a"]})"));
    CHECK(j["questions"][0]["correct"] == true);
    CHECK(j["questions"][0]["elapsed_ms"] == 700);
    CHECK(j["questions"][1]["score"].get<double>() == doctest::Approx(0.5));
    CHECK(j["questions"][2]["answer"].is_null());
}
