// Applying an edit: checked first (bank_edit_check.cpp), so the changes below may index freely.
#include "core/editor/bank_edit.h"

#include "core/editor/bank_edit_lists.h"
#include "core/editor/comma_list.h"
#include "core/editor/matrix_edit.h"
#include "core/editor/question_edit.h"
#include "core/util/list_moves.h"

namespace statecraft {

namespace {

Source& source_of(Bank& b) {
    if (!b.source) b.source.emplace();
    return *b.source;
}

// Only after check_text: every index is in range.
void set_text(Bank& b, const bank_edit::SetText& e) {
    const std::string& v = e.text;
    auto q = [&]() -> Question& { return b.questions[e.question]; };
    auto category = [&]() -> Category& { return b.categories[e.item]; };
    auto section = [&]() -> Section& { return b.source->sections[e.item]; };
    switch (e.field) {
        case TextField::bank_title:
            b.title = v;
            break;
        case TextField::bank_id:
            b.id = v;
            break;
        case TextField::bank_description:
            b.description = v;
            break;
        case TextField::bank_language:
            b.language = v;
            break;
        case TextField::bank_authors:
            b.authors = split_commas(v);
            break;
        case TextField::source_title:
            source_of(b).title = v;
            break;
        case TextField::source_publisher:
            source_of(b).publisher = v;
            break;
        case TextField::source_date:
            source_of(b).date = v;
            break;
        case TextField::source_url:
            source_of(b).url = v;
            break;
        case TextField::category_id: {
            const std::string old = category().id;
            category().id = v;
            for (Question& x : b.questions)
                if (x.category == old) x.category = v;
            break;
        }
        case TextField::category_title:
            category().title = v;
            break;
        case TextField::category_description:
            category().description = v;
            break;
        case TextField::section_id:
            section().id = v;
            break;
        case TextField::section_heading:
            section().heading = v;
            break;
        case TextField::section_text:
            section().text = v;
            break;
        case TextField::question_id:
            q().id = v;
            break;
        case TextField::prompt:
            q().prompt = v;
            break;
        case TextField::explanation:
            q().explanation = v;
            break;
        case TextField::refs:
            q().refs = split_commas(v);
            break;
        case TextField::tags:
            q().tags = split_commas(v);
            break;
        case TextField::unit:
            q().unit = v;
            break;
        case TextField::choice_text:
            q().choices[e.item].text = v;
            break;
        case TextField::choice_feedback:
            q().choices[e.item].feedback = v;
            break;
        case TextField::pair_left:
            q().pairs[e.item].left = v;
            break;
        case TextField::pair_right:
            q().pairs[e.item].right = v;
            break;
        case TextField::sequence_item:
            q().sequence[e.item] = v;
            break;
        case TextField::accepted_answer:
            q().accept[e.item] = v;
            break;
        case TextField::distractor:
            q().distractors[e.item] = v;
            break;
        case TextField::hypothesis:
            q().columns[e.item] = v;
            break;
        case TextField::evidence_text:
            q().rows[e.item].text = v;
            break;
        case TextField::evidence_explanation:
            q().rows[e.item].explanation = v;
            break;
    }
}

void move_column(Question& q, int from, int to) {
    move_in(q.columns, from, to);
    for (MatrixRow& row : q.rows) {
        move_in(row.cells, from, to);
        if (!row.feedback.empty()) move_in(row.feedback, from, to);
    }
}

void add_item(Bank& b, const bank_edit::AddItem& e) {
    if (e.list == EditList::categories) {
        const std::string n = std::to_string(b.categories.size() + 1);
        Category c;
        c.id = "category-" + n;
        c.title = "Category " + n;
        b.categories.push_back(std::move(c));
        return;
    }
    if (e.list == EditList::sections) {
        Section s;
        s.id = "section-" + std::to_string(source_of(b).sections.size() + 1);
        b.source->sections.push_back(std::move(s));
        return;
    }
    Question& q = b.questions[e.question];
    switch (e.list) {
        case EditList::choices: {
            Choice c;
            c.id = unique_choice_id(q);
            q.choices.push_back(std::move(c));
            break;
        }
        case EditList::columns:
            add_matrix_column(q, "Hypothesis " + std::to_string(q.columns.size() + 1));
            break;
        case EditList::rows:
            add_matrix_row(q, "Evidence " + std::to_string(q.rows.size() + 1));
            break;
        default:
            with_edit_list(b, e.list, e.question, [](auto& v) { v.emplace_back(); });
            break;
    }
}

// Changes the bank; only after Check agreed, so every index is in range.
struct Apply {
    Bank& b;

    Question& q(int i) const { return b.questions[i]; }

    void operator()(const bank_edit::SetText& e) const { set_text(b, e); }
    void operator()(const bank_edit::SetNumber& e) const {
        Question& x = q(e.question);
        switch (e.field) {
            case NumberField::difficulty:
                x.difficulty = static_cast<int>(e.value);
                break;
            case NumberField::time_limit_s:
                if (e.value > 0)
                    x.time_limit_s = static_cast<int>(e.value);
                else
                    x.time_limit_s.reset();
                break;
            case NumberField::value:
                x.value = e.value;
                break;
            case NumberField::margin:
                x.margin = e.value;
                break;
            case NumberField::tolerance:
                x.tolerance = e.value;
                break;
        }
    }
    void operator()(const bank_edit::SetFlag& e) const {
        Question& x = q(e.question);
        switch (e.field) {
            case FlagField::fixed_order:
                x.fixed_order = e.on;
                break;
            case FlagField::case_sensitive:
                x.case_sensitive = e.on;
                break;
            case FlagField::ignore_accents:
                x.ignore_accents = e.on;
                break;
            case FlagField::answer:
                x.answer = e.on;
                break;
        }
    }
    void operator()(const bank_edit::AddItem& e) const { add_item(b, e); }
    void operator()(const bank_edit::RemoveItem& e) const {
        if (e.list == EditList::columns) {
            remove_matrix_column(q(e.question), static_cast<std::size_t>(e.item));
        } else if (e.list == EditList::rows) {
            remove_matrix_row(q(e.question), static_cast<std::size_t>(e.item));
        } else {
            with_edit_list(b, e.list, e.question, [&e](auto& v) { erase_at(v, e.item); });
        }
    }
    void operator()(const bank_edit::MoveItem& e) const {
        if (e.list == EditList::columns) {
            move_column(q(e.question), e.from, e.to);
        } else {
            with_edit_list(b, e.list, e.question, [&e](auto& v) { move_in(v, e.from, e.to); });
        }
    }
    void operator()(const bank_edit::AddQuestion& e) const {
        b.questions.push_back(new_question(b, e.type));
    }
    void operator()(const bank_edit::DuplicateQuestion& e) const {
        Question copy = q(e.question);
        copy.id = unique_question_id(b, copy.id);
        b.questions.insert(b.questions.begin() + e.question + 1, std::move(copy));
    }
    void operator()(const bank_edit::ChangeType& e) const { change_type(q(e.question), e.type); }
    void operator()(const bank_edit::SetCategory& e) const { q(e.question).category = e.category; }
    void operator()(const bank_edit::SetRight& e) const {
        Question& x = q(e.question);
        if (x.type == QuestionType::single && e.right)
            for (Choice& other : x.choices) other.correct = false;
        x.choices[e.choice].correct = e.right;
    }
    void operator()(const bank_edit::SetMatrixCell& e) const {
        q(e.question).rows[e.row].cells[e.column] = e.code;
    }
    void operator()(const bank_edit::ReplaceBank& e) const { b = e.bank; }
};

}  // namespace

EditResult apply_edit(Bank& bank, const BankEdit& edit) {
    EditResult result = check_edit(bank, edit);
    if (result) std::visit(Apply{bank}, edit);
    return result;
}

}  // namespace statecraft
