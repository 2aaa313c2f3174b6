// Checks that the Progress rows read from the totals and summary tables equal those recomputed
// from every attempt and session (the queries the summary replaced), field by field.
#pragma once

#include <string>

#include "core/store/store.h"

namespace statecraft::testing {

// Reads both and CHECKs every field: counts, ids, names and days exactly, sums of scores to
// doctest::Approx (the summary adds them in another order).
void expect_progress_agree(Store& store, const std::string& profile = "Ana");

}  // namespace statecraft::testing
