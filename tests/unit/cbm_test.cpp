// Certainty-based marking as Moodle's question_cbm and qbehaviour_deferredcbm.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/study/cbm.h"

using namespace statecraft;

TEST_CASE("cbm: marks per level match Moodle's adjust_fraction tests") {
    // moodle question/behaviour/deferredcbm/tests/question_cbm_test.php, test_adjust_fraction.
    CHECK(cbm_mark(1, Confidence::low) == 1);
    CHECK(cbm_mark(1, Confidence::medium) == 2);
    CHECK(cbm_mark(1, Confidence::high) == 3);
    CHECK(cbm_mark(0, Confidence::low) == 0);
    CHECK(cbm_mark(0, Confidence::medium) == -2);
    CHECK(cbm_mark(0, Confidence::high) == -6);
    CHECK(cbm_mark(0.5, Confidence::low) == doctest::Approx(0.5));
    CHECK(cbm_mark(0.5, Confidence::medium) == doctest::Approx(1));
    CHECK(cbm_mark(0.5, Confidence::high) == doctest::Approx(1.5));
    CHECK(cbm_mark(-0.25, Confidence::low) == 0);
    CHECK(cbm_mark(-0.25, Confidence::medium) == -2);
    CHECK(cbm_mark(-0.25, Confidence::high) == -6);
}

TEST_CASE("cbm: a partly right answer earns the right mark times its score") {
    CHECK(cbm_mark(0.2, Confidence::high) == doctest::Approx(0.6));  // not −6
    CHECK(cbm_mark(0.75, Confidence::medium) == doctest::Approx(1.5));
    CHECK(cbm_mark(1e-8, Confidence::high) == -6);  // within Moodle's mark tolerance of 0
    CHECK(cbm_mark(2.0, Confidence::high) == 3);    // scores clamp to [0, 1]
}

TEST_CASE("cbm: no confidence gives the plain 1/0 mark") {
    CHECK(cbm_mark(1, std::nullopt) == 1);
    CHECK(cbm_mark(0, std::nullopt) == 0);
    CHECK(cbm_mark(0.4, std::nullopt) == doctest::Approx(0.4));
}

TEST_CASE("cbm: ideal ranges and Moodle's judgement per level") {
    CHECK(ideal_range(Confidence::low).high == doctest::Approx(2.0 / 3.0));
    CHECK(ideal_range(Confidence::medium).low == doctest::Approx(2.0 / 3.0));
    CHECK(ideal_range(Confidence::medium).high == 0.8);
    CHECK(ideal_range(Confidence::high).low == 0.8);
    CHECK(judge(Confidence::low, 0, 0) == Judgement::no_answers);
    CHECK(judge(Confidence::medium, 0.7, 100) == Judgement::about_right);
    CHECK(judge(Confidence::medium, 0.8, 100) == Judgement::about_right);  // on the limit
    // (0.5 − 0.8)² × 10 = 0.9 > 0.5: significant. × 2 = 0.18: only slightly.
    CHECK(judge(Confidence::high, 0.5, 10) == Judgement::over_confident);
    CHECK(judge(Confidence::high, 0.5, 2) == Judgement::slightly_over_confident);
    // (0.9 − 2/3)² × 10 = 0.54 > 0.5.
    CHECK(judge(Confidence::low, 0.9, 10) == Judgement::under_confident);
    CHECK(judge(Confidence::low, 0.9, 9) == Judgement::slightly_under_confident);
    CHECK(std::string(to_string(Judgement::over_confident)) == "over-confident");
    CHECK(std::string(to_string(Judgement::about_right)) == "about right");
}

TEST_CASE("cbm: summary totals, averages, bonus and breakdown by level") {
    const std::vector<MarkedAnswer> answers = {
        {1.0, Confidence::high, 0},    // +3
        {0.0, Confidence::high, 0},    // −6
        {1.0, Confidence::medium, 0},  // +2
        {0.0, std::nullopt, 0},        // 0, claims nothing
    };
    const CbmSummary s = summarize_cbm(answers, 1);  // and one question left unanswered
    CHECK(s.answers == 4);
    CHECK(s.unanswered == 1);
    CHECK(s.without_confidence == 1);
    CHECK(s.plain_total == 2);
    CHECK(s.cbm_total == -1);
    CHECK(s.accuracy == doctest::Approx(0.4));
    CHECK(s.average_cbm == doctest::Approx(-0.2));
    // Best expected mark at 40% right is C=1's 0.4, so the bonus is 0.1 × (−0.2 − 0.4).
    CHECK(s.cbm_bonus == doctest::Approx(-0.06));
    CHECK(s.accuracy_with_bonus == doctest::Approx(0.34));
    const CbmLevel& high = s.levels[2];
    CHECK(high.level == Confidence::high);
    CHECK(high.answers == 2);
    CHECK(high.accuracy == doctest::Approx(0.5));
    CHECK(high.cbm_total == -3);
    CHECK(high.judgement == Judgement::slightly_over_confident);
    CHECK(s.levels[1].judgement == Judgement::slightly_under_confident);
    CHECK(s.levels[0].answers == 0);
    CHECK(s.levels[0].judgement == Judgement::no_answers);
}

TEST_CASE("cbm: knowing what you know earns a positive bonus") {
    // Sure and right on 8 questions, unsure and wrong on 2: accuracy 0.8.
    std::vector<MarkedAnswer> answers(8, MarkedAnswer{1.0, Confidence::high, 0});
    answers.push_back({0.0, Confidence::low, 0});
    answers.push_back({0.0, Confidence::low, 0});
    const CbmSummary good = summarize_cbm(answers);
    CHECK(good.average_cbm == doctest::Approx(2.4));
    CHECK(good.cbm_bonus > 0);
    // The same answers with the confidence swapped: a misconception costs dearly.
    for (MarkedAnswer& a : answers) {
        a.confidence = a.score > 0 ? Confidence::low : Confidence::high;
    }
    const CbmSummary bad = summarize_cbm(answers);
    CHECK(bad.accuracy == good.accuracy);
    CHECK(bad.average_cbm == doctest::Approx(-0.4));
    CHECK(bad.cbm_bonus < 0);
    CHECK(summarize_cbm({}).average_cbm == 0);
}

TEST_CASE("cbm: confidence level names") {
    for (Confidence c : kConfidenceLevels) CHECK(confidence_from_string(to_string(c)) == c);
    CHECK_FALSE(confidence_from_string("certain").has_value());
}
