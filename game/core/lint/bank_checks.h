// The lint rules that look at the whole bank: patterns over many questions, refs, briefing
// sections, dates. They read the questions' profiles, so they cost a pass over summaries.
#pragma once

#include <vector>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"
#include "core/lint/question_profile.h"
#include "core/lint/source_copy.h"

namespace statecraft::lint {

using Profiles = std::vector<const QuestionProfile*>;

void warn(Diagnostics& out, const char* rule, std::string pointer, std::string message,
          std::string question_id = {});

void check_refs(const Bank& bank, Diagnostics& out);
void check_longest_share(const Profiles& at, Diagnostics& out);
void check_key_positions(const Profiles& at, Diagnostics& out);
void check_absolute_imbalance(const Profiles& at, Diagnostics& out);
void check_review_dates(const Bank& bank, const std::string& today, Diagnostics& out);
void check_briefing_copies(const Bank& bank, const SourceIndex& source, Diagnostics& out);

}  // namespace statecraft::lint
