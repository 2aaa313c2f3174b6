// What the running exam asks for besides answering: moving between questions (skip, the
// question palette), flags, and the hand-in confirmation. The app controller carries them out
// (app/modes/exam/exam_controller.cpp).
#pragma once

#include <variant>

namespace statecraft::exam_cmd {

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
    std::variant<exam_cmd::GoTo, exam_cmd::Skip, exam_cmd::ToggleFlag, exam_cmd::ShowPalette,
                 exam_cmd::MovePaletteCursor, exam_cmd::AskHandIn, exam_cmd::CancelHandIn>;

}  // namespace statecraft
