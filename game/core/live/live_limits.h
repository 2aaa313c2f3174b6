// The limits of a live game, as documented in docs/live-protocol.md. One place, so the server,
// the game and the documentation agree.
#pragma once

#include <cstddef>
#include <cstdint>

namespace statecraft {

inline constexpr int kLiveProtocolVersion = 1;
inline constexpr std::size_t kLiveMaxMessageBytes = 4096;
inline constexpr int kLiveNameMaxChars = 24;
inline constexpr int kLiveShortAnswerMaxChars = 200;
inline constexpr int kLiveDefaultMaxPlayers = 300;
inline constexpr int kLiveMaxPlayersCap = 5000;
inline constexpr int kLivePinDigits = 6;
inline constexpr int kLiveTokenHexDigits = 32;  // 128 bits
inline constexpr int kLivePinTriesPerWindow = 5;
inline constexpr std::int64_t kLivePinWindowMs = 60'000;
inline constexpr int kLiveTopOnLeaderboard = 5;

}  // namespace statecraft
