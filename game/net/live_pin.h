// A game PIN from the kernel's cryptographic random source (getrandom), never a seeded
// generator: the PIN is what keeps other rooms' students out.
#pragma once

#include <string>

namespace statecraft::net {

std::string draw_live_pin();

}  // namespace statecraft::net
