// Can this process open a window at all? SFML 2.5 calls abort() when it cannot open the X
// display, so the window asks X itself first and turns a missing display into a message.
#pragma once

#include <string>

namespace statecraft {

// Empty when the X display named by $DISPLAY can be opened; else why not, in one sentence
// that says what to do.
std::string x_display_problem();

}  // namespace statecraft
