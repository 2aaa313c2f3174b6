#include "net/live_pin.h"

#include <sys/random.h>

#include <cstdint>
#include <stdexcept>

namespace statecraft::net {

std::string draw_live_pin() {
    std::uint32_t x = 0;
    do {
        if (getrandom(&x, sizeof x, 0) != static_cast<ssize_t>(sizeof x))
            throw std::runtime_error("no random numbers from the system for the game PIN");
    } while (x >= 4'294'000'000u);  // unbiased: a multiple of 1,000,000
    std::string pin = std::to_string(x % 1'000'000);
    return std::string(6 - pin.size(), '0') + pin;
}

}  // namespace statecraft::net
