#include "core/classroom/classroom_ranking.h"

#include <algorithm>
#include <numeric>

namespace statecraft {

std::vector<int> ranking_order(const std::vector<int>& totals) {
    std::vector<int> order(totals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return totals[a] > totals[b]; });
    return order;
}

std::vector<int> competition_ranks(const std::vector<int>& totals) {
    std::vector<int> ranks(totals.size(), 0);
    const std::vector<int> order = ranking_order(totals);
    for (size_t pos = 0; pos < order.size(); ++pos) {
        const bool tied = pos > 0 && totals[order[pos]] == totals[order[pos - 1]];
        ranks[order[pos]] = tied ? ranks[order[pos - 1]] : static_cast<int>(pos) + 1;
    }
    return ranks;
}

std::vector<ClassroomPlace> podium_places(const std::vector<int>& totals) {
    std::vector<ClassroomPlace> places;
    const std::vector<int> ranks = competition_ranks(totals);
    for (int team : ranking_order(totals)) {
        if (ranks[team] > 3) break;
        if (places.empty() || places.back().rank != ranks[team]) {
            places.push_back({ranks[team], totals[team], {}});
        }
        places.back().teams.push_back(team);
    }
    return places;
}

}  // namespace statecraft
