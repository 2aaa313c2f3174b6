// Time for sessions comes through this interface, so tests and replays control it.
#pragma once

#include <cstdint>

namespace statecraft {

class Clock {
  public:
    virtual ~Clock() = default;
    // Milliseconds since some fixed start; never goes backwards.
    virtual std::int64_t now_ms() const = 0;
};

// The real monotonic clock.
class SteadyClock final : public Clock {
  public:
    std::int64_t now_ms() const override;
};

// A clock that moves only when told to (tests, screenshots, benchmarks).
class ManualClock final : public Clock {
  public:
    explicit ManualClock(std::int64_t start_ms = 0) : now_(start_ms) {}
    std::int64_t now_ms() const override { return now_; }
    void advance(std::int64_t ms) { now_ += ms; }

  private:
    std::int64_t now_;
};

}  // namespace statecraft
