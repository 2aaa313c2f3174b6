#include "core/live/live_pin_limiter.h"

#include "core/live/live_limits.h"

namespace statecraft {

void LivePinLimiter::forget_old(std::deque<std::int64_t>& tries, std::int64_t now_ms) const {
    while (!tries.empty() && now_ms - tries.front() >= kLivePinWindowMs) tries.pop_front();
}

bool LivePinLimiter::blocked(const std::string& address, std::int64_t now_ms) {
    const auto it = wrong_.find(address);
    if (it == wrong_.end()) return false;
    forget_old(it->second, now_ms);
    if (it->second.empty()) {
        wrong_.erase(it);
        return false;
    }
    return static_cast<int>(it->second.size()) >= kLivePinTriesPerWindow;
}

void LivePinLimiter::record_wrong(const std::string& address, std::int64_t now_ms) {
    std::deque<std::int64_t>& tries = wrong_[address];
    forget_old(tries, now_ms);
    tries.push_back(now_ms);
}

}  // namespace statecraft
