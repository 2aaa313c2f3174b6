// Fills the Progress screen's figures from the score database with the same core functions
// `statecraft stats` uses (Store::progress_rows, compute_progress), plus calibration
// (core/study/calibration.h) over the profile's answers given with a confidence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ui/progress/progress_page.h"

namespace statecraft {

class Store;
struct Bank;

struct ProgressPageOptions {
    std::int64_t now_ms = 0;         // wall clock, Unix ms
    std::vector<const Bank*> banks;  // loaded now: category titles, older versions
    int sessions = 20;               // as `statecraft stats` (--sessions)
    int weakest = 10;                // as `statecraft stats` (--weakest)
    std::int64_t utc_offset_ms = 0;  // local time minus UTC, for study days of calibration
};

// Never throws; on a read failure page.error says why and the figures are empty.
ProgressPage load_progress_page(Store& store, const std::string& profile,
                                const ProgressPageOptions& options);

}  // namespace statecraft
