// The review mode: the Review screen's rows (today's due and new cards per bank), the study
// settings, review sessions over the FSRS queue, and the card update after every practice or
// review answer.
#pragma once

#include "app/services.h"
#include "core/study/scheduler.h"
#include "ui/app_state.h"
#include "ui/review/review_command.h"

namespace statecraft {

void apply_review_command(AppState& state, const ReviewCommand& command, Services& services);

// The study settings in force: the state's retention and new cards per day, the local day.
StudySettings study_settings(const StudyState& study, const Services& services);
// The Review screen's rows, read from the store now.
void refresh_review_rows(AppState& state, Services& services);
// After a practice or review answer: the question's card, rated and saved in order with it.
void update_card_after_answer(AppState& state, Services& services);

}  // namespace statecraft
