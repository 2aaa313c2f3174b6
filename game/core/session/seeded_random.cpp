#include "core/session/seeded_random.h"

namespace statecraft {

std::uint64_t SeededRandom::below(std::uint64_t bound) {
    // Reject the top sliver of the range that would make some results more likely.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t x;
    do {
        x = engine_();
    } while (x >= limit);
    return x % bound;
}

}  // namespace statecraft
