#include "core/study/day_clock.h"

namespace statecraft {
namespace {
// Floor division, so instants before the epoch land on the right day.
int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

int64_t shift_ms(const DayClock& clock) {
    return clock.utc_offset_ms - static_cast<int64_t>(clock.rollover_hour) * kMsPerHour;
}
}  // namespace

int64_t study_day(int64_t utc_ms, const DayClock& clock) {
    return floor_div(utc_ms + shift_ms(clock), kMsPerDay);
}

DayWindow day_window(int64_t day, const DayClock& clock) {
    const int64_t start = day * kMsPerDay - shift_ms(clock);
    return {start, start + kMsPerDay};
}

int64_t days_between(int64_t from_ms, int64_t to_ms, const DayClock& clock) {
    const int64_t days = study_day(to_ms, clock) - study_day(from_ms, clock);
    return days > 0 ? days : 0;
}

}  // namespace statecraft
