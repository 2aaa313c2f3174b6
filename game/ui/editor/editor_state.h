// The bank editor's state, owned by the app controller like the rest of AppState: the document
// (with undo/redo and validation), what is selected, the pending prompt, the preview.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/bank/diagnostic.h"
#include "core/editor/editable_bank.h"
#include "core/editor/recovery.h"
#include "core/lint/lint.h"
#include "ui/editor/editor_intent.h"

namespace statecraft {

struct AppState;

// One question's item analysis as the editor shows it beside the question (plain text made by
// the app from the store: the count, then the figures and flags from 20 answers).
struct QuestionFigures {
    std::string line;                // "48 answers from 12 students: facility 0.62, ..."
    std::vector<std::string> flags;  // "negative discrimination: possibly miskeyed", ...
};

struct EditorState {
    std::shared_ptr<EditableBank> doc;         // null until a bank is opened
    std::shared_ptr<RecoveryWriter> recovery;  // writes the copy every minute while dirty
    bool read_only = false;                    // a shipped bank: saved as a copy
    EditorPage page = EditorPage::bank;
    int question = -1;  // selected question index
    // A field to focus once (from a clicked diagnostic): "prompt", "choices/1/text", ...
    std::string focus_field;
    int focus_generation = 0;
    std::optional<LeaveTo> prompt;       // "Save changes?" is showing
    int open_broken = -1;                // with LeaveTo::open_selected: Home's broken bank
    std::optional<Bank> recovery_offer;  // a recovery copy found when the bank opened
    bool show_lint = true;
    Diagnostics lint;  // lint of the current revision
    // Lints each revision incrementally (only the questions that changed are looked at again).
    std::shared_ptr<Linter> linter = std::make_shared<Linter>();
    std::string source_text;      // source.text_file, read when the bank opened (copy check)
    Diagnostics source_problems;  // why source.text_file could not be read
    std::shared_ptr<const AppState> preview;  // a one-question session of the selected question
    std::string message;                      // "Saved to ...", a save error
    // Item analysis of this computer's answers, by question id, read when the bank opened.
    std::unordered_map<std::string, QuestionFigures> figures;
};

// "choices/1/text" for a located pointer (what focus_field holds).
std::string focus_key(const FieldLocation& location);

}  // namespace statecraft
