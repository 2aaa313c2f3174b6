// What the student asked for this frame. Screens return one; the app controller applies it.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "ui/classroom/classroom_command.h"
#include "ui/editor/editor_intent.h"
#include "ui/exam/exam_command.h"
#include "ui/live/live_command.h"

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
struct ResumeQuiz {};
// Practice
struct ChooseChoice {
    std::string id;
};  // single: select it; multiple: toggle it
struct ChooseTruth {
    bool value = true;
};
struct SetMatch {
    int left = 0;
    std::string right;
};  // empty right clears the match
struct SetCursor {
    int index = 0;
};  // ordering item / matching row
struct MoveItem {
    int from = 0;
    int to = 0;
};  // ordering
struct SetText {
    std::string text;
};
struct SetMatrixCell {
    int row = 0;
    int column = 0;
    std::string mark;  // "C", "I", "N"; "" clears
};                     // matrix: also selects the next cell
struct Submit {
    std::optional<std::string> text;
};  // short answer: the text as typed
struct Next {};
struct OverrideAnswer {};  // "I was right" after a short answer marked wrong (self-study)
// Anywhere
struct OpenBriefing {
    std::string section_id;
};               // empty: the top
struct Back {};  // Esc
struct GoHome {};
struct RetryMissed {};
struct SetUiScale {
    float scale = 1.0f;
};
struct SetHighContrast {
    bool on = false;
};
struct Quit {};
// Study modes (review_screen.cpp, exam_screen.cpp)
struct OpenReview {};
struct SetNewCardsPerDay {
    int count = 20;
};
struct SetDesiredRetention {
    double retention = 0.9;
};
struct StartReview {
    int bank = 0;  // index into HomeState::banks
};
struct SetConfidence {
    int level = 0;  // 1 low, 2 medium, 3 high; 0 none
};
struct OpenExam {};
struct SetExamPerQuestion {
    bool on = false;
};
struct SetExamMinutes {
    int minutes = 10;
};
struct StartExam {};
struct HandIn {};  // hand in now (after the confirmation, or when time is up)
struct Exam {      // the running exam's palette, flags and confirmation (ui/exam/exam_command.h)
    ExamCommand command;
};
// Profiles and progress (score store)
struct ChooseProfile {
    std::string name;
};
struct CreateProfile {
    std::string name;
};
struct OpenProgress {};
struct PractiseWeakest {};  // a quiz of the Progress screen's weakest questions
struct RetryWrites {};      // try the score database again now
struct SyncNow {};          // send the profile to the school server, in the background
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

using Intent = std::variant<
    std::monostate, intent::SelectBank, intent::ToggleCategory, intent::SetAllCategories,
    intent::SetQuestionCount, intent::SetShuffle, intent::StartQuiz, intent::ResumeQuiz,
    intent::ChooseChoice, intent::ChooseTruth, intent::SetMatch, intent::SetCursor,
    intent::MoveItem, intent::SetText, intent::SetMatrixCell, intent::Submit, intent::Next,
    intent::OpenBriefing, intent::Back, intent::GoHome, intent::RetryMissed, intent::SetUiScale,
    intent::SetHighContrast, intent::Quit,
    // study modes
    intent::OpenReview, intent::SetNewCardsPerDay, intent::SetDesiredRetention, intent::StartReview,
    intent::SetConfidence, intent::OpenExam, intent::SetExamPerQuestion, intent::SetExamMinutes,
    intent::StartExam, intent::HandIn, intent::OverrideAnswer, intent::Exam,
    // profiles and progress
    intent::ChooseProfile, intent::CreateProfile, intent::OpenProgress, intent::PractiseWeakest,
    intent::RetryWrites, intent::SyncNow,
    // classroom
    intent::Classroom, intent::Live,
    // authoring
    intent::Editor>;

inline bool has_intent(const Intent& i) {
    return !std::holds_alternative<std::monostate>(i);
}

}  // namespace statecraft
