// A live game played by sample players on one question, for the projector's screenshots of
// the types with their own spreads (estimate, poll, matrix).
#pragma once

#include <optional>
#include <string>

#include "core/live/live_snapshot.h"
#include "ui/app_state.h"

namespace statecraft {

// The snapshot of the game at `screen` (live_question, live_distribution or live_reveal), or
// nullopt when the question cannot be played live.
std::optional<LiveSnapshot> live_sample_game(const Question& q, const std::string& title,
                                             Screen screen);

// The distance between neighbouring sample estimates: a third of the tolerance (whole for
// a whole key).
double estimate_step(const Question& q);

// The sample's player names (live_sample.cpp).
const char* sample_name(int i);

}  // namespace statecraft
