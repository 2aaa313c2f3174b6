// Seeded shuffles that give the same order for the same seed on every platform (std::shuffle
// and std::uniform_int_distribution are implementation-defined; mt19937_64 is not).
#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace statecraft {

class SeededRandom {
  public:
    explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}

    // Uniform in [0, bound), bound > 0, without modulo bias.
    std::uint64_t below(std::uint64_t bound);

    // Fisher-Yates.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::size_t j = below(i);
            std::swap(items[i - 1], items[j]);
        }
    }

  private:
    std::mt19937_64 engine_;
};

}  // namespace statecraft
