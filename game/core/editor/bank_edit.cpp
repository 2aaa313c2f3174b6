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

// The string a text field of the bank, its source, a category or a section edits; nullptr for
// the fields set apart (authors: a comma list; a category id: renamed in the questions too).
std::string* bank_text(Bank& b, const bank_edit::SetText& e) {
    switch (e.field) {
        case TextField::bank_title:
            return &b.title;
        case TextField::bank_id:
            return &b.id;
        case TextField::bank_description:
            return &b.description;
        case TextField::bank_language:
            return &b.language;
        case TextField::source_title:
            return &source_of(b).title;
        case TextField::source_publisher:
            return &source_of(b).publisher;
        case TextField::source_date:
            return &source_of(b).date;
        case TextField::source_url:
            return &source_of(b).url;
        case TextField::category_title:
            return &b.categories[e.item].title;
        case TextField::category_description:
            return &b.categories[e.item].description;
        case TextField::section_id:
            return &b.source->sections[e.item].id;
        case TextField::section_heading:
            return &b.source->sections[e.item].heading;
        case TextField::section_text:
            return &b.source->sections[e.item].text;
        default:
            return nullptr;
    }
}

// The same for a question's fields and its rows' (refs and tags, comma lists, set apart).
std::string* question_text(Question& q, const bank_edit::SetText& e) {
    switch (e.field) {
        case TextField::question_id:
            return &q.id;
        case TextField::prompt:
            return &q.prompt;
        case TextField::explanation:
            return &q.explanation;
        case TextField::unit:
            return &q.unit;
        case TextField::choice_text:
            return &q.choices[e.item].text;
        case TextField::choice_feedback:
            return &q.choices[e.item].feedback;
        case TextField::pair_left:
            return &q.pairs[e.item].left;
        case TextField::pair_right:
            return &q.pairs[e.item].right;
        case TextField::sequence_item:
            return &q.sequence[e.item];
        case TextField::accepted_answer:
            return &q.accept[e.item];
        case TextField::distractor:
            return &q.distractors[e.item];
        case TextField::hypothesis:
            return &q.columns[e.item];
        case TextField::evidence_text:
            return &q.rows[e.item].text;
        case TextField::evidence_explanation:
            return &q.rows[e.item].explanation;
        default:
            return nullptr;
    }
}

// Only after check_text: every index is in range.
void set_text(Bank& b, const bank_edit::SetText& e) {
    const std::string& v = e.text;
    if (e.field == TextField::bank_authors) {
        b.authors = split_commas(v);
    } else if (e.field == TextField::category_id) {
        const std::string old = b.categories[e.item].id;
        b.categories[e.item].id = v;
        for (Question& x : b.questions)
            if (x.category == old) x.category = v;
    } else if (std::string* text = bank_text(b, e)) {
        *text = v;
    } else if (e.field == TextField::refs) {
        b.questions[e.question].refs = split_commas(v);
    } else if (e.field == TextField::tags) {
        b.questions[e.question].tags = split_commas(v);
    } else if (std::string* field = question_text(b.questions[e.question], e)) {
        *field = v;
    }
}

void move_column(Question& q, int from, int to) {
    util::move_in(q.columns, from, to);
    for (MatrixRow& row : q.rows) {
        util::move_in(row.cells, from, to);
        if (!row.feedback.empty()) util::move_in(row.feedback, from, to);
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
            with_edit_list(b, e.list, e.question, [&e](auto& v) { util::erase_at(v, e.item); });
        }
    }
    void operator()(const bank_edit::MoveItem& e) const {
        if (e.list == EditList::columns) {
            move_column(q(e.question), e.from, e.to);
        } else {
            with_edit_list(b, e.list, e.question,
                           [&e](auto& v) { util::move_in(v, e.from, e.to); });
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
