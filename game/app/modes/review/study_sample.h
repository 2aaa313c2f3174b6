// Sample states of the study screens (--screen review, exam, exam-results), driven through
// the controller with the intents a student would send, on the screenshot's still clock,
// which then also serves as the wall clock (FSRS days).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "app/app_controller.h"
#include "core/session/clock.h"

namespace statecraft {

class Store;

// 2026-03-02 09:00 UTC: the still clock's start for screenshots, a Monday morning.
inline constexpr std::int64_t kSampleStartMs = 1'772'442'000'000;

bool is_study_screen(Screen screen);

// review: a first review of the selected bank, then a day and a half later the Review screen
// with the cards due; exam: an exam under way (two answers given, the third being chosen,
// the clock running); exam_results: that exam handed in when the time ran out.
std::string drive_to_study_sample(AppController& controller, ManualClock& clock, Screen screen);

}  // namespace statecraft
