// Wrong PIN tries per network address: after kLivePinTriesPerWindow wrong tries within
// kLivePinWindowMs, every join from that address is refused until the oldest try ages out.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>

namespace statecraft {

class LivePinLimiter {
  public:
    bool blocked(const std::string& address, std::int64_t now_ms);
    void record_wrong(const std::string& address, std::int64_t now_ms);

  private:
    void forget_old(std::deque<std::int64_t>& tries, std::int64_t now_ms) const;
    std::unordered_map<std::string, std::deque<std::int64_t>> wrong_;
};

}  // namespace statecraft
