// The type's own part of a question: choices (mark the right ones), true or false, pairs and
// distractors, items in order, accepted answers. Rows can be added, removed and reordered.

#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

using bank_edit::SetText;

// A width for a text field that leaves room for the row controls (and extra on its left).
float field_width(float extra = 0) {
    return ImGui::GetContentRegionAvail().x - row_controls_width() - extra -
           ImGui::GetStyle().ItemSpacing.x;
}

// Students see choices shuffled; "fixed" keeps the written order (an ordered scale).
constexpr const char* kKeepOrder = "Keep this order (do not shuffle)";

void fixed_order_row(Page& p, int qi) {
    bool fixed = p.bank.questions[qi].fixed_order;
    if (ImGui::Checkbox(kKeepOrder, &fixed))
        edit(p, bank_edit::SetFlag{FlagField::fixed_order, qi, fixed});
}

void choices(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    const bool single = q.type == QuestionType::single;
    const bool poll = q.type == QuestionType::poll;
    muted(p.look, poll     ? "Choices (a poll has no right answer):"
                  : single ? "Choices (mark the one right answer):"
                           : "Choices (mark every right answer):");
    const int n = static_cast<int>(q.choices.size());
    for (int k = 0; k < n; ++k) {
        const Choice& c = q.choices[k];
        ImGui::PushID(k);
        bool right = c.correct;
        focus_if_asked(p, list_key(EditList::choices, qi) + "/" + std::to_string(k) + "/correct");
        ImGui::BeginDisabled(poll);
        const bool toggled = ImGui::Checkbox("##right", &right);
        ImGui::EndDisabled();
        if (toggled) edit(p, bank_edit::SetRight{qi, k, right});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Right answer");
        ImGui::SameLine();
        const float check_w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
        bare_text_field(p, SetText{TextField::choice_text, qi, k}, c.text, field_width());
        ImGui::SameLine();
        row_controls(p, k, n, EditList::choices, qi);
        ImGui::Indent(check_w);
        bare_text_field(p, SetText{TextField::choice_feedback, qi, k}, c.feedback, field_width());
        ImGui::Unindent(check_w);
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add choice")) edit(p, bank_edit::AddItem{EditList::choices, qi});
    next_in_row(ImGui::GetFrameHeight() + ImGui::CalcTextSize(kKeepOrder).x +
                ImGui::GetStyle().ItemInnerSpacing.x);  // beside the button when it fits
    fixed_order_row(p, qi);
}

void true_false(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    field_label(p, "The statement is");
    for (bool value : {true, false}) {
        if (ImGui::RadioButton(value ? "True" : "False", q.answer == value) && q.answer != value)
            edit(p, bank_edit::SetFlag{FlagField::answer, qi, value});
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

// A list of plain strings (items, accepted answers, distractors): field is its rows' text.
void string_list(Page& p, int qi, EditList list, TextField field,
                 const std::vector<std::string>& values) {
    const int n = static_cast<int>(values.size());
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(k);
        bare_text_field(p, SetText{field, qi, k}, values[k], field_width());
        ImGui::SameLine();
        row_controls(p, k, n, list, qi);
        ImGui::PopID();
    }
    const std::string add =
        std::string("+ Add ") + list_item_name(list) + "##" + list_key(list, qi);
    if (ImGui::Button(add.c_str())) edit(p, bank_edit::AddItem{list, qi});
}

void pairs(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    muted(p.look, "Pairs (left matches right; students see the right sides shuffled):");
    const int n = static_cast<int>(q.pairs.size());
    const float half = (field_width() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(k);
        bare_text_field(p, SetText{TextField::pair_left, qi, k}, q.pairs[k].left, half);
        ImGui::SameLine();
        bare_text_field(p, SetText{TextField::pair_right, qi, k}, q.pairs[k].right, half);
        ImGui::SameLine();
        row_controls(p, k, n, EditList::pairs, qi);
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add pair")) edit(p, bank_edit::AddItem{EditList::pairs, qi});
    muted(p.look, "Distractors (right-hand options that match nothing, optional):");
    string_list(p, qi, EditList::distractors, TextField::distractor, q.distractors);
}

}  // namespace

void question_items(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    ImGui::Spacing();
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::poll:
            choices(p, qi);
            break;
        case QuestionType::estimate:
            estimate_items(p, qi);
            break;
        case QuestionType::true_false:
            true_false(p, qi);
            break;
        case QuestionType::matching:
            pairs(p, qi);
            break;
        case QuestionType::ordering:
            muted(p.look,
                  "Items in the right order, first at the top (students see them shuffled):");
            string_list(p, qi, EditList::sequence, TextField::sequence_item, q.sequence);
            break;
        case QuestionType::short_answer: {
            muted(p.look, "Accepted answers (any of them is right):");
            string_list(p, qi, EditList::accept, TextField::accepted_answer, q.accept);
            bool cs = q.case_sensitive;
            if (ImGui::Checkbox("Case sensitive", &cs))
                edit(p, bank_edit::SetFlag{FlagField::case_sensitive, qi, cs});
            bool ia = q.ignore_accents;
            if (ImGui::Checkbox("Ignore accents (Zurich = Z\xC3\xBCrich)", &ia))
                edit(p, bank_edit::SetFlag{FlagField::ignore_accents, qi, ia});
            break;
        }
        case QuestionType::matrix:
            matrix_items(p, qi);
            break;
    }
}

}  // namespace statecraft::ui::editor
