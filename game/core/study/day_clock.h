// Study days. A study day starts at a rollover hour in the student's local time, as in Anki,
// so a review at 1 a.m. still belongs to the evening before. Times are milliseconds since the
// Unix epoch (UTC) and always come from the caller: nothing here reads a clock.
#pragma once

#include <cstdint>

namespace statecraft {

inline constexpr int64_t kMsPerSecond = 1'000;
inline constexpr int64_t kMsPerMinute = 60'000;
inline constexpr int64_t kMsPerHour = 3'600'000;
inline constexpr int64_t kMsPerDay = 86'400'000;

struct DayClock {
    int64_t utc_offset_ms = 0;  // local time minus UTC, read from the OS by the app
    int rollover_hour = 4;      // local hour (0..23) at which a new study day begins
};

// [start_ms, end_ms) of one study day, in UTC milliseconds.
struct DayWindow {
    int64_t start_ms = 0;
    int64_t end_ms = 0;
};

// The study day number of an instant (day 0 contains the epoch's rollover).
int64_t study_day(int64_t utc_ms, const DayClock& clock);
DayWindow day_window(int64_t day, const DayClock& clock);
inline DayWindow today_window(int64_t now_ms, const DayClock& clock) {
    return day_window(study_day(now_ms, clock), clock);
}

// Whole study days from one instant to a later one; 0 when `to` is earlier (clock set back).
int64_t days_between(int64_t from_ms, int64_t to_ms, const DayClock& clock);

}  // namespace statecraft
