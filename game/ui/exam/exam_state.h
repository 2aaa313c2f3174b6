// The exam mode's state: its set-up, the running exam (over the quiz's session) and its view.
#pragma once

#include <optional>

#include "core/session/exam_session.h"

namespace statecraft {

struct ExamSetup {
    bool per_question = false;  // time per question (time_limit_s, else 60 s) instead of total
    int minutes = 10;           // whole exam
};

// The running exam's view: the question palette or the hand-in confirmation over the question.
struct ExamView {
    bool palette = false;          // the palette is shown instead of the question
    int palette_cursor = 0;        // the question the arrow keys are on
    bool confirm_hand_in = false;  // "Hand in now?" is asked
};

struct ExamState {
    ExamSetup setup;
    std::optional<ExamSession> run;  // over QuizState::session while its mode is exam
    ExamView view;
};

}  // namespace statecraft
