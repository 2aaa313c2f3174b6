#include "core/session/choice_order.h"

#include <numeric>

namespace statecraft {

std::vector<int> choice_order(const Question& q, bool shuffle,
                              const std::function<void(std::vector<int>&)>& shuffle_fn) {
    std::vector<int> order(q.choices.size());
    std::iota(order.begin(), order.end(), 0);
    if (!shuffle || q.fixed_order) return order;
    // Shuffle the free choices among the free places; pinned ones stay where they are.
    std::vector<int> free_places;
    for (int i = 0; i < static_cast<int>(q.choices.size()); ++i)
        if (!q.choices[i].fixed) free_places.push_back(i);
    if (free_places.size() < 2) return order;
    std::vector<int> moved = free_places;
    shuffle_fn(moved);
    for (std::size_t k = 0; k < free_places.size(); ++k) order[free_places[k]] = moved[k];
    return order;
}

}  // namespace statecraft
