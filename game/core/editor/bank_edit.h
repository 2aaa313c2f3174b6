// An edit of a bank as data (as Anki's undoable operations): the editor's screens build a
// BankEdit, the editor's document applies it as one undoable step, and undo, tests and the
// Undo button's label can read what it is. Every index is checked: an edit that no longer
// fits the bank (a row removed meanwhile, a bad index) is refused with a reason, never applied
// half-way.
#pragma once

#include <string>
#include <variant>

#include "core/bank/model.h"

namespace statecraft {

// Every text the editor edits. Bank fields ignore question and item; question fields need
// the question; list fields need the question (none for categories and sections) and item.
enum class TextField {
    bank_title,
    bank_id,
    bank_description,
    bank_language,
    bank_authors,  // authors: "a, b"
    source_title,
    source_publisher,
    source_date,
    source_url,
    category_id,
    category_title,
    category_description,  // item: the category (renaming an id
                           // renames it in the questions too)
    section_id,
    section_heading,
    section_text,  // item: the briefing section
    question_id,
    prompt,
    explanation,
    refs,
    tags,
    unit,  // refs, tags: "a, b"
    choice_text,
    choice_feedback,
    pair_left,
    pair_right,
    sequence_item,
    accepted_answer,
    distractor,
    hypothesis,
    evidence_text,
    evidence_explanation,
};

// The lists whose rows are added, removed and reordered.
enum class EditList {
    categories,
    sections,
    questions,  // of the bank
    choices,
    pairs,
    sequence,
    accept,
    distractors,
    columns,
    rows,  // of one question
};

// A question's numbers: difficulty and time limit (whole; a time limit of 0 is none) and an
// estimate's value, margin and tolerance.
enum class NumberField { difficulty, time_limit_s, value, margin, tolerance };

enum class FlagField { fixed_order, case_sensitive, ignore_accents, answer };  // answer: true_false

namespace bank_edit {

struct SetText {
    TextField field = TextField::bank_title;
    int question = -1;
    int item = -1;
    std::string text{};
};
struct SetNumber {
    NumberField field = NumberField::difficulty;
    int question = -1;
    double value = 0;
};
struct SetFlag {
    FlagField field = FlagField::fixed_order;
    int question = -1;
    bool on = false;
};
// A new row at the end: categories and sections with a numbered id, choices with a free id,
// hypotheses and evidence numbered with their cells, the rest empty. Questions: AddQuestion.
struct AddItem {
    EditList list = EditList::choices;
    int question = -1;
};
struct RemoveItem {  // a hypothesis goes with its cells
    EditList list = EditList::choices;
    int question = -1;
    int item = -1;
};
struct MoveItem {  // a hypothesis moves with its cells
    EditList list = EditList::choices;
    int question = -1;
    int from = -1, to = -1;
};
struct AddQuestion {  // at the end, ready to fill in (new_question)
    QuestionType type = QuestionType::single;
};
struct DuplicateQuestion {  // the copy (with a unique id) right after it
    int question = -1;
};
struct ChangeType {  // keeps what it can (change_type)
    int question = -1;
    QuestionType type = QuestionType::single;
};
struct SetCategory {
    int question = -1;
    std::string category{};
};
// Marks a choice right or wrong; marking one right in a single-choice question unmarks the rest.
struct SetRight {
    int question = -1;
    int choice = -1;
    bool right = false;
};
struct SetMatrixCell {  // one of C, I, N, CC, II
    int question = -1;
    int row = -1;
    int column = -1;
    std::string code{};
};
struct ReplaceBank {  // the whole bank (the recovery copy taken back)
    Bank bank{};
};

}  // namespace bank_edit

using BankEdit =
    std::variant<bank_edit::SetText, bank_edit::SetNumber, bank_edit::SetFlag, bank_edit::AddItem,
                 bank_edit::RemoveItem, bank_edit::MoveItem, bank_edit::AddQuestion,
                 bank_edit::DuplicateQuestion, bank_edit::ChangeType, bank_edit::SetCategory,
                 bank_edit::SetRight, bank_edit::SetMatrixCell, bank_edit::ReplaceBank>;

// Applied, or refused with why (the bank unchanged).
struct EditResult {
    std::string error;
    bool ok() const { return error.empty(); }
    explicit operator bool() const { return ok(); }
};

// Whether the edit fits the bank as it is (indices in range, a known type or cell code).
EditResult check_edit(const Bank& bank, const BankEdit& edit);
// Checks, then applies: a refused edit leaves the bank as it was.
EditResult apply_edit(Bank& bank, const BankEdit& edit);

// What Undo and Redo call it: "Edit Prompt", "Move choice up", "Change type to Matching".
std::string describe(const BankEdit& edit);
// Edits in a row with the same non-empty key become one undo step: the field's JSON pointer
// without its leading "/" ("questions/2/prompt") for texts and numbers, else "".
std::string merge_key(const BankEdit& edit);
// A list's JSON pointer the same way: "categories", "questions/2/choices".
std::string list_key(EditList list, int question);
// The same pointer for a text field: what the editor's widget is named by and a clicked
// diagnostic focuses.
std::string text_field_key(TextField field, int question, int item);

// "Single choice", "True or false", ...: the type as a teacher reads it (the file says "single").
const char* question_type_label(QuestionType type);
// "Prompt", "choice text", ...: the field's label (or hint) in the editor, as Undo names it.
const char* text_field_name(TextField field);
// "choice", "hypothesis", ...: one row of the list, as Undo and the row buttons name it.
const char* list_item_name(EditList list);

}  // namespace statecraft
