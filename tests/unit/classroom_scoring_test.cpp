// The classroom scoring formula, figure by figure (Kahoot's published formula and streak bonus).
#include <doctest/doctest.h>

#include "core/classroom/classroom_scoring.h"

using namespace statecraft;

namespace {
// Points for a fully right answer on a standard question with a 20 s limit.
int right_at(std::int64_t ms, std::int64_t limit_ms = 20000) {
    return classroom_score({full_credit(), ms, limit_ms, false, 0}).points;
}
}  // namespace

TEST_CASE("classroom scoring: speed term is round((1 - (t/T)/2) x 1000)") {
    CHECK(right_at(0) == 1000);
    CHECK(right_at(499) == 1000);  // under 0.5 s: full points
    CHECK(right_at(500) == 988);   // 987.5 rounds half up
    CHECK(right_at(1000) == 975);
    CHECK(right_at(3200) == 920);
    CHECK(right_at(5000) == 875);
    CHECK(right_at(10000) == 750);        // half the time: three quarters of the points
    CHECK(right_at(19999) == 500);        // 500.025
    CHECK(right_at(20000) == 500);        // a right answer never earns less than half
    CHECK(right_at(90000) == 500);        // times beyond the limit count as the limit
    CHECK(right_at(-40) == 1000);         // a clock running backwards counts as 0
    CHECK(right_at(7000, 30000) == 883);  // 883.33
    CHECK(right_at(123456, 0) == 1000);   // untimed: no speed term
}

TEST_CASE("classroom scoring: double points doubles the answer points, not the streak bonus") {
    CHECK(classroom_score({full_credit(), 5000, 20000, true, 0}).points == 1750);
    CHECK(classroom_score({full_credit(), 300, 20000, true, 0}).points == 2000);
    ClassroomScore streak = classroom_score({full_credit(), 4000, 20000, true, 1});
    CHECK(streak.answer_points == 1800);
    CHECK(streak.streak_bonus == 100);
    CHECK(streak.points == 1900);
}

TEST_CASE("classroom scoring: streak bonus +100 at 2 in a row up to +500 from 6") {
    const int expected[] = {0, 0, 100, 200, 300, 400, 500, 500, 500};
    for (int streak = 0; streak <= 8; ++streak) {
        CAPTURE(streak);
        CHECK(classroom_streak_bonus(streak) == expected[streak]);
    }
    ClassroomScore sixth = classroom_score({full_credit(), 0, 20000, false, 5});
    CHECK(sixth.streak == 6);
    CHECK(sixth.streak_bonus == 500);
    CHECK(sixth.points == 1500);
    ClassroomScoringRules custom;
    custom.streak_step = 50;
    custom.streak_cap = 120;
    CHECK(classroom_streak_bonus(3, custom) == 100);
    CHECK(classroom_streak_bonus(4, custom) == 120);
}

TEST_CASE("classroom scoring: a wrong or missing answer earns 0 and resets the streak") {
    ClassroomScore wrong = classroom_score({no_credit(), 300, 20000, false, 4});
    CHECK(wrong.points == 0);
    CHECK(wrong.answer_points == 0);
    CHECK(wrong.streak_bonus == 0);
    CHECK(wrong.streak == 0);
    ClassroomScore after = classroom_score({full_credit(), 300, 20000, false, wrong.streak});
    CHECK(after.streak == 1);
    CHECK(after.points == 1000);
}

TEST_CASE("classroom scoring: partial credit on multiple scales the points and breaks the streak") {
    CHECK(multiple_choice_credit(1, 0, 2).right == 1);
    CHECK(multiple_choice_credit(1, 0, 2).out_of == 2);
    CHECK(multiple_choice_credit(2, 1, 2).fraction() == doctest::Approx(0.5));
    CHECK(multiple_choice_credit(2, 2, 2).none());  // picking every choice of four
    CHECK(multiple_choice_credit(1, 3, 1).none());
    CHECK(multiple_choice_credit(0, 0, 2).none());  // no answer
    CHECK(multiple_choice_credit(3, 0, 3).full());
    CHECK_FALSE(multiple_choice_credit(2, 1, 3).full());
    CHECK(multiple_choice_credit(1, 0, 0).none());  // a question without right choices

    ClassroomScore half = classroom_score({{1, 2}, 0, 20000, false, 3});
    CHECK(half.answer_points == 500);
    CHECK(half.streak_bonus == 0);
    CHECK(half.streak == 0);
    CHECK(classroom_score({{1, 2}, 1000, 20000, false, 0}).points == 488);  // 487.5
    CHECK(classroom_score({{1, 2}, 3000, 20000, false, 0}).points == 463);  // 462.5
    CHECK(classroom_score({{1, 3}, 0, 20000, false, 0}).points == 333);
    CHECK(classroom_score({{2, 3}, 0, 20000, false, 0}).points == 667);
    CHECK(classroom_score({{2, 3}, 0, 20000, true, 0}).points == 1333);
}
