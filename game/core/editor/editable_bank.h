// The document behind the bank editor: a bank, its file, undo/redo, a dirty flag and live
// validation with the same messages as `statecraft validate`. The editor screen edits only
// through apply(BankEdit), so every change is data and can be undone; nothing here knows of
// the UI.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"
#include "core/editor/bank_edit.h"
#include "core/editor/live_validation.h"

namespace statecraft {

class EditableBank {
  public:
    static constexpr std::size_t kMaxUndoSteps = 200;

    // A new bank: one category and no questions yet (so it does not validate until one is added).
    static EditableBank create(std::string id, std::string title);
    // Opens a bank file. A bank with rule errors opens (to be fixed); one whose JSON cannot be
    // read does not: nullopt, with the reasons in diagnostics.
    static std::optional<EditableBank> open(const std::filesystem::path& path,
                                            Diagnostics& diagnostics);

    explicit EditableBank(Bank bank, std::filesystem::path path = {});

    const Bank& bank() const { return bank_; }
    const std::filesystem::path& path() const { return path_; }

    // One undoable step, named describe(edit). Edits with the same non-empty merge_key(edit)
    // in a row (typing in one field) become one step, so undo takes back the whole edit, not
    // one letter. A refused edit (check_edit) changes nothing and leaves no step.
    EditResult apply(const BankEdit& edit);

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    std::string undo_label() const { return can_undo() ? undo_.back().label : std::string(); }
    std::string redo_label() const { return can_redo() ? redo_.back().label : std::string(); }
    bool undo();
    bool redo();

    // Changed since it was opened or last saved (undoing back to that state clears it).
    bool dirty() const { return state_ != saved_state_; }
    // Grows with every change, undo and redo: a cheap "has it changed since" for callers.
    std::uint64_t revision() const { return revision_; }

    // Validation of the bank as it would be saved (computed once per revision).
    const Diagnostics& diagnostics() const;
    bool valid() const;
    // question_fingerprint of each question, as of diagnostics() (for LintOptions).
    const std::vector<std::uint64_t>& fingerprints() const;

    // Writes atomically (temporary file, flush, rename); unknown fields are kept. A bank
    // with errors is saved too (work is never lost), which is why saving never refuses.
    bool save(std::string& error);
    bool save_as(const std::filesystem::path& path, std::string& error);

  private:
    struct Step {
        std::string label;
        std::string merge_key;
        Bank bank;
        std::uint64_t state = 0;
    };

    void set_state(std::uint64_t state);

    Bank bank_;
    std::filesystem::path path_;
    std::vector<Step> undo_, redo_;
    std::uint64_t state_ = 0, saved_state_ = 0, next_state_ = 1, revision_ = 0;
    mutable std::uint64_t checked_revision_ = UINT64_MAX;
    mutable Diagnostics diagnostics_;
    mutable LiveValidation validation_;
};

// Where a diagnostic's JSON pointer lands in the bank, so that clicking an error can open
// the field: "/questions/3/choices/1/text" -> question 3, field "choices", item 1, "text".
struct FieldLocation {
    std::string section;     // "questions", "categories", "source", or a top-level field
    int index = -1;          // question or category index, -1 for top-level fields
    std::string field;       // "prompt", "choices", ...
    int item = -1;           // choice, pair, item or section index, -1 when none
    std::string item_field;  // "text", "left", ...
};
FieldLocation locate(std::string_view pointer);

}  // namespace statecraft
