// Marking: every type, with partial credit, against the shared fixture bank.
#include <doctest/doctest.h>

#include "core/session/answer_check.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {
const Question& question(const LoadedBank& loaded, const char* id) {
    const Question* q = loaded.bank.find_question(id);
    REQUIRE(q != nullptr);
    return *q;
}
}  // namespace

TEST_CASE("answer: single scores 1 only for exactly the correct choice") {
    LoadedBank b = load_json(valid_bank_json());
    const Question& q = question(b, "q-single");
    CHECK(check_answer(q, Answer::single("a")).score == 1.0);
    CHECK(check_answer(q, Answer::single("a")).correct);
    CHECK(check_answer(q, Answer::single("b")).score == 0.0);
    CHECK(check_answer(q, Answer::single("zzz")).score == 0.0);
    CHECK(check_answer(q, empty_answer(QuestionType::single)).score == 0.0);
    Answer two = Answer::single("a");
    two.choices.push_back("b");
    CHECK(check_answer(q, two).score == 0.0);
    CHECK(check_answer(q, Answer::single("b")).part_right == std::vector<bool>{false, false});
    CHECK(check_answer(q, Answer::single("a")).part_right == std::vector<bool>{true, true});
}

TEST_CASE("answer: multiple gives (right - wrong) / correct, floored at 0") {
    LoadedBank b = load_json(valid_bank_json());
    const Question& q = question(b, "q-multiple");  // a, b correct; c wrong
    CHECK(check_answer(q, Answer::multiple({"a", "b"})).score == 1.0);
    CHECK(check_answer(q, Answer::multiple({"b", "a"})).correct);
    CHECK(check_answer(q, Answer::multiple({"a"})).score == doctest::Approx(0.5));
    CHECK_FALSE(check_answer(q, Answer::multiple({"a"})).correct);
    CHECK(check_answer(q, Answer::multiple({"a", "b", "c"})).score == doctest::Approx(0.5));
    CHECK(check_answer(q, Answer::multiple({"a", "c"})).score == 0.0);
    CHECK(check_answer(q, Answer::multiple({"c"})).score == 0.0);
    CHECK(check_answer(q, Answer::multiple({})).score == 0.0);
    // Repeats count once; unknown ids count as wrong picks.
    CHECK(check_answer(q, Answer::multiple({"a", "a", "b"})).score == 1.0);
    CHECK(check_answer(q, Answer::multiple({"a", "b", "x"})).score == doctest::Approx(0.5));
    CHECK(check_answer(q, Answer::multiple({"a", "c"})).part_right ==
          std::vector<bool>{true, false, false});
}

TEST_CASE("answer: true/false") {
    LoadedBank b = load_json(valid_bank_json());
    const Question& q = question(b, "q-tf");  // answer false
    CHECK(check_answer(q, Answer::true_false(false)).correct);
    CHECK(check_answer(q, Answer::true_false(true)).score == 0.0);
    CHECK(check_answer(q, empty_answer(QuestionType::true_false)).score == 0.0);
}

TEST_CASE("answer: matching gives the fraction of lefts matched right") {
    LoadedBank b = load_json(valid_bank_json());
    const Question& q = question(b, "q-match");  // L1-R1, L2-R2, distractor R3
    CHECK(check_answer(q, Answer::matching({{"L1", "R1"}, {"L2", "R2"}})).correct);
    CHECK(check_answer(q, Answer::matching({{"L2", "R2"}, {"L1", "R1"}})).correct);
    AnswerCheck half = check_answer(q, Answer::matching({{"L1", "R1"}, {"L2", "R3"}}));
    CHECK(half.score == doctest::Approx(0.5));
    CHECK(half.part_right == std::vector<bool>{true, false});
    CHECK(check_answer(q, Answer::matching({{"L1", "R2"}, {"L2", "R1"}})).score == 0.0);
    CHECK(check_answer(q, Answer::matching({{"L2", "R2"}})).score == doctest::Approx(0.5));
    CHECK(check_answer(q, Answer::matching({})).score == 0.0);
    // The first entry for a left counts; unknown lefts are ignored.
    CHECK(check_answer(q, Answer::matching({{"L1", "R2"}, {"L1", "R1"}, {"X", "R2"}})).score ==
          0.0);
}

TEST_CASE("answer: ordering scores the pairs in the right relative order") {
    LoadedBank b = load_json(valid_bank_json());
    const Question& q = question(b, "q-order");  // first, second, third: 3 pairs
    CHECK(check_answer(q, Answer::ordering({"first", "second", "third"})).correct);
    CHECK(check_answer(q, Answer::ordering({"third", "second", "first"})).score == 0.0);
    AnswerCheck one_swap = check_answer(q, Answer::ordering({"second", "first", "third"}));
    CHECK(one_swap.score == doctest::Approx(2.0 / 3));
    CHECK(one_swap.part_right == std::vector<bool>{false, false, true});
    // The last item moved to the front: two of three pairs are still in order.
    CHECK(check_answer(q, Answer::ordering({"third", "first", "second"})).score ==
          doctest::Approx(1.0 / 3));
    // Missing items spoil their pairs; unknown and repeated items are ignored.
    CHECK(check_answer(q, Answer::ordering({"first", "second"})).score == doctest::Approx(1.0 / 3));
    CHECK(check_answer(q, Answer::ordering({"x", "first", "first", "second", "third"})).correct);
    CHECK(check_answer(q, Answer::ordering({})).score == 0.0);
}

TEST_CASE("answer: ordering of a longer sequence") {
    Question q;
    q.type = QuestionType::ordering;
    q.sequence = {"a", "b", "c", "d", "e"};  // 10 pairs
    // One item displaced by two positions breaks two pairs.
    CHECK(check_answer(q, Answer::ordering({"c", "a", "b", "d", "e"})).score ==
          doctest::Approx(0.8));
    CHECK(check_answer(q, Answer::ordering({"e", "d", "c", "b", "a"})).score == 0.0);
}

TEST_CASE("answer: short answers compare normalized text against every accepted one") {
    LoadedBank b = load_json(valid_bank_json());
    const Question& q = question(b, "q-short");  // accept Zarif, Javad Zarif
    for (const char* text : {"Zarif", "zarif", "  ZARIF  ", "Javad   Zarif", "\"Javad Zarif.\"",
                             "javad zarif!", "(Zarif)", "\tZarif\n"}) {
        INFO(text);
        CHECK(check_answer(q, Answer::short_text(text)).correct);
    }
    for (const char* text : {"", "   ", "Zarif Javad", "Zari f", "Mohammad Zarif", "Zarif-"}) {
        INFO(text);
        CHECK_FALSE(check_answer(q, Answer::short_text(text)).correct);
    }
}

TEST_CASE("answer: case_sensitive short answers keep case but still fold spaces and ends") {
    Question q;
    q.type = QuestionType::short_answer;
    q.accept = {"NATO"};
    q.case_sensitive = true;
    CHECK(check_answer(q, Answer::short_text(" NATO. ")).correct);
    CHECK_FALSE(check_answer(q, Answer::short_text("nato")).correct);
    q.case_sensitive = false;
    CHECK(check_answer(q, Answer::short_text("nato")).correct);
}

TEST_CASE("answer: an answer of another type scores 0") {
    LoadedBank b = load_json(valid_bank_json());
    CHECK(check_answer(question(b, "q-tf"), Answer::single("a")).score == 0.0);
    CHECK(check_answer(question(b, "q-single"), Answer::multiple({"a"})).score == 0.0);
    CHECK(check_answer(question(b, "q-short"), Answer::single("Zarif")).score == 0.0);
}
