#include "core/time/calendar.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace statecraft::time {

namespace {
constexpr std::int64_t kMsPerDay = 86'400'000;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

std::tm local_tm(std::int64_t unix_ms) {
    std::time_t seconds = static_cast<std::time_t>(floor_div(unix_ms, 1000));
    std::tm tm{};
    localtime_r(&seconds, &tm);
    return tm;
}
}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int64_t days_from_civil(const CivilDate& date) {
    std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    std::int64_t era = floor_div(y, 400);
    std::int64_t yoe = y - era * 400;
    std::int64_t mp = (date.month + 9) % 12;
    std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
    std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    std::int64_t era = floor_div(days, 146097);
    std::int64_t doe = days - era * 146097;
    std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    std::int64_t mp = (5 * doy + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

std::int64_t utc_day(std::int64_t unix_ms) {
    return floor_div(unix_ms, kMsPerDay);
}

std::int64_t local_day(std::int64_t unix_ms) {
    std::tm tm = local_tm(unix_ms);
    return days_from_civil({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
}

std::int64_t local_utc_offset_ms(std::int64_t unix_ms) {
    const std::time_t t = static_cast<std::time_t>(unix_ms / 1000);
    std::tm local{};
    if (!localtime_r(&t, &local)) return 0;
    return static_cast<std::int64_t>(local.tm_gmtoff) * 1000;
}

std::string format_day(std::int64_t days) {
    CivilDate d = civil_from_days(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string format_utc_iso8601(std::int64_t unix_ms) {
    std::int64_t days = utc_day(unix_ms);
    std::int64_t ms_of_day = unix_ms - days * kMsPerDay;
    CivilDate d = civil_from_days(days);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year, d.month, d.day,
                  static_cast<int>(ms_of_day / 3'600'000),
                  static_cast<int>(ms_of_day / 60'000 % 60),
                  static_cast<int>(ms_of_day / 1000 % 60), static_cast<int>(ms_of_day % 1000));
    return buf;
}

std::string format_local_minute(std::int64_t unix_ms) {
    std::tm tm = local_tm(unix_ms);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min);
    return buf;
}

std::string format_local_compact(std::int64_t unix_ms) {
    std::tm tm = local_tm(unix_ms);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d-%02d%02d%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

std::int64_t system_now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace statecraft::time
