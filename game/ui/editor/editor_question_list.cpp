// The navigation column: the bank's pages, then every question (select, add, duplicate,
// remove, reorder).
#include <iterator>

#include "core/editor/question_edit.h"
#include "core/text/utf8.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

// One line: the longest start of text (whole graphemes) that fits with "..." after it.
std::string fit_one_line(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const float dots = ImGui::CalcTextSize("...").x;
    std::size_t fits = 0, too_long = text.size();
    while (too_long - fits > 1) {
        const std::size_t mid = (fits + too_long) / 2;
        if (ImGui::CalcTextSize(text.data(), text.data() + mid).x + dots <= width)
            fits = mid;
        else
            too_long = mid;
    }
    return std::string(cut_at_grapheme(text, fits)) + "...";
}

void select(Page& p, EditorPage page, int question = -1) {
    p.out = intent::Editor{intent::editor::Select{page, question}};
}

int errors_in_question(const Diagnostics& diags, int index) {
    const std::string prefix = "/questions/" + std::to_string(index);
    int n = 0;
    for (const Diagnostic& d : diags)
        if (d.severity == Severity::error && d.pointer.compare(0, prefix.size(), prefix) == 0 &&
            (d.pointer.size() == prefix.size() || d.pointer[prefix.size()] == '/'))
            ++n;
    return n;
}

}  // namespace

void question_list(Page& p) {
    const EditorState& s = p.state;
    if (ImGui::Selectable("Bank details", s.page == EditorPage::bank)) select(p, EditorPage::bank);
    if (ImGui::Selectable("Briefing sections", s.page == EditorPage::briefing))
        select(p, EditorPage::briefing);
    if (ImGui::Selectable("Categories", s.page == EditorPage::categories))
        select(p, EditorPage::categories);
    ImGui::Spacing();
    text_in_font(p.look.heading, "Questions");
    const auto& questions = p.bank.questions;
    const int n = static_cast<int>(questions.size());
    const Diagnostics& diags = s.doc->diagnostics();
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shown_key = ImGui::GetID("scrolled-to-question");
    for (int i = 0; i < n; ++i) {
        const Question& q = questions[i];
        const int errors = errors_in_question(diags, i);
        std::string label =
            std::to_string(i + 1) + ". " + (q.prompt.empty() ? "(" + q.id + ")" : q.prompt);
        label = fit_one_line(label, ImGui::GetContentRegionAvail().x);
        const bool selected = s.page == EditorPage::question && s.question == i;
        ImGui::PushID(i);
        if (errors > 0) ImGui::PushStyleColor(ImGuiCol_Text, p.look.wrong);
        if (ImGui::Selectable((label + "##q").c_str(), selected))
            select(p, EditorPage::question, i);
        if (errors > 0) ImGui::PopStyleColor();
        ImGui::PopID();
        // A question selected elsewhere (a clicked error, a new question) scrolls into view once.
        if (selected && storage->GetInt(shown_key, -1) != i) {
            ImGui::SetScrollHereY(0.5f);
            storage->SetInt(shown_key, i);
        }
    }
    if (n == 0) muted(p.look, "No questions yet.");
    ImGui::Spacing();
    // Add a question of any type; duplicate, move and remove the selected one.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::BeginCombo("##add", "+ Add question\xE2\x80\xA6")) {
        for (int t = 0; t < kQuestionTypeCount; ++t) {
            const auto type = static_cast<QuestionType>(t);
            if (ImGui::Selectable(type_label(type)))
                edit(
                    p, std::string("Add question: ") + type_label(type),
                    [type](Bank& b) { b.questions.push_back(new_question(b, type)); }, {}, n);
        }
        ImGui::EndCombo();
    }
    const int sel = s.page == EditorPage::question ? s.question : -1;
    if (sel < 0 || sel >= n) return;
    if (ImGui::Button("Duplicate"))
        edit(
            p, "Duplicate question",
            [sel](Bank& b) {
                if (sel >= static_cast<int>(b.questions.size())) return;
                Question copy = b.questions[sel];
                copy.id = unique_question_id(b, copy.id);
                b.questions.insert(b.questions.begin() + sel + 1, std::move(copy));
            },
            {}, sel + 1);
    next_in_row(ImGui::GetFrameHeight());
    ImGui::BeginDisabled(sel == 0);
    if (ImGui::ArrowButton("q-up", ImGuiDir_Up))
        edit(
            p, "Move question up", [sel](Bank& b) { util::move_in(b.questions, sel, sel - 1); }, {},
            sel - 1);
    ImGui::EndDisabled();
    next_in_row(ImGui::GetFrameHeight());
    ImGui::BeginDisabled(sel + 1 >= n);
    if (ImGui::ArrowButton("q-down", ImGuiDir_Down))
        edit(
            p, "Move question down", [sel](Bank& b) { util::move_in(b.questions, sel, sel + 1); },
            {}, sel + 1);
    ImGui::EndDisabled();
    next_in_row(button_width("Remove"));
    if (ImGui::Button("Remove"))
        edit(
            p, "Remove question", [sel](Bank& b) { util::erase_at(b.questions, sel); }, {},
            std::min(sel, n - 2));
}

}  // namespace statecraft::ui::editor
