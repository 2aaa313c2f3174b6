#include "core/interop/gift_weights.h"

#include <cmath>
#include <cstdio>

namespace statecraft::gift {

namespace {

// Moodle writes thirds as 33.33333 %; anything within a hundredth of a percent is the same.
constexpr double kSameWeight = 1e-4;

std::string percent(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g %%", std::round(fraction * 10000) / 100);
    return buf;
}

std::string quoted(const std::string& text) {
    return "\"" + (text.size() > 40 ? text.substr(0, 40) + "..." : text) + "\"";
}

}  // namespace

double rule_weight(bool right, int right_count) {
    double share = 1.0 / (right_count > 0 ? right_count : 1);
    return right ? share : -share;
}

std::optional<std::string> multiple_weights_change(const std::vector<Answer>& answers) {
    int right = 0;
    for (const Answer& a : answers) right += a.weight > 0;
    bool same = true;
    std::string listed;
    for (const Answer& a : answers) {
        same = same && std::abs(a.weight - rule_weight(a.weight > 0, right)) < kSameWeight;
        listed += (listed.empty() ? "" : ", ") + quoted(a.text) + " " + percent(a.weight);
    }
    if (same) return std::nullopt;
    return "Moodle's weights (" + listed +
           ") are not kept: the answers with a positive weight become right and the others wrong, "
           "and each right pick now earns " +
           percent(rule_weight(true, right)) + " and each wrong pick costs " +
           percent(-rule_weight(false, right)) + " (the bank's rule for multiple answers)";
}

}  // namespace statecraft::gift
