// Checking what a player types before the game keeps it: names, tokens, PINs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace statecraft {

// A player's name as the game stores and shows it: valid UTF-8 in NFC, control and format
// characters (Cc, Cf, line and paragraph separators) removed, spaces around trimmed and runs of
// space folded to one, at most kLiveNameMaxChars graphemes. Empty when nothing is left.
std::string clean_player_name(std::string_view typed);

// Exactly kLiveTokenHexDigits lowercase hex digits.
bool is_valid_player_token(std::string_view token);

// Exactly kLivePinDigits ASCII digits.
bool is_valid_pin(std::string_view pin);

}  // namespace statecraft
