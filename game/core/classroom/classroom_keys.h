// Intents the classroom screens send, and the keyboard map that makes them from key presses, so
// a teacher (or a presenter clicker) can run a whole game without the mouse. Pure: no ImGui.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/classroom/classroom_game.h"

namespace statecraft {

enum class ClassroomAction {
    none,  // the key means nothing here
    start,
    select_team,  // team = index
    next_team,
    previous_team,
    press_option,  // option = index; team = index, or -1 for the selected team
    clear_answer,  // team = index, or -1 for the selected team
    lock,
    reveal,
    show_explanation,
    show_leaderboard,
    next,
    finish,
    advance,  // whatever comes next (see ClassroomGame::advance)
};
const char* to_string(ClassroomAction action);

// What a screen returns for a click or a key. The UI never changes the game itself.
struct ClassroomIntent {
    ClassroomAction action = ClassroomAction::none;
    int team = -1;
    int option = -1;
    bool operator==(const ClassroomIntent&) const = default;
};

// The keyboard map for the projector view:
//   a-z                  select team 1-26 (the keys 1-8 and Backspace then act on it)
//   Shift+a-z, or A-Z    select team 27-52 (so Shift+A-D reach teams 27-30)
//   Tab, Down            next team (wraps; after a single-answer key the next team is chosen)
//   Shift+Tab, Up        previous team
//   1-8, Numpad1-8       option 1-8 for the selected team: choices in order; true_false 1 True,
//                        2 False; teacher-marked questions 1 Right, 2 Wrong. On a "multiple"
//                        question the key toggles that choice.
//   Backspace, Delete    clear the selected team's answer
//   Space, Enter, Return, PageDown, Right    advance: start, lock, reveal, explanation,
//                        leaderboard, next question, podium (presenter clickers send
//                        PageDown or Right)
//   Shift+End            end the game now and show the podium (after answers lock)
//   anything else        none (PageUp and Left do nothing: a game does not go back)
// key is a key name (case-insensitive for names: "Space", "PageDown", "Numpad3") or a character
// ("a", "A", "3"). An upper-case letter counts as Shift+letter.
ClassroomIntent classroom_key_intent(std::string_view key, bool shift = false);

// Applies an intent to the game; team -1 means the selected team.
ClassroomOutcome apply_classroom_intent(ClassroomGame& game, const ClassroomIntent& intent,
                                        std::int64_t now_ms);

// The map above as (keys, what they do) lines, for the screen's help overlay.
std::vector<std::pair<std::string, std::string>> classroom_key_help();

}  // namespace statecraft
