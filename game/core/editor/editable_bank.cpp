#include "core/editor/editable_bank.h"

#include <charconv>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_reader.h"
#include "core/bank/bank_rules.h"
#include "core/bank/bank_writer.h"
#include "core/io/atomic_file.h"

namespace statecraft {

EditableBank EditableBank::create(std::string id, std::string title) {
    Bank bank;
    bank.id = std::move(id);
    bank.title = std::move(title);
    bank.categories.push_back({"general", "General", {}, {}});
    EditableBank doc(std::move(bank));
    doc.saved_state_ = UINT64_MAX;  // never saved: dirty from the start
    return doc;
}

std::optional<EditableBank> EditableBank::open(const std::filesystem::path& path,
                                               Diagnostics& diagnostics) {
    LoadedBank loaded = load_bank_file(path);
    diagnostics = loaded.diagnostics;
    // Errors with a line number are syntax errors (or an unreadable file): nothing to edit.
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Severity::error && d.pointer.empty()) return std::nullopt;
    return EditableBank(std::move(loaded.bank), path);
}

EditableBank::EditableBank(Bank bank, std::filesystem::path path)
    : bank_(std::move(bank)), path_(std::move(path)) {}

void EditableBank::set_state(std::uint64_t state) {
    state_ = state;
    ++revision_;
}

EditResult EditableBank::apply(const BankEdit& edit) {
    if (EditResult checked = check_edit(bank_, edit); !checked) return checked;
    std::string key = merge_key(edit);
    bool merge = !key.empty() && !undo_.empty() && undo_.back().merge_key == key && redo_.empty() &&
                 state_ != saved_state_;
    if (!merge) {
        undo_.push_back({describe(edit), std::move(key), bank_, state_});
        if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
    }
    redo_.clear();
    EditResult applied = apply_edit(bank_, edit);
    set_state(next_state_++);
    return applied;
}

bool EditableBank::undo() {
    if (undo_.empty()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({step.label, {}, std::move(bank_), state_});
    bank_ = std::move(step.bank);
    set_state(step.state);
    return true;
}

bool EditableBank::redo() {
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({step.label, {}, std::move(bank_), state_});
    bank_ = std::move(step.bank);
    set_state(step.state);
    return true;
}

const Diagnostics& EditableBank::diagnostics() const {
    if (checked_revision_ != revision_) {
        // The model checked directly, with the findings reading it back from the file would
        // give: no writing and parsing of the whole bank, and only the changed questions
        // checked again, on every keystroke.
        diagnostics_ = validation_.run(bank_);
        checked_revision_ = revision_;
    }
    return diagnostics_;
}

const std::vector<std::uint64_t>& EditableBank::fingerprints() const {
    diagnostics();
    return validation_.fingerprints();
}

bool EditableBank::valid() const {
    return !has_errors(diagnostics());
}

bool EditableBank::save(std::string& error) {
    if (path_.empty()) {
        error = "the bank has no file yet; choose where to save it";
        return false;
    }
    if (!save_bank_file(path_, bank_, error)) return false;
    saved_state_ = state_;
    // A later merge must not fold edits into a step that spans the save.
    if (!undo_.empty()) undo_.back().merge_key.clear();
    return true;
}

bool EditableBank::save_as(const std::filesystem::path& path, std::string& error) {
    std::filesystem::path old = path_;
    path_ = path;
    if (save(error)) return true;
    path_ = old;
    return false;
}

FieldLocation locate(std::string_view pointer) {
    std::vector<std::string_view> parts;
    while (!pointer.empty()) {
        if (pointer[0] == '/') pointer.remove_prefix(1);
        std::size_t slash = pointer.find('/');
        parts.push_back(pointer.substr(0, slash));
        pointer = slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash);
    }
    auto number = [](std::string_view s) {
        int n = -1;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        return ec == std::errc() && p == s.data() + s.size() ? n : -1;
    };
    FieldLocation at;
    std::size_t i = 0;
    if (i < parts.size()) at.section = std::string(parts[i++]);
    if (at.section == "source" && i < parts.size() && parts[i] == "sections") {
        at.field = "sections";
        ++i;
        if (i < parts.size()) at.item = number(parts[i++]);
        if (i < parts.size()) at.item_field = std::string(parts[i++]);
        return at;
    }
    if (i < parts.size() && number(parts[i]) >= 0) at.index = number(parts[i++]);
    if (i < parts.size()) at.field = std::string(parts[i++]);
    if (i < parts.size()) at.item = number(parts[i++]);
    if (i < parts.size()) at.item_field = std::string(parts[i++]);
    return at;
}

}  // namespace statecraft
