// The rule that turns an answer (score, time) into an FSRS rating.
#include <doctest/doctest.h>

#include <limits>

#include "core/study/day_clock.h"
#include "core/study/rating.h"
#include "support/bank_parts.h"

using namespace statecraft;

TEST_CASE("fsrs: rating rule from score and time") {
    const int64_t expected = 30 * kMsPerSecond;
    // Wrong or less than half right: Again, however fast.
    CHECK(rating_from_answer(0.0, 2000, expected) == Rating::again);
    CHECK(rating_from_answer(0.49, 20000, expected) == Rating::again);
    // Partly right: Hard, however fast.
    CHECK(rating_from_answer(0.5, 2000, expected) == Rating::hard);
    CHECK(rating_from_answer(0.99, 15000, expected) == Rating::hard);
    // Right: Easy under a third of the expected time, Hard over it, else Good.
    CHECK(rating_from_answer(1.0, 9999, expected) == Rating::easy);
    CHECK(rating_from_answer(1.0, 10000, expected) == Rating::good);
    CHECK(rating_from_answer(1.0, 30000, expected) == Rating::good);
    CHECK(rating_from_answer(1.0, 30001, expected) == Rating::hard);
    // No timing information: Good.
    CHECK(rating_from_answer(1.0, 0, expected) == Rating::good);
    CHECK(rating_from_answer(1.0, 5000, 0) == Rating::good);
    // Out-of-range scores.
    CHECK(rating_from_answer(std::numeric_limits<double>::quiet_NaN(), 5000, expected) ==
          Rating::again);
    CHECK(rating_from_answer(-1.0, 5000, expected) == Rating::again);
    CHECK(rating_from_answer(7.0, 15000, expected) == Rating::good);
    // The thresholds are settings.
    RatingRule strict{0.8, 0.25, 0.5};
    CHECK(rating_from_answer(0.7, 5000, expected, strict) == Rating::again);
    CHECK(rating_from_answer(1.0, 8000, expected, strict) == Rating::good);
    CHECK(rating_from_answer(1.0, 16000, expected, strict) == Rating::hard);
}

TEST_CASE("fsrs: expected answer time per question") {
    Question q;
    q.type = QuestionType::true_false;
    q.prompt = "NATO was founded in 1949.";  // 5 words
    CHECK(expected_answer_ms(q) == 6 * kMsPerSecond + 5 * kReadingMsPerWord);
    q.type = QuestionType::single;
    q.choices = {testing::choice("a", "Yes", true), testing::choice("b", "No, it was later")};
    CHECK(expected_answer_ms(q) == 10 * kMsPerSecond + 10 * kReadingMsPerWord);
    q.time_limit_s = 45;
    CHECK(expected_answer_ms(q) == 45 * kMsPerSecond);
    Question order;
    order.type = QuestionType::ordering;
    order.sequence = {"one", "two", "three"};
    CHECK(expected_answer_ms(order) == 15 * kMsPerSecond + 3 * kReadingMsPerWord);
    Question match;
    match.type = QuestionType::matching;
    match.pairs = {{"a", "b", {}}};
    CHECK(expected_answer_ms(match) == 10 * kMsPerSecond + 2 * kReadingMsPerWord);
}
