// What the student asked for this frame. Screens return one; the app controller applies it.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "ui/classroom/classroom_command.h"
#include "ui/editor/editor_intent.h"
#include "ui/exam/exam_command.h"
#include "ui/home/home_command.h"
#include "ui/live/live_command.h"
#include "ui/practice/practice_command.h"
#include "ui/progress/progress_command.h"
#include "ui/review/review_command.h"

namespace statecraft::intent {

// Home's choices, the window's settings, Quit, the briefing and Home (ui/home/home_command.h)
struct Home {
    HomeCommand command;
};
// Esc and the screens' Back buttons: what it means on each screen is its `back` in
// ui/screen_table.cpp (the app turns it into that screen's command).
struct Back {};
// The profiles and the Progress screen (ui/progress/progress_command.h)
struct Progress {
    ProgressCommand command;
};
// Practice and review answers (ui/practice/practice_command.h)
struct Practice {
    PracticeCommand command;
};
// The Review screen (ui/review/review_command.h)
struct Review {
    ReviewCommand command;
};
// The exam's set-up, palette, flags and hand-in (ui/exam/exam_command.h)
struct Exam {
    ExamCommand command;
};
// Classroom set-up and projector view (ui/classroom/classroom_command.h)
struct Classroom {
    ClassroomCommand command;
};
// The live classroom's projector view (ui/live/live_command.h)
struct Live {
    LiveCommand command;
};

}  // namespace statecraft::intent

namespace statecraft {

using Intent = std::variant<std::monostate,
                            // Esc, resolved by the screen table
                            intent::Back,
                            // one alternative per mode (each has its own commands)
                            intent::Home, intent::Progress, intent::Practice, intent::Review,
                            intent::Exam, intent::Classroom, intent::Live, intent::Editor>;

inline bool has_intent(const Intent& i) {
    return !std::holds_alternative<std::monostate>(i);
}

}  // namespace statecraft
