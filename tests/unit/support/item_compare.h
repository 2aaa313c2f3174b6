// Checks that the item analysis cells the store reads (item totals plus the unfolded tail,
// item_totals.h) equal those of the query they replaced (every attempt of the bank scanned),
// cell by cell, and that the figures computed from both agree.
#pragma once

#include <filesystem>

#include "core/bank/model.h"
#include "core/store/store.h"

namespace statecraft::testing {

// Reads the store's cells and recomputes them from the file at db; CHECKs every cell (counts
// exactly, score sums to doctest::Approx) and every figure of analyse_items over the bank.
void expect_item_cells_agree(Store& store, const std::filesystem::path& db, const Bank& bank);

}  // namespace statecraft::testing
