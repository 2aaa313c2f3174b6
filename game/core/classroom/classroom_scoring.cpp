#include "core/classroom/classroom_scoring.h"

#include <algorithm>

namespace statecraft {

ClassroomCredit multiple_choice_credit(int right_picked, int wrong_picked, int right_total) {
    if (right_total <= 0) return no_credit();
    int net = std::clamp(right_picked - wrong_picked, 0, right_total);
    return {net, right_total};
}

int classroom_streak_bonus(int streak, const ClassroomScoringRules& rules) {
    if (streak < 2) return 0;
    std::int64_t bonus = static_cast<std::int64_t>(rules.streak_step) * (streak - 1);
    return static_cast<int>(std::min<std::int64_t>(bonus, rules.streak_cap));
}

ClassroomScore classroom_score(const ClassroomScoreInput& input,
                               const ClassroomScoringRules& rules) {
    ClassroomScore score;
    const ClassroomCredit& credit = input.credit;
    if (!credit.none()) {
        const std::int64_t base = input.double_points ? rules.double_points : rules.base_points;
        const std::int64_t right = std::min(credit.right, credit.out_of);
        // answer_points = (1 - t / 2T) * P * right / out_of = (2T - t) * P * right / (2T * out_of)
        std::int64_t numerator = base * right;
        std::int64_t denominator = credit.out_of;
        if (input.limit_ms > 0) {
            const std::int64_t limit = input.limit_ms;
            std::int64_t t = std::clamp<std::int64_t>(input.answer_ms, 0, limit);
            if (t < rules.full_points_ms) t = 0;
            numerator *= 2 * limit - t;
            denominator *= 2 * limit;
        }
        // Round half up; both terms are non-negative.
        score.answer_points = static_cast<int>((2 * numerator + denominator) / (2 * denominator));
    }
    score.streak = credit.full() ? input.streak_before + 1 : 0;
    score.streak_bonus = classroom_streak_bonus(score.streak, rules);
    score.points = score.answer_points + score.streak_bonus;
    return score;
}

}  // namespace statecraft
