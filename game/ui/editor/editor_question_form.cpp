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

// Runs f on question i if it still exists (an edit may outlive a removal).
template <typename F>
std::function<void(Bank&, const std::string&)> on_q(int i, F f) {
    return [i, f](Bank& b, const std::string& v) {
        if (i >= 0 && i < static_cast<int>(b.questions.size())) f(b.questions[i], v);
    };
}

}  // namespace

namespace {

void type_combo(Page& p, int i, const Question& q, const std::string& base) {
    field_label(p, "Type");
    focus_if_asked(p, base + "/type");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (!ImGui::BeginCombo("##type", type_label(q.type))) return;
    for (int t = 0; t < kQuestionTypeCount; ++t) {
        const auto type = static_cast<QuestionType>(t);
        if (ImGui::Selectable(type_label(type), type == q.type) && type != q.type)
            edit(p, std::string("Change type to ") + type_label(type), [i, type](Bank& b) {
                if (i < static_cast<int>(b.questions.size())) change_type(b.questions[i], type);
            });
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
        if (ImGui::Selectable((c.title + "##" + c.id).c_str(), c.id == q.category)) {
            std::string id = c.id;
            edit(p, "Change category", [i, id](Bank& b) {
                if (i < static_cast<int>(b.questions.size())) b.questions[i].category = id;
            });
        }
    }
    ImGui::EndCombo();
}

void difficulty_and_limit(Page& p, int i, const Question& q, const std::string& base) {
    field_label(p, "Difficulty");
    focus_if_asked(p, base + "/difficulty");
    int difficulty = q.difficulty;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::SliderInt("##difficulty", &difficulty, 1, 3))
        edit(
            p, "Change difficulty",
            [i, difficulty](Bank& b) {
                if (i < static_cast<int>(b.questions.size()))
                    b.questions[i].difficulty = difficulty;
            },
            base + "/difficulty");
    field_label(p, "Time limit");
    focus_if_asked(p, base + "/time_limit_s");
    int limit = q.time_limit_s.value_or(0);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    if (ImGui::InputInt("##limit", &limit, 5, 30))
        edit(
            p, "Change time limit",
            [i, limit](Bank& b) {
                if (i >= static_cast<int>(b.questions.size())) return;
                if (limit > 0) {
                    b.questions[i].time_limit_s = limit;
                } else {
                    b.questions[i].time_limit_s.reset();
                }
            },
            base + "/time_limit_s");
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
    text_field(p, "Id", base + "/id", q.id, on_q(i, [](Question& x, auto& v) { x.id = v; }));
    type_combo(p, i, q, base);
    category_combo(p, i, q, base);

    text_field(p, "Prompt", base + "/prompt", q.prompt,
               on_q(i, [](Question& x, auto& v) { x.prompt = v; }), true);
    question_items(p, i);
    ImGui::Spacing();
    text_field(p, "Explanation", base + "/explanation", q.explanation,
               on_q(i, [](Question& x, auto& v) { x.explanation = v; }), true);
    text_field(p, "Refs", base + "/refs", join_commas(q.refs),
               on_q(i, [](Question& x, auto& v) { x.refs = split_commas(v); }));
    text_field(p, "Tags", base + "/tags", join_commas(q.tags),
               on_q(i, [](Question& x, auto& v) { x.tags = split_commas(v); }));
    muted(p.look, "Refs: briefing section ids, separated by commas.");
    difficulty_and_limit(p, i, q, base);
}

}  // namespace statecraft::ui::editor
