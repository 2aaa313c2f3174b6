// Ranking teams by points: shared ranks for ties, and the podium.
#pragma once

#include <vector>

namespace statecraft {

// Standard competition ranking ("1224"): equal totals share a rank and the next rank skips.
// ranks[i] is team i's rank, from 1.
std::vector<int> competition_ranks(const std::vector<int>& totals);

// Team indexes from first to last: by total, highest first; equal totals keep team order.
std::vector<int> ranking_order(const std::vector<int>& totals);

// One step of the podium. Tied teams stand on the same step.
struct ClassroomPlace {
    int rank = 0;
    int total = 0;
    std::vector<int> teams;  // team indexes, in team order
};

// The places with rank 1 to 3. Ties can put more than three teams on the podium (two firsts and
// a third, say) and leave a step empty (three firsts: no second or third).
std::vector<ClassroomPlace> podium_places(const std::vector<int>& totals);

}  // namespace statecraft
