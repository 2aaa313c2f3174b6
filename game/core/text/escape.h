// Text made safe to print in a message: whatever a file holds, nothing reaches the terminal
// that could move the cursor, change colours, reverse the line or cut it short.
#pragma once

#include <string>
#include <string_view>

namespace statecraft {

// Control characters (C0, DEL, C1, NUL) as \u00XX, bidirectional controls (U+202A-U+202E,
// U+2066-U+2069) as \u202e and the like, bytes that are not UTF-8 as \xNN; the rest as is.
std::string escape_for_message(std::string_view text);

}  // namespace statecraft
