// Item analysis of a bank's questions from a class's answers, as Moodle's quiz statistics:
// facility, discrimination (point-biserial and upper-lower 27 %), how often each option is
// chosen, and flags for likely problems. Pure: the rows come from the local store or the server.
//
// Definitions (every attempt is a response; a "student" is a profile, a server account or a
// classroom team):
//  - facility = mean score of the responses (partial credit counts), 0..1;
//  - a student's rest score for question i = their mean score over their responses to the
//    bank's OTHER questions (so the item does not correlate with itself); students with no
//    other responses are left out of discrimination;
//  - point-biserial = Pearson correlation, over the responses, between right (1) / not (0) and
//    the answering student's rest score; none when either side does not vary;
//  - upper-lower = share right in the top 27 % of the students who answered (by rest score,
//    ties by name) minus that in the bottom 27 % (at least one student each; needs two);
//  - flags, only with at least min_responses responses: negative discrimination (possibly
//    miskeyed), facility above 0.95 (too easy) or below 0.2 (too hard), a wrong option nobody
//    chose (single, multiple and true/false questions).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/bank/model.h"
#include "core/store/report_rows.h"

namespace statecraft {

struct OptionFigure {
    std::string id, text;
    bool correct = false;
    std::int64_t picks = 0;
    double share = 0;  // picks / responses
};

struct ItemFigures {
    std::string question_id, category, type;
    std::int64_t responses = 0, students = 0;
    double facility = 0;
    std::optional<double> point_biserial, upper_lower;
    std::vector<OptionFigure> options;  // single, multiple, true/false
    std::vector<std::string> flags;
};

struct ItemAnalysisOptions {
    std::int64_t min_responses = 20;  // fewer: figures shown, no flags
    double group_share = 0.27;
};

// Figures for every question of the bank that has responses, in bank order. Cells of questions
// the bank no longer has are ignored.
std::vector<ItemFigures> analyse_items(const Bank& bank, std::span<const ItemCell> cells,
                                       const ItemAnalysisOptions& options = {});

std::string item_analysis_text(const std::vector<ItemFigures>& items);
std::string item_analysis_json(const std::vector<ItemFigures>& items);
std::string item_analysis_csv(const std::vector<ItemFigures>& items);

}  // namespace statecraft
