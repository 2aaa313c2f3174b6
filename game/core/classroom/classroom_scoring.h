// Points for one team's answer to one classroom question: a speed bonus and a streak bonus.
// Pure functions in exact integer arithmetic, so the same answer scores the same everywhere.
#pragma once

#include <cstdint>

namespace statecraft {

// The figures of the formula. The defaults are Kahoot's published ones.
struct ClassroomScoringRules {
    int base_points = 1000;             // a standard question
    int double_points = 2000;           // a question played for double points
    std::int64_t full_points_ms = 500;  // an answer faster than this earns the full points
    int streak_step = 100;              // bonus per fully right answer in a row after the first
    int streak_cap = 500;               // the largest streak bonus
};

// How right an answer is, as the exact fraction right / out_of. A wrong or missing answer is 0/1.
struct ClassroomCredit {
    int right = 0;
    int out_of = 1;

    bool full() const { return out_of > 0 && right == out_of; }
    bool none() const { return right <= 0 || out_of <= 0; }
    double fraction() const { return none() ? 0.0 : static_cast<double>(right) / out_of; }
};

inline ClassroomCredit full_credit() {
    return {1, 1};
}
inline ClassroomCredit no_credit() {
    return {0, 1};
}

// Partial credit for a "multiple" question (pick every right choice):
//   credit = max(0, right picks - wrong picks) / right choices.
// Picking every choice therefore earns nothing unless most choices are right, and an empty
// answer earns 0. Only an answer with every right choice and no wrong one is full credit.
ClassroomCredit multiple_choice_credit(int right_picked, int wrong_picked, int right_total);

struct ClassroomScoreInput {
    ClassroomCredit credit;
    std::int64_t answer_ms = 0;  // time from the question opening to the answer
    std::int64_t limit_ms =
        0;  // the question's time limit; 0 or less means untimed (no speed term)
    bool double_points = false;
    int streak_before = 0;  // fully right answers in a row before this one
};

struct ClassroomScore {
    int answer_points = 0;  // base x speed x credit
    int streak_bonus = 0;
    int points = 0;  // answer_points + streak_bonus
    int streak = 0;  // the streak after this answer
};

/// The classroom scoring formula, in one place.
///
///   P     = rules.base_points (1000), or rules.double_points (2000) on a double-points question
///   t     = answer time in ms, clamped to [0, T]; t = 0 when t < rules.full_points_ms (500 ms)
///   T     = the question's time limit in ms
///   c     = credit, right / out_of (1 for fully right, 0 for wrong or no answer,
///           see multiple_choice_credit for partial answers)
///   answer_points = round_half_up((1 - (t / T) / 2) x P x c)
///
///   streak        = streak_before + 1 if the answer is fully right, else 0
///                   (a partial, wrong or missing answer breaks the streak)
///   streak_bonus  = min(rules.streak_cap, rules.streak_step x (streak - 1)) when streak >= 2, else
///   0
///                   (+100 at 2 in a row, +200 at 3, ..., +500 from 6 on)
///   points        = answer_points + streak_bonus
///
/// So a fully right answer on a standard question earns 500 to 1000 points before the bonus; a
/// partly right one earns that scaled by its credit and no bonus. The streak bonus is flat: it is
/// not doubled on a double-points question. Computed in 64-bit integers (no rounding drift).
ClassroomScore classroom_score(const ClassroomScoreInput& input,
                               const ClassroomScoringRules& rules = {});

// The bonus for a streak of this length (the streak including the current answer).
int classroom_streak_bonus(int streak, const ClassroomScoringRules& rules = {});

}  // namespace statecraft
