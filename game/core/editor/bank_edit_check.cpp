// Whether an edit fits the bank as it is: every index in range, a known type, field or
// cell code. A refused edit says why in the words of the editor (rows counted from 1).
#include <cmath>

#include "core/bank/matrix_cells.h"
#include "core/editor/bank_edit.h"
#include "core/editor/bank_edit_lists.h"

namespace statecraft {

namespace {

EditResult refused(std::string why) {
    return {std::move(why)};
}

// "there is no question 8 (the bank has 5)": numbers as the editor shows them, from 1.
EditResult no_such(const char* what, int index, std::size_t size, const char* holder) {
    return refused(std::string("there is no ") + what + " " + std::to_string(index + 1) + " (" +
                   holder + " has " + std::to_string(size) + ")");
}

EditResult check_question(const Bank& b, int question) {
    if (edit_index_in_range(question, b.questions.size())) return {};
    return no_such("question", question, b.questions.size(), "the bank");
}

bool valid_type(QuestionType type) {
    return static_cast<int>(type) >= 0 && static_cast<int>(type) < kQuestionTypeCount;
}

bool is_question_list(EditList list) {
    return list >= EditList::choices && list <= EditList::rows;
}

const Question* question_at(const Bank& b, int question) {
    return edit_index_in_range(question, b.questions.size()) ? &b.questions[question] : nullptr;
}

// The list's length, or why it cannot be edited (an unknown list or question).
EditResult list_size(const Bank& b, EditList list, int question, std::size_t& size) {
    if (list < EditList::categories || list > EditList::rows) return refused("no such list");
    if (is_question_list(list))
        if (EditResult r = check_question(b, question); !r) return r;
    size = 0;
    with_edit_list(b, list, question, [&size](const auto& v) { size = v.size(); });
    return {};
}

EditResult check_item(const Bank& b, EditList list, int question, int item) {
    std::size_t size = 0;
    if (EditResult r = list_size(b, list, question, size); !r) return r;
    if (edit_index_in_range(item, size)) return {};
    return no_such(list_item_name(list), item, size, is_question_list(list) ? "it" : "the bank");
}

EditResult check_text(const Bank& b, const bank_edit::SetText& e) {
    switch (e.field) {
        case TextField::bank_title:
        case TextField::bank_id:
        case TextField::bank_description:
        case TextField::bank_language:
        case TextField::bank_authors:
        case TextField::source_title:
        case TextField::source_publisher:
        case TextField::source_date:
        case TextField::source_url:
            return {};
        case TextField::category_id:
        case TextField::category_title:
        case TextField::category_description:
            return check_item(b, EditList::categories, -1, e.item);
        case TextField::section_id:
        case TextField::section_heading:
        case TextField::section_text:
            return check_item(b, EditList::sections, -1, e.item);
        case TextField::question_id:
        case TextField::prompt:
        case TextField::explanation:
        case TextField::refs:
        case TextField::tags:
        case TextField::unit:
            return check_question(b, e.question);
        case TextField::choice_text:
        case TextField::choice_feedback:
            return check_item(b, EditList::choices, e.question, e.item);
        case TextField::pair_left:
        case TextField::pair_right:
            return check_item(b, EditList::pairs, e.question, e.item);
        case TextField::sequence_item:
            return check_item(b, EditList::sequence, e.question, e.item);
        case TextField::accepted_answer:
            return check_item(b, EditList::accept, e.question, e.item);
        case TextField::distractor:
            return check_item(b, EditList::distractors, e.question, e.item);
        case TextField::hypothesis:
            return check_item(b, EditList::columns, e.question, e.item);
        case TextField::evidence_text:
        case TextField::evidence_explanation:
            return check_item(b, EditList::rows, e.question, e.item);
    }
    return refused("no such field");
}

EditResult check_number(const Bank& b, const bank_edit::SetNumber& e) {
    if (EditResult r = check_question(b, e.question); !r) return r;
    if (!std::isfinite(e.value)) return refused("not a number");
    switch (e.field) {
        case NumberField::difficulty:
        case NumberField::time_limit_s:
            if (e.value != std::trunc(e.value) || std::abs(e.value) > 1e9)
                return refused("not a whole number");
            return {};
        case NumberField::value:
        case NumberField::margin:
        case NumberField::tolerance:
            return {};
    }
    return refused("no such number");
}

// Whether an edit fits the bank as it is; one overload per kind.
struct Check {
    const Bank& b;

    EditResult operator()(const bank_edit::SetText& e) const { return check_text(b, e); }
    EditResult operator()(const bank_edit::SetNumber& e) const { return check_number(b, e); }
    EditResult operator()(const bank_edit::SetFlag& e) const {
        if (e.field < FlagField::fixed_order || e.field > FlagField::answer)
            return refused("no such setting");
        return check_question(b, e.question);
    }
    EditResult operator()(const bank_edit::AddItem& e) const {
        if (e.list == EditList::questions) return refused("a new question needs its type");
        std::size_t size = 0;
        return list_size(b, e.list, e.question, size);
    }
    EditResult operator()(const bank_edit::RemoveItem& e) const {
        return check_item(b, e.list, e.question, e.item);
    }
    EditResult operator()(const bank_edit::MoveItem& e) const {
        if (EditResult r = check_item(b, e.list, e.question, e.from); !r) return r;
        if (EditResult r = check_item(b, e.list, e.question, e.to); !r) return r;
        if (e.from == e.to) return refused("a row cannot move to where it is");
        return {};
    }
    EditResult operator()(const bank_edit::AddQuestion& e) const {
        return valid_type(e.type) ? EditResult{} : refused("no such question type");
    }
    EditResult operator()(const bank_edit::DuplicateQuestion& e) const {
        return check_question(b, e.question);
    }
    EditResult operator()(const bank_edit::ChangeType& e) const {
        if (!valid_type(e.type)) return refused("no such question type");
        return check_question(b, e.question);
    }
    EditResult operator()(const bank_edit::SetCategory& e) const {
        if (!b.find_category(e.category)) return refused("there is no category " + e.category);
        return check_question(b, e.question);
    }
    EditResult operator()(const bank_edit::SetRight& e) const {
        return check_item(b, EditList::choices, e.question, e.choice);
    }
    EditResult operator()(const bank_edit::SetMatrixCell& e) const {
        if (EditResult r = check_item(b, EditList::rows, e.question, e.row); !r) return r;
        const MatrixRow& row = question_at(b, e.question)->rows[e.row];
        if (!edit_index_in_range(e.column, row.cells.size()))
            return no_such("cell", e.column, row.cells.size(), "the row");
        if (!is_matrix_cell_code(e.code)) return refused(e.code + " is not one of C, I, N, CC, II");
        return {};
    }
    EditResult operator()(const bank_edit::ReplaceBank&) const { return {}; }
};

}  // namespace

EditResult check_edit(const Bank& bank, const BankEdit& edit) {
    return std::visit(Check{bank}, edit);
}

}  // namespace statecraft
