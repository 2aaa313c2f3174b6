// What the bank editor shows beside a question: its item-analysis figures from this computer's
// answers (profiles and classroom games), and their flags once there are enough answers to
// mean something (ItemAnalysisOptions::min_responses, 20, as `statecraft report items`).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/stats/item_analysis.h"

namespace statecraft {

struct ItemFiguresSummary {
    std::string line;                // the count, then the figures when there are enough
    std::vector<std::string> flags;  // "negative discrimination: possibly miskeyed", ...
};

// figures: the question's, or null when nobody has answered it here.
ItemFiguresSummary summarise_item_figures(const ItemFigures* figures, std::int64_t min_responses);

// The figures of question_id among items, or null.
const ItemFigures* find_item_figures(const std::vector<ItemFigures>& items,
                                     const std::string& question_id);

}  // namespace statecraft
