// Editor edits as data (core/editor/bank_edit.h) on the shipped bank: every kind applied,
// described, undone and redone through the editor's document; every text field lands where
// its key (the validator's JSON pointer) says; bad indices and values refused with a reason
// and no change; typing in one field merges into one undo step.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/editor/bank_edit.h"
#include "core/editor/editable_bank.h"

using namespace statecraft;
namespace fs = std::filesystem;
namespace be = statecraft::bank_edit;

namespace {

const Bank& shipped() {
    static const LoadedBank loaded =
        load_bank_file(fs::path(STATECRAFT_SOURCE_DIR) / "questions/iran-russia-missiles.json");
    REQUIRE(loaded.ok());
    return loaded.bank;
}

// The first question of the type in the shipped bank (it has every type).
int first(QuestionType type) {
    const auto& qs = shipped().questions;
    for (int i = 0; i < static_cast<int>(qs.size()); ++i)
        if (qs[i].type == type) return i;
    FAIL("the shipped bank has no question of type " << to_string(type));
    return -1;
}

nlohmann::json as_json(const Bank& b) {
    return nlohmann::json::parse(to_json_text(b));
}

// A text field of each kind, on a question (and row) that has it: row 1 where there are rows.
be::SetText text_edit(TextField field, std::string text) {
    switch (field) {
        case TextField::category_id:
        case TextField::category_title:
        case TextField::category_description:
        case TextField::section_id:
        case TextField::section_heading:
        case TextField::section_text:
            return {field, -1, 1, std::move(text)};
        case TextField::choice_text:
        case TextField::choice_feedback:
            return {field, first(QuestionType::single), 1, std::move(text)};
        case TextField::pair_left:
        case TextField::pair_right:
        case TextField::distractor:
            return {field, first(QuestionType::matching), 0, std::move(text)};
        case TextField::sequence_item:
            return {field, first(QuestionType::ordering), 1, std::move(text)};
        case TextField::accepted_answer:
            return {field, first(QuestionType::short_answer), 1, std::move(text)};
        case TextField::unit:
            return {field, first(QuestionType::estimate), -1, std::move(text)};
        case TextField::hypothesis:
        case TextField::evidence_text:
        case TextField::evidence_explanation:
            return {field, first(QuestionType::matrix), 1, std::move(text)};
        default:
            return {field, first(QuestionType::single), -1, std::move(text)};
    }
}

bool is_comma_list(TextField field) {
    return field == TextField::bank_authors || field == TextField::refs || field == TextField::tags;
}

// Applies, checks, undoes (back to the very same file text) and redoes one edit.
void apply_undo_redo(const BankEdit& edit, const std::function<bool(const Bank&)>& applied) {
    INFO(describe(edit));
    EditableBank doc(shipped());
    const std::string before = to_json_text(doc.bank());
    const EditResult result = doc.apply(edit);
    INFO(result.error);
    REQUIRE(result.ok());
    CHECK(applied(doc.bank()));
    CHECK(doc.undo_label() == describe(edit));
    CHECK(to_json_text(doc.bank()) != before);
    REQUIRE(doc.undo());
    CHECK(to_json_text(doc.bank()) == before);
    CHECK(doc.redo_label() == describe(edit));
    REQUIRE(doc.redo());
    CHECK(applied(doc.bank()));
}

}  // namespace

TEST_CASE("bank edit: every text field lands at its key, and undo takes it back") {
    for (int f = 0; f <= static_cast<int>(TextField::evidence_explanation); ++f) {
        const auto field = static_cast<TextField>(f);
        const be::SetText edit = text_edit(field, "Edited, twice");
        const std::string pointer = "/" + merge_key(edit);
        CHECK(pointer == "/" + text_field_key(field, edit.question, edit.item));
        apply_undo_redo(edit, [&](const Bank& b) {
            const nlohmann::json at = as_json(b).at(nlohmann::json::json_pointer(pointer));
            if (is_comma_list(field)) return at == nlohmann::json::array({"Edited", "twice"});
            return at == "Edited, twice";
        });
    }
}

TEST_CASE("bank edit: renaming a category renames it in its questions") {
    const std::string old = shipped().categories[0].id;
    const auto uses = [](const Bank& b, const std::string& id) {
        return std::count_if(b.questions.begin(), b.questions.end(),
                             [&](const Question& x) { return x.category == id; });
    };
    const auto count = uses(shipped(), old);
    REQUIRE(count > 0);
    apply_undo_redo(be::SetText{TextField::category_id, -1, 0, "renamed"}, [&](const Bank& b) {
        return uses(b, "renamed") == count && uses(b, old) == 0;
    });
}

TEST_CASE("bank edit: numbers, flags, the category, the key and the matrix cells") {
    const int single = first(QuestionType::single), estimate = first(QuestionType::estimate);
    const int other = (shipped().questions[single].difficulty % 3) + 1;
    apply_undo_redo(be::SetNumber{NumberField::difficulty, single, double(other)},
                    [&](const Bank& b) { return b.questions[single].difficulty == other; });
    apply_undo_redo(be::SetNumber{NumberField::time_limit_s, single, 45},
                    [&](const Bank& b) { return b.questions[single].time_limit_s == 45; });
    apply_undo_redo(be::SetNumber{NumberField::value, estimate, 123.5},
                    [&](const Bank& b) { return b.questions[estimate].value == 123.5; });
    apply_undo_redo(be::SetNumber{NumberField::margin, estimate, 7},
                    [&](const Bank& b) { return b.questions[estimate].margin == 7; });
    apply_undo_redo(be::SetNumber{NumberField::tolerance, estimate, 150},
                    [&](const Bank& b) { return b.questions[estimate].tolerance == 150; });

    const Question& sq = shipped().questions[single];
    apply_undo_redo(
        be::SetFlag{FlagField::fixed_order, single, !sq.fixed_order},
        [&](const Bank& b) { return b.questions[single].fixed_order != sq.fixed_order; });
    const int tf = first(QuestionType::true_false);
    const bool answer = shipped().questions[tf].answer;
    apply_undo_redo(be::SetFlag{FlagField::answer, tf, !answer},
                    [&](const Bank& b) { return b.questions[tf].answer != answer; });
    const int sa = first(QuestionType::short_answer);
    const Question& saq = shipped().questions[sa];
    apply_undo_redo(
        be::SetFlag{FlagField::case_sensitive, sa, !saq.case_sensitive},
        [&](const Bank& b) { return b.questions[sa].case_sensitive != saq.case_sensitive; });
    apply_undo_redo(
        be::SetFlag{FlagField::ignore_accents, sa, !saq.ignore_accents},
        [&](const Bank& b) { return b.questions[sa].ignore_accents != saq.ignore_accents; });

    const std::string category = shipped().categories.back().id;
    REQUIRE(sq.category != category);
    apply_undo_redo(be::SetCategory{single, category},
                    [&](const Bank& b) { return b.questions[single].category == category; });

    // Marking a wrong choice right in a single-choice question leaves it the only right one.
    int wrong = 0;
    while (sq.choices[wrong].correct) ++wrong;
    apply_undo_redo(be::SetRight{single, wrong, true}, [&](const Bank& b) {
        const auto& cs = b.questions[single].choices;
        return cs[wrong].correct &&
               std::count_if(cs.begin(), cs.end(), [](const Choice& c) { return c.correct; }) == 1;
    });

    const int matrix = first(QuestionType::matrix);
    const std::string code = shipped().questions[matrix].rows[1].cells[2] == "CC" ? "II" : "CC";
    apply_undo_redo(be::SetMatrixCell{matrix, 1, 2, code},
                    [&](const Bank& b) { return b.questions[matrix].rows[1].cells[2] == code; });
}

TEST_CASE("bank edit: rows added, removed and moved in every list") {
    struct ListCase {
        EditList list;
        int question;
    };
    const ListCase lists[] = {
        {EditList::categories, -1},
        {EditList::sections, -1},
        {EditList::questions, -1},
        {EditList::choices, first(QuestionType::multiple)},
        {EditList::pairs, first(QuestionType::matching)},
        {EditList::sequence, first(QuestionType::ordering)},
        {EditList::accept, first(QuestionType::short_answer)},
        {EditList::distractors, first(QuestionType::matching)},
        {EditList::columns, first(QuestionType::matrix)},
        {EditList::rows, first(QuestionType::matrix)},
    };
    // The list's rows as JSON text, so every list compares the same way.
    const auto rows = [](const Bank& b, EditList list, int question) {
        const nlohmann::json j = as_json(b);
        const nlohmann::json::json_pointer at("/" + list_key(list, question));
        return j.contains(at) ? j.at(at) : nlohmann::json::array();  // an empty list is left out
    };
    for (const ListCase& c : lists) {
        const nlohmann::json before = rows(shipped(), c.list, c.question);
        INFO(list_key(c.list, c.question));
        REQUIRE(!before.empty());
        if (c.list != EditList::questions)
            apply_undo_redo(be::AddItem{c.list, c.question}, [&](const Bank& b) {
                return rows(b, c.list, c.question).size() == before.size() + 1;
            });
        apply_undo_redo(be::RemoveItem{c.list, c.question, 0}, [&](const Bank& b) {
            const nlohmann::json now = rows(b, c.list, c.question);
            return now.size() == before.size() - 1 && (now.empty() || now[0] == before[1]);
        });
        if (before.size() < 2) continue;  // the shipped matching question has one distractor
        apply_undo_redo(be::MoveItem{c.list, c.question, 0, 1}, [&](const Bank& b) {
            const nlohmann::json now = rows(b, c.list, c.question);
            return now[0] == before[1] && now[1] == before[0];
        });
    }
}

TEST_CASE("bank edit: a hypothesis is added, moved and removed with its cells") {
    const int m = first(QuestionType::matrix);
    const Question& before = shipped().questions[m];
    const auto cells_fit = [m](const Bank& b) {
        const Question& x = b.questions[m];
        return std::all_of(x.rows.begin(), x.rows.end(),
                           [&](const MatrixRow& r) { return r.cells.size() == x.columns.size(); });
    };
    apply_undo_redo(be::AddItem{EditList::columns, m}, cells_fit);
    apply_undo_redo(be::RemoveItem{EditList::columns, m, 0}, [&](const Bank& b) {
        return cells_fit(b) && b.questions[m].rows[0].cells[0] == before.rows[0].cells[1];
    });
    apply_undo_redo(be::MoveItem{EditList::columns, m, 0, 2}, [&](const Bank& b) {
        const MatrixRow& row = b.questions[m].rows[0];
        return row.cells[2] == before.rows[0].cells[0] && row.cells[0] == before.rows[0].cells[1];
    });
}

TEST_CASE("bank edit: questions added of every type, duplicated, retyped; the bank replaced") {
    const std::size_t n = shipped().questions.size();
    for (int t = 0; t < kQuestionTypeCount; ++t)
        apply_undo_redo(be::AddQuestion{QuestionType(t)}, [&](const Bank& b) {
            return b.questions.size() == n + 1 && b.questions.back().type == QuestionType(t) &&
                   b.find_question(b.questions.back().id) == &b.questions.back();
        });
    const int single = first(QuestionType::single);
    apply_undo_redo(be::DuplicateQuestion{single}, [&](const Bank& b) {
        const Question &a = b.questions[single], &copy = b.questions[single + 1];
        return b.questions.size() == n + 1 && copy.prompt == a.prompt && copy.id != a.id;
    });
    apply_undo_redo(be::ChangeType{single, QuestionType::ordering}, [&](const Bank& b) {
        const Question& x = b.questions[single];
        return x.type == QuestionType::ordering && x.sequence.size() >= 3;
    });
    Bank other = shipped();
    other.title = "Another bank";
    apply_undo_redo(be::ReplaceBank{other},
                    [](const Bank& b) { return b.title == "Another bank"; });
}

TEST_CASE("bank edit: out-of-range indices and bad values are refused, with no change") {
    const int single = first(QuestionType::single), matrix = first(QuestionType::matrix);
    const std::size_t n = shipped().questions.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    struct Refusal {
        BankEdit edit;
        std::string why;
    };
    const Refusal refusals[] = {
        {be::SetText{TextField::prompt, 999, -1, "x"},
         "there is no question 1000 (the bank has " + std::to_string(n) + ")"},
        {be::SetText{TextField::prompt, -1, -1, "x"}, "there is no question 0"},
        {be::SetText{TextField::choice_text, single, 99, "x"}, "there is no choice 100"},
        {be::SetText{TextField::category_title, -1, 50, "x"}, "there is no category 51"},
        {be::SetText{static_cast<TextField>(99), -1, -1, "x"}, "no such field"},
        {be::RemoveItem{EditList::rows, matrix, 6}, "there is no evidence 7"},
        {be::RemoveItem{static_cast<EditList>(42), -1, 0}, "no such list"},
        {be::MoveItem{EditList::choices, single, 1, 1}, "cannot move to where it is"},
        {be::MoveItem{EditList::questions, -1, 0, static_cast<int>(n)}, "there is no question"},
        {be::AddItem{EditList::questions, -1}, "needs its type"},
        {be::AddItem{EditList::choices, 5000}, "there is no question 5001"},
        {be::AddQuestion{static_cast<QuestionType>(42)}, "no such question type"},
        {be::ChangeType{single, static_cast<QuestionType>(-1)}, "no such question type"},
        {be::DuplicateQuestion{static_cast<int>(n)}, "there is no question"},
        {be::SetCategory{single, "no-such-category"}, "there is no category no-such-category"},
        {be::SetRight{single, -1, true}, "there is no choice 0"},
        {be::SetMatrixCell{matrix, 0, 0, "X"}, "X is not one of C, I, N, CC, II"},
        {be::SetMatrixCell{matrix, 0, 40, "C"}, "there is no cell 41"},
        {be::SetNumber{NumberField::value, single, nan}, "not a number"},
        {be::SetNumber{NumberField::margin, single, INFINITY}, "not a number"},
        {be::SetNumber{NumberField::difficulty, single, 2.5}, "not a whole number"},
        {be::SetFlag{static_cast<FlagField>(9), single, true}, "no such setting"},
    };
    for (const Refusal& r : refusals) {
        EditableBank doc(shipped());
        const std::string before = to_json_text(doc.bank());
        const std::uint64_t revision = doc.revision();
        const EditResult result = doc.apply(r.edit);
        INFO(describe(r.edit) << ": " << result.error);
        CHECK_FALSE(result.ok());
        CHECK(result.error.find(r.why) != std::string::npos);
        CHECK(check_edit(doc.bank(), r.edit).error == result.error);
        CHECK_FALSE(doc.can_undo());
        CHECK(doc.revision() == revision);
        CHECK(to_json_text(doc.bank()) == before);
        Bank bank = shipped();
        CHECK_FALSE(apply_edit(bank, r.edit).ok());  // the free function refuses the same
    }
    // Sections need a source: a new bank has none.
    EditableBank fresh = EditableBank::create("fresh", "Fresh");
    CHECK(fresh.apply(be::SetText{TextField::section_text, -1, 0, "x"}).error ==
          "there is no section 1 (the bank has 0)");
    CHECK(fresh.apply(be::AddItem{EditList::sections}).ok());  // adding one makes the source
    CHECK(fresh.bank().source->sections.at(0).id == "section-1");
}

TEST_CASE("bank edit: typing in one field merges into one undo step; other edits do not") {
    EditableBank doc(shipped());
    const std::string prompt = doc.bank().questions[0].prompt;
    for (const char* text : {"W", "Wh", "Who?"})
        REQUIRE(doc.apply(be::SetText{TextField::prompt, 0, -1, text}));
    CHECK(merge_key(be::SetText{TextField::prompt, 0, -1, "x"}) == "questions/0/prompt");
    const int estimate = first(QuestionType::estimate);
    for (double v : {1.0, 12.0, 120.0})
        REQUIRE(doc.apply(be::SetNumber{NumberField::value, estimate, v}));
    CHECK(merge_key(be::SetNumber{NumberField::value, estimate, 1}) ==
          "questions/" + std::to_string(estimate) + "/value");
    REQUIRE(doc.apply(be::AddItem{EditList::choices, 0}));
    REQUIRE(doc.apply(be::AddItem{EditList::choices, 0}));
    CHECK(merge_key(be::AddItem{EditList::choices, 0}).empty());
    // Two additions, the number, the prompt: four steps.
    for (const char* label : {"Add choice", "Add choice", "Change Value", "Edit Prompt"}) {
        CHECK(doc.undo_label() == label);
        REQUIRE(doc.undo());
    }
    CHECK_FALSE(doc.can_undo());
    CHECK(doc.bank().questions[0].prompt == prompt);
}

TEST_CASE("bank edit: what Undo calls each edit") {
    CHECK(describe(be::SetText{TextField::choice_text, 0, 1, "x"}) == "Edit choice text");
    CHECK(describe(be::MoveItem{EditList::choices, 0, 1, 0}) == "Move choice up");
    CHECK(describe(be::MoveItem{EditList::questions, -1, 1, 2}) == "Move question down");
    CHECK(describe(be::RemoveItem{EditList::columns, 0, 1}) == "Remove hypothesis");
    CHECK(describe(be::AddItem{EditList::accept, 0}) == "Add answer");
    CHECK(describe(be::AddQuestion{QuestionType::matching}) == "Add question: Matching");
    CHECK(describe(be::ChangeType{0, QuestionType::matrix}) == "Change type to Evidence matrix");
    CHECK(describe(be::SetRight{0, 0, false}) == "Mark wrong");
    CHECK(describe(be::SetFlag{FlagField::ignore_accents, 0, true}) == "Change accent matching");
    CHECK(text_field_key(TextField::section_heading, -1, 2) == "source/sections/2/heading");
    CHECK(text_field_key(TextField::sequence_item, 4, 0) == "questions/4/sequence/0");
}
