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
// An estimate's answer must be finite and within this of zero (no bank keys a larger number;
// it keeps the histogram's arithmetic far from overflow).
inline constexpr double kLiveEstimateMaxAbs = 1e12;
// Scale of an estimate's credit: the core's 0..1 score as an exact fraction right / this.
inline constexpr int kLiveEstimateCreditScale = 1000;
// Bars of an estimate's histogram on the projector.
inline constexpr int kLiveEstimateBins = 10;

}  // namespace statecraft
