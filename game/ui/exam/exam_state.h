// The exam mode's set-up and the running exam's view (the ExamSession itself is in AppState).
#pragma once

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

}  // namespace statecraft
