// Calendar days and time stamps without time-zone libraries: days are counted from
// 1970-01-01 (proleptic Gregorian), time stamps are Unix time in milliseconds.
#pragma once

#include <cstdint>
#include <string>

namespace statecraft::time {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

std::int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(std::int64_t days);

// The calendar day of a time stamp in UTC, and in this computer's time zone.
std::int64_t utc_day(std::int64_t unix_ms);
std::int64_t local_day(std::int64_t unix_ms);
// Local time minus UTC at that moment, from the OS (0 when it cannot tell).
std::int64_t local_utc_offset_ms(std::int64_t unix_ms);

// "2024-05-01".
std::string format_day(std::int64_t days);
// "2024-05-01T12:34:56.789Z" (ISO 8601, UTC).
std::string format_utc_iso8601(std::int64_t unix_ms);
// "2024-05-01 12:34" in local time, for people.
std::string format_local_minute(std::int64_t unix_ms);
// "20240501-123456" in local time, for file names.
std::string format_local_compact(std::int64_t unix_ms);

// The system clock, for production; tests inject their own.
std::int64_t system_now_ms();

}  // namespace statecraft::time
