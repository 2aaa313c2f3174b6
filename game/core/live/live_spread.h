// How the class answered an estimate or a matrix, for the projector after the lock: an
// estimate as a histogram of the numbers given, a matrix as a tally of the marks per cell.
// (Choice types and polls are counted per option by LiveGame::distribution.)
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace statecraft {

struct LiveEstimateSpread {
    std::vector<int> bins;  // counts over [low, high] in equal widths; empty: no answer
    double low = 0, high = 0;
    int below = 0, above = 0;  // answers outside [low, high] (the far tails), counted apart
    int count = 0;
    std::optional<double> median;
    // From the reveal on: the key and its full-credit band [key - margin, key + margin].
    std::optional<double> key;
    double margin = 0;
    std::string unit;
};

// The histogram of `values` (any order): its range is the 5th to 95th percentile of the
// answers, widened to include the key's band when `key` is given (after the reveal), so one
// wild guess cannot squash every other bar into one. Before the reveal the range says nothing
// of the key.
LiveEstimateSpread estimate_spread(std::vector<double> values, int bins,
                                   std::optional<double> key = std::nullopt, double margin = 0);

struct LiveMatrixTally {
    std::vector<std::string> columns, rows;
    std::vector<std::array<int, 3>> cells;  // row by row: how many marked C, I, N
    std::vector<int> key;                   // row by row 0..2 (C, I, N); from the reveal on
    int voters = 0;
};

// Adds one answer's cells (row by row, codes 0..2, as checked by to_checked_answer).
void add_to_tally(LiveMatrixTally& tally, const std::vector<int>& cells);

}  // namespace statecraft
