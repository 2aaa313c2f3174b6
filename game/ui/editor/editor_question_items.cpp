// The type's own part of a question: choices (mark the right ones), true or false, pairs and
// distractors, items in order, accepted answers. Rows can be added, removed and reordered.

#include "core/editor/question_edit.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

// The question at i if it still exists.
Question* at(Bank& b, int i) {
    return i >= 0 && i < static_cast<int>(b.questions.size()) ? &b.questions[i] : nullptr;
}

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
        edit(p, "Change choice order", [qi, fixed](Bank& b) {
            if (Question* x = at(b, qi)) x->fixed_order = fixed;
        });
}

void choices(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    const std::string base = "questions/" + std::to_string(qi) + "/choices";
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
        const std::string key = base + "/" + std::to_string(k);
        focus_if_asked(p, key + "/correct");
        ImGui::BeginDisabled(poll);
        const bool toggled = ImGui::Checkbox("##right", &right);
        ImGui::EndDisabled();
        if (toggled)
            edit(p, right ? "Mark right" : "Mark wrong", [qi, k, right, single](Bank& b) {
                Question* x = at(b, qi);
                if (!x || k >= static_cast<int>(x->choices.size())) return;
                if (single && right)
                    for (Choice& other : x->choices) other.correct = false;
                x->choices[k].correct = right;
            });
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Right answer");
        ImGui::SameLine();
        const float check_w = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
        bare_text_field(
            p, "choice text", key + "/text", c.text,
            [qi, k](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>(x->choices.size())) x->choices[k].text = v;
            },
            field_width());
        ImGui::SameLine();
        row_controls(
            p, k, n, "choice",
            [qi](Bank& b, int from, int to) {
                if (Question* x = at(b, qi)) util::move_in(x->choices, from, to);
            },
            [qi](Bank& b, int i) {
                if (Question* x = at(b, qi)) util::erase_at(x->choices, i);
            });
        ImGui::Indent(check_w);
        bare_text_field(
            p, "feedback when chosen (optional)", key + "/feedback", c.feedback,
            [qi, k](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>(x->choices.size())) x->choices[k].feedback = v;
            },
            field_width());
        ImGui::Unindent(check_w);
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add choice"))
        edit(p, "Add choice", [qi](Bank& b) {
            Question* x = at(b, qi);
            if (!x) return;
            Choice c;
            c.id = unique_choice_id(*x);
            x->choices.push_back(std::move(c));
        });
    next_in_row(ImGui::GetFrameHeight() + ImGui::CalcTextSize(kKeepOrder).x +
                ImGui::GetStyle().ItemInnerSpacing.x);  // beside the button when it fits
    fixed_order_row(p, qi);
}

void true_false(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    field_label(p, "The statement is");
    for (bool value : {true, false}) {
        if (ImGui::RadioButton(value ? "True" : "False", q.answer == value) && q.answer != value)
            edit(p, "Change answer", [qi, value](Bank& b) {
                if (Question* x = at(b, qi)) x->answer = value;
            });
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

// A list of plain strings (items, accepted answers, distractors).
void string_list(Page& p, int qi, const char* what, const std::string& key,
                 const std::vector<std::string>& values, std::vector<std::string> Question::*member,
                 const char* hint) {
    const int n = static_cast<int>(values.size());
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(k);
        bare_text_field(
            p, hint, key + "/" + std::to_string(k), values[k],
            [qi, k, member](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>((x->*member).size())) (x->*member)[k] = v;
            },
            field_width());
        ImGui::SameLine();
        row_controls(
            p, k, n, what,
            [qi, member](Bank& b, int from, int to) {
                if (Question* x = at(b, qi)) util::move_in(x->*member, from, to);
            },
            [qi, member](Bank& b, int i) {
                if (Question* x = at(b, qi)) util::erase_at(x->*member, i);
            });
        ImGui::PopID();
    }
    const std::string add = std::string("+ Add ") + what + "##" + key;
    if (ImGui::Button(add.c_str()))
        edit(p, std::string("Add ") + what, [qi, member](Bank& b) {
            if (Question* x = at(b, qi)) (x->*member).emplace_back();
        });
}

void pairs(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    const std::string base = "questions/" + std::to_string(qi) + "/pairs";
    muted(p.look, "Pairs (left matches right; students see the right sides shuffled):");
    const int n = static_cast<int>(q.pairs.size());
    const float half = (field_width() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    for (int k = 0; k < n; ++k) {
        ImGui::PushID(k);
        const std::string key = base + "/" + std::to_string(k);
        bare_text_field(
            p, "left", key + "/left", q.pairs[k].left,
            [qi, k](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>(x->pairs.size())) x->pairs[k].left = v;
            },
            half);
        ImGui::SameLine();
        bare_text_field(
            p, "right", key + "/right", q.pairs[k].right,
            [qi, k](Bank& b, const std::string& v) {
                Question* x = at(b, qi);
                if (x && k < static_cast<int>(x->pairs.size())) x->pairs[k].right = v;
            },
            half);
        ImGui::SameLine();
        row_controls(
            p, k, n, "pair",
            [qi](Bank& b, int from, int to) {
                if (Question* x = at(b, qi)) util::move_in(x->pairs, from, to);
            },
            [qi](Bank& b, int i) {
                if (Question* x = at(b, qi)) util::erase_at(x->pairs, i);
            });
        ImGui::PopID();
    }
    if (ImGui::Button("+ Add pair"))
        edit(p, "Add pair", [qi](Bank& b) {
            if (Question* x = at(b, qi)) x->pairs.emplace_back();
        });
    muted(p.look, "Distractors (right-hand options that match nothing, optional):");
    string_list(p, qi, "distractor", "questions/" + std::to_string(qi) + "/distractors",
                q.distractors, &Question::distractors, "distractor");
}

}  // namespace

void question_items(Page& p, int qi) {
    const Question& q = p.bank.questions[qi];
    const std::string base = "questions/" + std::to_string(qi);
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
            string_list(p, qi, "item", base + "/sequence", q.sequence, &Question::sequence, "item");
            break;
        case QuestionType::short_answer: {
            muted(p.look, "Accepted answers (any of them is right):");
            string_list(p, qi, "answer", base + "/accept", q.accept, &Question::accept,
                        "accepted answer");
            bool cs = q.case_sensitive;
            if (ImGui::Checkbox("Case sensitive", &cs))
                edit(p, "Change case sensitivity", [qi, cs](Bank& b) {
                    if (Question* x = at(b, qi)) x->case_sensitive = cs;
                });
            bool ia = q.ignore_accents;
            if (ImGui::Checkbox("Ignore accents (Zurich = Z\xC3\xBCrich)", &ia))
                edit(p, "Change accent matching", [qi, ia](Bank& b) {
                    if (Question* x = at(b, qi)) x->ignore_accents = ia;
                });
            break;
        }
        case QuestionType::matrix:
            matrix_items(p, qi);
            break;
    }
}

}  // namespace statecraft::ui::editor
