// What the author asked for in the bank editor. Every change to the bank travels as an Edit
// (a BankEdit value, core/editor/bank_edit.h, the editor's document applies as one undoable
// step); the rest moves the selection, saves, asks about unsaved changes, or leaves.
#pragma once

#include <string>
#include <variant>

#include "core/bank/model.h"
#include "core/editor/bank_edit.h"

namespace statecraft {

// Which page of the editor is open; question pages carry the question's index.
enum class EditorPage { bank, briefing, categories, question };

enum class LeaveTo { home, quit, new_bank, open_selected };  // what waits behind a prompt
enum class PromptAnswer { save, discard, cancel };

}  // namespace statecraft

namespace statecraft::intent::editor {

struct Open {
    bool new_bank = false;  // else the bank selected on Home,
    int broken = -1;        // or this one of Home's banks with errors (to fix them)
};
struct Edit {
    BankEdit edit;             // its label (Undo/Redo) and merge key come from the edit itself
    int select_question = -1;  // after the edit (a question added or moved), else unchanged
};
struct Select {
    EditorPage page = EditorPage::bank;
    int question = -1;
};
struct Undo {};
struct Redo {};
struct Save {};
struct SaveCopy {};  // into the user's folder (shipped banks are read-only)
struct ToggleLint {};
struct Play {};
struct GoTo {
    std::string pointer;  // a diagnostic's JSON pointer
};
struct Leave {
    LeaveTo to = LeaveTo::home;
};
struct Answer {
    PromptAnswer answer = PromptAnswer::cancel;
};
struct Restore {
    bool restore = false;  // take the recovery copy, or delete it
};

using Action = std::variant<Open, Edit, Select, Undo, Redo, Save, SaveCopy, ToggleLint, Play, GoTo,
                            Leave, Answer, Restore>;

}  // namespace statecraft::intent::editor

namespace statecraft {
using EditorCommand = intent::editor::Action;  // as the other modes name theirs
}  // namespace statecraft

namespace statecraft::intent {
struct Editor {
    editor::Action action;
};
}  // namespace statecraft::intent
