// Item analysis against figures computed by hand (five students, three questions).
#include <doctest/doctest.h>

#include "core/session/answer.h"
#include "core/stats/item_analysis.h"
#include "support/bank_parts.h"

using namespace statecraft;

namespace {

Question single(const std::string& id) {
    Question q;
    q.id = id;
    q.category = "actors";
    q.type = QuestionType::single;
    q.choices = {testing::choice("a", "A", true), testing::choice("b", "B"),
                 testing::choice("c", "C")};
    return q;
}

Bank three_questions() {
    Bank bank;
    bank.id = "b";
    bank.questions.push_back(single("q1"));
    Question tf;
    tf.id = "q2";
    tf.category = "motives";
    tf.type = QuestionType::true_false;
    tf.answer = true;
    bank.questions.push_back(tf);
    bank.questions.push_back(single("q3"));
    return bank;
}

ItemCell cell(const std::string& student, const std::string& q, const Answer& a, bool right) {
    return {student, q, answer_to_json_text(a), false, 1, right ? 1 : 0, right ? 1.0 : 0.0};
}

// Right (1) or wrong (0):   q1 q2 q3
//                       s1   1  1  0      q1 answers: a a b b a  (c never chosen)
//                       s2   1  0  0      q2 answers: T F T F T
//                       s3   0  1  1      q3 answers: b c a a a
//                       s4   0  0  1
//                       s5   1  1  1
std::vector<ItemCell> five_students() {
    const char* q1[] = {"a", "a", "b", "b", "a"};
    const bool q2[] = {true, false, true, false, true};
    const char* q3[] = {"b", "c", "a", "a", "a"};
    std::vector<ItemCell> cells;
    for (int s = 0; s < 5; ++s) {
        std::string name = "s" + std::to_string(s + 1);
        cells.push_back(cell(name, "q1", Answer::single(q1[s]), q1[s][0] == 'a'));
        cells.push_back(cell(name, "q2", Answer::true_false(q2[s]), q2[s]));
        cells.push_back(cell(name, "q3", Answer::single(q3[s]), q3[s][0] == 'a'));
    }
    return cells;
}

}  // namespace

TEST_CASE("stats item analysis: facility, point-biserial and upper-lower by hand") {
    const Bank bank = three_questions();
    const std::vector<ItemCell> cells = five_students();
    ItemAnalysisOptions options;
    options.min_responses = 5;
    std::vector<ItemFigures> items = analyse_items(bank, cells, options);
    REQUIRE(items.size() == 3);

    // q2: x = 1 0 1 0 1; rest scores (mean of the other two) y = .5 .5 .5 .5 1.
    // mean x = mean y = .6; cov = -.04 + .06 - .04 + .06 + .16 = .2; var x = 1.2, var y = .2
    // (sums of squares); r = .2 / sqrt(1.2 * .2) = 0.408248.
    const ItemFigures& q2 = items[1];
    CHECK(q2.responses == 5);
    CHECK(q2.facility == doctest::Approx(0.6));
    REQUIRE(q2.point_biserial);
    CHECK(*q2.point_biserial == doctest::Approx(0.408248).epsilon(1e-5));
    // 27 % of 5 rounds to 1 student a group: top s5 (rest 1, right), bottom by rest then name s4
    // (wrong): D = 1 - 0.
    REQUIRE(q2.upper_lower);
    CHECK(*q2.upper_lower == doctest::Approx(1.0));
    CHECK(q2.flags.empty());
    CHECK(q2.options[0].picks == 3);  // true
    CHECK(q2.options[1].picks == 2);  // false

    // q1: x = 1 1 0 0 1, y = .5 0 1 .5 1: cov = -.3, var x = 1.2, var y = .7,
    // r = -.3 / sqrt(.84) = -0.327327. Top s3 (wrong), bottom s2 (right): D = -1.
    const ItemFigures& q1 = items[0];
    CHECK(q1.facility == doctest::Approx(0.6));
    CHECK(*q1.point_biserial == doctest::Approx(-0.327327).epsilon(1e-5));
    CHECK(*q1.upper_lower == doctest::Approx(-1.0));
    CHECK(q1.options[0].picks == 3);
    CHECK(q1.options[1].picks == 2);
    CHECK(q1.options[2].picks == 0);
    CHECK(q1.options[2].share == 0.0);
    REQUIRE(q1.flags.size() == 2);
    CHECK(q1.flags[0] == "negative discrimination: possibly miskeyed");
    CHECK(q1.flags[1] == "distractor \"c\" never chosen");

    const ItemFigures& q3 = items[2];
    CHECK(*q3.point_biserial == doctest::Approx(-0.327327).epsilon(1e-5));
    CHECK(q3.options[1].share == doctest::Approx(0.2));
}

TEST_CASE("stats item analysis: flags wait for enough responses; easy and hard items") {
    const Bank bank = three_questions();
    std::vector<ItemFigures> few = analyse_items(bank, five_students());  // default minimum 20
    for (const ItemFigures& f : few) CHECK(f.flags.empty());

    std::vector<ItemCell> cells;
    for (int s = 0; s < 30; ++s) {
        std::string name = "s" + std::to_string(s);
        cells.push_back(cell(name, "q1", Answer::single("a"), true));  // everyone right
        cells.push_back(cell(name, "q3", Answer::single(s < 3 ? "a" : "b"), s < 3));  // 10 %
    }
    std::vector<ItemFigures> items = analyse_items(bank, cells);
    REQUIRE(items.size() == 2);  // q2 has no responses
    CHECK(items[0].facility == 1.0);
    CHECK_FALSE(items[0].point_biserial);  // nobody got it wrong: no correlation
    CHECK(items[0].flags[0] == "too easy (facility above 0.95)");
    CHECK(items[1].facility == doctest::Approx(0.1));
    CHECK(items[1].flags[0] == "too hard (facility below 0.2)");  // rest scores all 1: no D
}

TEST_CASE("stats item analysis: classroom option ids, repeated responses, unknown questions") {
    const Bank bank = three_questions();
    std::vector<ItemCell> cells = {
        {"team A", "q1", "a", true, 3, 3, 3.0},  // three right answers at once
        {"team B", "q1", "b", true, 1, 0, 0.0},
        {"team A", "gone", "a", true, 1, 1, 1.0},  // not in the bank any more
    };
    std::vector<ItemFigures> items = analyse_items(bank, cells);
    REQUIRE(items.size() == 1);
    CHECK(items[0].responses == 4);
    CHECK(items[0].students == 2);
    CHECK(items[0].facility == doctest::Approx(0.75));
    CHECK(items[0].options[0].picks == 3);
    CHECK_FALSE(items[0].point_biserial);  // no other questions: no rest score
    std::string csv = item_analysis_csv(items);
    CHECK(csv.find("q1,actors,single,4,2,0.7500,,,a*:3 b:1 c:0,") != std::string::npos);
    CHECK(item_analysis_json(items).find("\"facility\": 0.75") != std::string::npos);
    CHECK(item_analysis_text(items).find("1 questions answered, 0 flagged") != std::string::npos);
}
