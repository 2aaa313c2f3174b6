#include "support/review_log.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>
#include <unordered_map>

namespace statecraft::testing {
namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool read_int(std::string_view text, size_t pos, size_t len, int64_t& out) {
    if (pos + len > text.size()) return false;
    const char* first = text.data() + pos;
    const auto [end, ec] = std::from_chars(first, first + len, out);
    return ec == std::errc() && end == first + len;
}

std::vector<std::string_view> split(std::string_view line, char sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == sep) {
            out.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}
}  // namespace

std::string fsrs_fixture_path(std::string_view name) {
    return std::string(STATECRAFT_SHARED_DIR) + "/references/fixtures/fsrs/" + std::string(name);
}

std::optional<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<int64_t> parse_iso8601_ms(std::string_view t) {
    int64_t y, mo, d, h, mi, s;
    if (t.size() < 19 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' ||
        t[16] != ':' || !read_int(t, 0, 4, y) || !read_int(t, 5, 2, mo) || !read_int(t, 8, 2, d) ||
        !read_int(t, 11, 2, h) || !read_int(t, 14, 2, mi) || !read_int(t, 17, 2, s)) {
        return std::nullopt;
    }
    size_t pos = 19;
    int64_t ms = 0;
    if (pos < t.size() && t[pos] == '.') {
        int64_t scale = 100;
        for (++pos; pos < t.size() && t[pos] >= '0' && t[pos] <= '9'; ++pos) {
            ms += (t[pos] - '0') * scale;
            scale /= 10;
        }
    }
    int64_t offset_min = 0;
    if (pos < t.size() && (t[pos] == '+' || t[pos] == '-')) {
        int64_t oh, om;
        if (!read_int(t, pos + 1, 2, oh) || t.size() < pos + 6 || t[pos + 3] != ':' ||
            !read_int(t, pos + 4, 2, om)) {
            return std::nullopt;
        }
        offset_min = (t[pos] == '-' ? -1 : 1) * (oh * 60 + om);
        pos += 6;
    } else if (pos < t.size() && t[pos] == 'Z') {
        ++pos;
    }
    if (pos != t.size() || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) {
        return std::nullopt;
    }
    const int64_t seconds = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    return (seconds - offset_min * 60) * 1000 + ms;
}

std::optional<std::vector<ReviewLogRow>> parse_review_log(std::string_view csv,
                                                          std::string* error) {
    std::vector<ReviewLogRow> rows;
    size_t line_no = 0;
    const auto fail = [&](const std::string& why) {
        if (error) *error = "review log line " + std::to_string(line_no) + ": " + why;
        return std::nullopt;
    };
    size_t start = 0;
    while (start < csv.size()) {
        size_t end = csv.find('\n', start);
        if (end == std::string_view::npos) end = csv.size();
        std::string_view line = csv.substr(start, end - start);
        start = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        if (line_no == 1) {
            if (line != "card_id,review_rating,review_time,review_duration") {
                return fail("unexpected header '" + std::string(line) + "'");
            }
            continue;
        }
        const auto fields = split(line, ',');
        if (fields.size() != 4) return fail("expected 4 fields");
        ReviewLogRow row;
        row.card_id = std::string(fields[0]);
        int64_t rating = 0;
        if (!read_int(fields[1], 0, fields[1].size(), rating) || rating < 1 || rating > 4) {
            return fail("rating must be 1..4");
        }
        row.rating = static_cast<int>(rating);
        const auto time = parse_iso8601_ms(fields[2]);
        if (!time) return fail("bad time '" + std::string(fields[2]) + "'");
        row.time_ms = *time;
        // Durations may be empty in some exports; they play no part in the replay.
        if (!fields[3].empty() && !read_int(fields[3], 0, fields[3].size(), row.duration_ms)) {
            return fail("bad duration");
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

ReplayStats replay_review_log(const std::vector<ReviewLogRow>& rows,
                              const StudySettings& settings) {
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return rows[a].time_ms < rows[b].time_ms; });

    ReplayStats stats;
    std::unordered_map<std::string, CardState> cards;
    cards.reserve(rows.size());
    for (size_t i : order) {
        const ReviewLogRow& row = rows[i];
        CardState& card = cards[row.card_id];
        card = review(card, static_cast<Rating>(row.rating), row.time_ms, settings);
        ++stats.reviews;
        const double s = card.stability, d = card.difficulty;
        if (!std::isfinite(s) || !std::isfinite(d)) {
            ++stats.non_finite;
            continue;
        }
        if (s < fsrs::kMinStability || s > fsrs::kMaxStability || d < fsrs::kMinDifficulty ||
            d > fsrs::kMaxDifficulty) {
            ++stats.out_of_range;
        }
        if (card.due_ms <= row.time_ms) ++stats.due_before_review;
        stats.min_stability = std::min(stats.min_stability, s);
        stats.max_stability = std::max(stats.max_stability, s);
        stats.min_difficulty = std::min(stats.min_difficulty, d);
        stats.max_difficulty = std::max(stats.max_difficulty, d);
    }
    stats.cards = static_cast<int>(cards.size());
    return stats;
}

}  // namespace statecraft::testing
