// Sample states for --screenshot (and --screen): a quiz driven through the controller with
// the intents a student would send, so the picture shows real state, never a mock-up.
#pragma once

#include <string>

#include "app/app_controller.h"
#include "core/session/clock.h"
#include "core/store/store.h"

namespace statecraft {

struct SampleOptions {
    Screen screen = Screen::home;
    std::string question_id;  // practice: show this question (unshuffled quiz of the whole bank)
    bool submitted = false;   // practice: submit the sample answer to show the feedback
    bool answered = true;     // practice: give the shown question a (partly right) answer
    Store* store = nullptr;   // progress: the controller's store, for answers with confidence
};

// The wall clock of samples: 2026-03-02 10:00 UTC plus the sample clock.
inline constexpr std::int64_t kSampleWallMs = 1'772'445'600'000;

// Progress: quizzes on three days through the controller, answers with confidence written
// straight to the store (the practice screen does not ask for confidence yet), then the
// Progress screen. Nothing is seeded into a database that already has attempts.
std::string drive_to_progress_sample(AppController& controller, ManualClock& clock, Store* store);

// How good a sample answer is.
enum class SampleQuality { wrong, partial, right };

// The intents that give the current question a sample answer of that quality.
std::vector<Intent> sample_answer_intents(const AppState& state, SampleQuality quality);

// Drives the controller to the screen: home as is; practice on the second question (or the
// asked one) with a partial answer chosen; results after answering every question with a mix of
// right, partial and wrong answers; briefing opened from a question at its section. Returns an
// error message, or empty.
std::string drive_to_sample(AppController& controller, ManualClock& clock,
                            const SampleOptions& options);

// Classroom screens: set-up with six teams; the projector view on question 2 (or the asked
// question, teacher-marked types included) with three teams answered and 13 s left, or at its
// explanation step when options.submitted; the podium after a whole game (with the asked
// question in it). app/modes/classroom/classroom_sample.cpp.
std::string drive_to_classroom_sample(AppController& controller, ManualClock& clock,
                                      const SampleOptions& options);
// The live classroom's projector stages (app/modes/live/live_sample.cpp).
// With question_id (an estimate, poll or matrix of the selected bank): a real game on it.
std::string drive_to_live_sample(AppController& controller, Screen screen,
                                 const std::string& question_id = {});

}  // namespace statecraft
