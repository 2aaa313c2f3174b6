// What the student does while answering a practice or review question (and an exam's answer
// widgets, which are the same): one typed command each, sent as intent::Practice. The app
// applies them in app/modes/practice/practice_mode.cpp.
#pragma once

#include <optional>
#include <string>
#include <variant>

namespace statecraft::practice_cmd {

struct ChooseChoice {  // single: select it; multiple: toggle it
    std::string id;
};
struct ChooseTruth {
    bool value = true;
};
struct SetMatch {  // empty right clears the match
    int left = 0;
    std::string right;
};
struct SetCursor {  // ordering item / matching row / matrix cell
    int index = 0;
};
struct MoveItem {  // ordering
    int from = 0;
    int to = 0;
};
struct SetText {
    std::string text;
};
struct SetMatrixCell {  // matrix: also selects the next cell
    int row = 0;
    int column = 0;
    std::string mark;  // "C", "I", "N"; "" clears
};
struct Submit {  // short answer: the text as typed
    std::optional<std::string> text;
};
struct Next {};
struct OverrideAnswer {};  // "I was right" after a short answer marked wrong (self-study)
struct SetConfidence {
    int level = 0;  // 1 low, 2 medium, 3 high; 0 none
};
struct Resume {};       // Home: back to the unfinished quiz
struct RetryMissed {};  // results: a new session of the questions missed

}  // namespace statecraft::practice_cmd

namespace statecraft {

using PracticeCommand =
    std::variant<practice_cmd::ChooseChoice, practice_cmd::ChooseTruth, practice_cmd::SetMatch,
                 practice_cmd::SetCursor, practice_cmd::MoveItem, practice_cmd::SetText,
                 practice_cmd::SetMatrixCell, practice_cmd::Submit, practice_cmd::Next,
                 practice_cmd::OverrideAnswer, practice_cmd::SetConfidence, practice_cmd::Resume,
                 practice_cmd::RetryMissed>;

}  // namespace statecraft
