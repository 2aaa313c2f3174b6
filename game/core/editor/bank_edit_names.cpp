// What an edit is called (Undo's label), and which field it merges on: the JSON pointers the
// validator's diagnostics use, so a clicked error and a typed edit name the same field.
#include <iterator>

#include "core/editor/bank_edit.h"

namespace statecraft {

namespace {

enum class Scope { bank, source, category, section, question, question_item };

struct TextFieldInfo {
    const char* name;  // the editor's label or hint: "Edit <name>"
    Scope scope;
    EditList list;     // question_item: the list it is in
    const char* leaf;  // the pointer's last part ("" for a list of plain strings)
};

TextFieldInfo info(TextField field) {
    static constexpr TextFieldInfo kInfo[] = {
        {"Title", Scope::bank, EditList::questions, "title"},
        {"Id", Scope::bank, EditList::questions, "id"},
        {"Description", Scope::bank, EditList::questions, "description"},
        {"Language", Scope::bank, EditList::questions, "language"},
        {"Authors", Scope::bank, EditList::questions, "authors"},
        {"Title", Scope::source, EditList::questions, "title"},
        {"Publisher", Scope::source, EditList::questions, "publisher"},
        {"Date", Scope::source, EditList::questions, "date"},
        {"URL", Scope::source, EditList::questions, "url"},
        {"Id", Scope::category, EditList::categories, "id"},
        {"Title", Scope::category, EditList::categories, "title"},
        {"Description", Scope::category, EditList::categories, "description"},
        {"Id", Scope::section, EditList::sections, "id"},
        {"Heading", Scope::section, EditList::sections, "heading"},
        {"Text", Scope::section, EditList::sections, "text"},
        {"Id", Scope::question, EditList::questions, "id"},
        {"Prompt", Scope::question, EditList::questions, "prompt"},
        {"Explanation", Scope::question, EditList::questions, "explanation"},
        {"Refs", Scope::question, EditList::questions, "refs"},
        {"Tags", Scope::question, EditList::questions, "tags"},
        {"Unit", Scope::question, EditList::questions, "unit"},
        {"choice text", Scope::question_item, EditList::choices, "text"},
        {"feedback when chosen (optional)", Scope::question_item, EditList::choices, "feedback"},
        {"left", Scope::question_item, EditList::pairs, "left"},
        {"right", Scope::question_item, EditList::pairs, "right"},
        {"item", Scope::question_item, EditList::sequence, ""},
        {"accepted answer", Scope::question_item, EditList::accept, ""},
        {"distractor", Scope::question_item, EditList::distractors, ""},
        {"hypothesis", Scope::question_item, EditList::columns, ""},
        {"evidence", Scope::question_item, EditList::rows, "text"},
        {"why this row does or does not tell the readings apart", Scope::question_item,
         EditList::rows, "explanation"},
    };
    static_assert(std::size(kInfo) == static_cast<std::size_t>(TextField::evidence_explanation) + 1,
                  "a line per text field");
    const auto i = static_cast<std::size_t>(field);
    return i < std::size(kInfo) ? kInfo[i] : TextFieldInfo{"field", Scope::bank, {}, ""};
}

struct ListInfo {
    const char* item;  // one row, as Undo names it
    const char* path;  // its JSON name
};

ListInfo info(EditList list) {
    static constexpr ListInfo kInfo[] = {
        {"category", "categories"}, {"section", "source/sections"},
        {"question", "questions"},  {"choice", "choices"},
        {"pair", "pairs"},          {"item", "sequence"},
        {"answer", "accept"},       {"distractor", "distractors"},
        {"hypothesis", "columns"},  {"evidence", "rows"},
    };
    static_assert(std::size(kInfo) == static_cast<std::size_t>(EditList::rows) + 1,
                  "a line per list");
    const auto i = static_cast<std::size_t>(list);
    return i < std::size(kInfo) ? kInfo[i] : ListInfo{"row", ""};
}

std::string question_key(int question) {
    return "questions/" + std::to_string(question);
}

constexpr const char* kNumberKeys[] = {"difficulty", "time_limit_s", "value", "margin",
                                       "tolerance"};
constexpr const char* kNumberLabels[] = {"Change difficulty", "Change time limit", "Change Value",
                                         "Change Full marks within", "Change No marks beyond"};
constexpr const char* kFlagLabels[] = {"Change choice order", "Change case sensitivity",
                                       "Change accent matching", "Change answer"};

struct Describe {
    std::string operator()(const bank_edit::SetText& e) const {
        return std::string("Edit ") + text_field_name(e.field);
    }
    std::string operator()(const bank_edit::SetNumber& e) const {
        const auto i = static_cast<std::size_t>(e.field);
        return i < std::size(kNumberLabels) ? kNumberLabels[i] : "Change number";
    }
    std::string operator()(const bank_edit::SetFlag& e) const {
        const auto i = static_cast<std::size_t>(e.field);
        return i < std::size(kFlagLabels) ? kFlagLabels[i] : "Change setting";
    }
    std::string operator()(const bank_edit::AddItem& e) const {
        return std::string("Add ") + list_item_name(e.list);
    }
    std::string operator()(const bank_edit::RemoveItem& e) const {
        return std::string("Remove ") + list_item_name(e.list);
    }
    std::string operator()(const bank_edit::MoveItem& e) const {
        return std::string("Move ") + list_item_name(e.list) + (e.to < e.from ? " up" : " down");
    }
    std::string operator()(const bank_edit::AddQuestion& e) const {
        return std::string("Add question: ") + question_type_label(e.type);
    }
    std::string operator()(const bank_edit::DuplicateQuestion&) const {
        return "Duplicate question";
    }
    std::string operator()(const bank_edit::ChangeType& e) const {
        return std::string("Change type to ") + question_type_label(e.type);
    }
    std::string operator()(const bank_edit::SetCategory&) const { return "Change category"; }
    std::string operator()(const bank_edit::SetRight& e) const {
        return e.right ? "Mark right" : "Mark wrong";
    }
    std::string operator()(const bank_edit::SetMatrixCell&) const { return "Set cell"; }
    std::string operator()(const bank_edit::ReplaceBank&) const {
        return "Restore the recovery copy";
    }
};

}  // namespace

const char* text_field_name(TextField field) {
    return info(field).name;
}

const char* list_item_name(EditList list) {
    return info(list).item;
}

const char* question_type_label(QuestionType type) {
    static constexpr const char* kLabels[] = {
        "Single choice", "Multiple choice", "True or false", "Matching",       "Ordering",
        "Short answer",  "Estimate",        "Poll",          "Evidence matrix"};
    static_assert(std::size(kLabels) == kQuestionTypeCount, "a label per type");
    const int i = static_cast<int>(type);
    return i >= 0 && i < kQuestionTypeCount ? kLabels[i] : "Unknown type";
}

std::string list_key(EditList list, int question) {
    const char* path = info(list).path;
    return list < EditList::choices ? path : question_key(question) + "/" + path;
}

std::string text_field_key(TextField field, int question, int item) {
    const TextFieldInfo f = info(field);
    const std::string index = std::to_string(item);
    switch (f.scope) {
        case Scope::bank:
            return f.leaf;
        case Scope::source:
            return std::string("source/") + f.leaf;
        case Scope::question:
            return question_key(question) + "/" + f.leaf;
        case Scope::category:
        case Scope::section:
        case Scope::question_item: {
            std::string key = list_key(f.list, question) + "/" + index;
            return *f.leaf ? key + "/" + f.leaf : key;
        }
    }
    return {};
}

std::string describe(const BankEdit& edit) {
    return std::visit(Describe{}, edit);
}

std::string merge_key(const BankEdit& edit) {
    if (const auto* e = std::get_if<bank_edit::SetText>(&edit))
        return text_field_key(e->field, e->question, e->item);
    if (const auto* e = std::get_if<bank_edit::SetNumber>(&edit)) {
        const auto i = static_cast<std::size_t>(e->field);
        if (i < std::size(kNumberKeys)) return question_key(e->question) + "/" + kNumberKeys[i];
    }
    return {};
}

}  // namespace statecraft
