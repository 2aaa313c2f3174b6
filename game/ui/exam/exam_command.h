// What the exam screens ask for besides answering (the answer widgets send intent::Practice):
// the set-up, moving between questions (skip, the question palette), flags, the hand-in and its
// confirmation; sent as intent::Exam. The app applies them in app/modes/exam/exam_mode.cpp.
#pragma once

#include <variant>

namespace statecraft::exam_cmd {

struct Open {};  // Home: the exam set-up (or the running exam again)
struct SetPerQuestion {
    bool on = false;
};
struct SetMinutes {
    int minutes = 10;
};
struct Start {};
struct HandIn {};  // hand in now (after the confirmation, or when time is up)

struct GoTo {  // leave the current question (its draft is kept) and show question `index`
    int index = 0;
};
struct Skip {};        // S: the next open question
struct ToggleFlag {};  // F: flag the current question to come back to
struct ShowPalette {   // G: the question palette instead of the question
    bool on = true;
};
struct MovePaletteCursor {  // arrow keys in the palette
    int by = 0;
};
struct AskHandIn {};     // Esc or the button: ask first, saying how many are unanswered
struct CancelHandIn {};  // Esc again: back to the exam

}  // namespace statecraft::exam_cmd

namespace statecraft {

using ExamCommand =
    std::variant<exam_cmd::Open, exam_cmd::SetPerQuestion, exam_cmd::SetMinutes, exam_cmd::Start,
                 exam_cmd::HandIn, exam_cmd::GoTo, exam_cmd::Skip, exam_cmd::ToggleFlag,
                 exam_cmd::ShowPalette, exam_cmd::MovePaletteCursor, exam_cmd::AskHandIn,
                 exam_cmd::CancelHandIn>;

}  // namespace statecraft
