#include "core/live/live_spread.h"

#include <algorithm>
#include <cmath>

namespace statecraft {

namespace {

// The value at fraction p of the sorted values (nearest rank).
double quantile(const std::vector<double>& sorted, double p) {
    const auto last = static_cast<double>(sorted.size() - 1);
    return sorted[static_cast<std::size_t>(std::lround(p * last))];
}

}  // namespace

LiveEstimateSpread estimate_spread(std::vector<double> values, int bins, std::optional<double> key,
                                   double margin) {
    LiveEstimateSpread s;
    s.key = key;
    s.margin = margin;
    s.count = static_cast<int>(values.size());
    if (values.empty() || bins < 1) return s;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.low = quantile(values, 0.05);
    s.high = quantile(values, 0.95);
    if (key) {
        s.low = std::min(s.low, *key - margin);
        s.high = std::max(s.high, *key + margin);
    }
    if (s.high - s.low <= 0) {  // every answer the same: one bar around it
        const double pad = std::max(1.0, std::fabs(s.low) * 0.05);
        s.low -= pad;
        s.high += pad;
    }
    s.bins.assign(bins, 0);
    const double width = (s.high - s.low) / bins;
    for (double v : values) {
        if (v < s.low) {
            ++s.below;
        } else if (v > s.high) {
            ++s.above;
        } else {
            const int at = std::min(bins - 1, static_cast<int>((v - s.low) / width));
            ++s.bins[at];
        }
    }
    return s;
}

void add_to_tally(LiveMatrixTally& tally, const std::vector<int>& cells) {
    if (tally.cells.size() < cells.size()) tally.cells.resize(cells.size(), {0, 0, 0});
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (cells[i] >= 0 && cells[i] <= 2) ++tally.cells[i][cells[i]];
    ++tally.voters;
}

}  // namespace statecraft
