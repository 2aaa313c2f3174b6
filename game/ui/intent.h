// What the student asked for this frame. Screens return one; the app controller applies it.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "ui/classroom/classroom_command.h"
#include "ui/editor/editor_intent.h"
#include "ui/exam/exam_command.h"
#include "ui/live/live_command.h"
#include "ui/practice/practice_command.h"
#include "ui/progress/progress_command.h"
#include "ui/review/review_command.h"

namespace statecraft::intent {

// Home
struct SelectBank {
    int index = 0;
};
struct ToggleCategory {
    std::string id;
};
struct SetAllCategories {
    bool on = true;
};
struct SetQuestionCount {
    int count = 10;
};
struct SetShuffle {
    bool on = true;
};
struct StartQuiz {};
// Anywhere
struct OpenBriefing {
    std::string section_id;
};               // empty: the top
struct Back {};  // Esc
struct GoHome {};
struct SetUiScale {
    float scale = 1.0f;
};
struct SetHighContrast {
    bool on = false;
};
struct Quit {};
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
                            // Home
                            intent::SelectBank, intent::ToggleCategory, intent::SetAllCategories,
                            intent::SetQuestionCount, intent::SetShuffle, intent::StartQuiz,
                            // anywhere
                            intent::OpenBriefing, intent::Back, intent::GoHome, intent::SetUiScale,
                            intent::SetHighContrast, intent::Quit,
                            // one alternative per mode that has its own commands
                            intent::Progress, intent::Practice, intent::Review, intent::Exam,
                            intent::Classroom, intent::Live, intent::Editor>;

inline bool has_intent(const Intent& i) {
    return !std::holds_alternative<std::monostate>(i);
}

}  // namespace statecraft
