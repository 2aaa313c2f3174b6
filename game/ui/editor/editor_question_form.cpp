// The selected question's common fields: id, type (a change keeps what it can), category,
// prompt, explanation, refs, difficulty, tags, time limit; then the type's own items.
#include <iterator>
#include <string>

#include "core/editor/comma_list.h"
#include "core/editor/question_edit.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

void type_combo(Page& p, int i, const Question& q, const std::string& base) {
    field_label(p, "Type");
    focus_if_asked(p, base + "/type");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (!ImGui::BeginCombo("##type", question_type_label(q.type))) return;
    for (int t = 0; t < kQuestionTypeCount; ++t) {
        const auto type = static_cast<QuestionType>(t);
        if (ImGui::Selectable(question_type_label(type), type == q.type) && type != q.type)
            edit(p, bank_edit::ChangeType{i, type});
    }
    ImGui::EndCombo();
}

void category_combo(Page& p, int i, const Question& q, const std::string& base) {
    field_label(p, "Category");
    focus_if_asked(p, base + "/category");
    ImGui::SetNextItemWidth(-FLT_MIN);
    const Category* cat = p.bank.find_category(q.category);
    const std::string cat_label = cat ? cat->title : q.category + " (unknown)";
    if (!ImGui::BeginCombo("##category", cat_label.c_str())) return;
    for (const Category& c : p.bank.categories) {
        if (ImGui::Selectable((c.title + "##" + c.id).c_str(), c.id == q.category))
            edit(p, bank_edit::SetCategory{i, c.id});
    }
    ImGui::EndCombo();
}

void difficulty_and_limit(Page& p, int i, const Question& q, const std::string& base) {
    field_label(p, "Difficulty");
    focus_if_asked(p, base + "/difficulty");
    int difficulty = q.difficulty;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::SliderInt("##difficulty", &difficulty, 1, 3))
        edit(p, bank_edit::SetNumber{NumberField::difficulty, i, double(difficulty)});
    field_label(p, "Time limit");
    focus_if_asked(p, base + "/time_limit_s");
    int limit = q.time_limit_s.value_or(0);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputInt("##limit", &limit, 5, 30))
        edit(p, bank_edit::SetNumber{NumberField::time_limit_s, i, double(limit)});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    hint_if_fits(p.look, "seconds, 0 for none");
}

}  // namespace

void question_form(Page& p, int i) {
    const Question& q = p.bank.questions[i];
    const std::string base = "questions/" + std::to_string(i);
    text_in_font(p.look.heading, "Question " + std::to_string(i + 1));
    item_figures_panel(p, q);
    using bank_edit::SetText;
    text_field(p, SetText{TextField::question_id, i}, q.id);
    type_combo(p, i, q, base);
    category_combo(p, i, q, base);

    text_field(p, SetText{TextField::prompt, i}, q.prompt, true);
    question_items(p, i);
    ImGui::Spacing();
    text_field(p, SetText{TextField::explanation, i}, q.explanation, true);
    text_field(p, SetText{TextField::refs, i}, join_commas(q.refs));
    text_field(p, SetText{TextField::tags, i}, join_commas(q.tags));
    muted(p.look, "Refs: briefing section ids, separated by commas.");
    difficulty_and_limit(p, i, q, base);
}

}  // namespace statecraft::ui::editor
