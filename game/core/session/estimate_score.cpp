#include "core/session/estimate_score.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace statecraft {

double estimate_tolerance(const Question& q) {
    return std::max(q.margin, q.tolerance.value_or(q.margin));
}

double estimate_score(const Question& q, double given) {
    if (!q.value || !std::isfinite(given)) return 0.0;
    const double d = std::fabs(given - *q.value);
    const double tolerance = estimate_tolerance(q);
    if (d <= q.margin) return 1.0;
    if (d >= tolerance) return 0.0;
    return (tolerance - d) / (tolerance - q.margin);
}

std::optional<double> parse_estimate(std::string_view text) {
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',') {
            // "1,200": a thousands separator (three digits follow); "3,5" is refused, not 35.
            const bool group =
                i + 3 < text.size() && i > 0 &&
                std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
                std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
                std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
                (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
            if (!group) return std::nullopt;
            continue;
        }
        if (c == ' ' || c == '\t') {
            if (!digits.empty() && digits.back() != ' ') digits.push_back(' ');
            continue;
        }
        digits.push_back(c);
    }
    while (!digits.empty() && digits.back() == ' ') digits.pop_back();
    if (!digits.empty() && digits.front() == '+') digits.erase(0, 1);
    if (digits.empty() || digits.find(' ') != std::string::npos) return std::nullopt;
    double v = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(v) ||
        std::fabs(v) > kMaxEstimateMagnitude)
        return std::nullopt;
    return v;
}

std::string format_estimate(double number) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", number);
    return buffer;
}

std::string exact_number(double number) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number);
    return ec == std::errc() ? std::string(buffer, end) : format_estimate(number);
}

std::string describe_estimate_key(const Question& q) {
    if (!q.value) return {};
    const double v = *q.value;
    std::string out = format_estimate(v);
    if (!q.unit.empty()) out += " " + q.unit;
    const double tolerance = estimate_tolerance(q);
    if (q.margin <= 0 && tolerance <= 0) return out;
    auto range = [&](double d) { return format_estimate(v - d) + " to " + format_estimate(v + d); };
    out += q.margin > 0 ? " (full marks from " + range(q.margin)
                        : " (full marks for exactly " + format_estimate(v);
    if (tolerance > q.margin) out += ", some credit from " + range(tolerance);
    return out + ")";
}

}  // namespace statecraft
