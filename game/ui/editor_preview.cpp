// The selected question as a student sees it: the practice screen's own widgets drawn from a
// one-question session the controller keeps in step with the bank (clicks do nothing here).
#include "ui/editor_widgets.h"
#include "ui/question_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

// The practice screen's line above the prompt.
const char* instruction(QuestionType type) {
    switch (type) {
        case QuestionType::single:
            return "Choose one answer.";
        case QuestionType::multiple:
            return "Choose all that apply.";
        case QuestionType::true_false:
            return "True or false?";
        case QuestionType::matching:
            return "Match each item on the left with one on the right.";
        case QuestionType::ordering:
            return "Put the items in order, first at the top.";
        case QuestionType::short_answer:
            return "Type a short answer.";
    }
    return "";
}

}  // namespace

void preview_panel(Page& p) {
    text_in_font(p.look.heading, "Preview");
    const AppState* preview = p.state.preview.get();
    if (!preview || !preview->session || preview->session->finished()) {
        muted(p.look, p.state.page == EditorPage::question
                          ? "Fix the errors in this question to see it as a student will."
                          : "Select a question to see it as a student will.");
        return;
    }
    const QuizSession& s = *preview->session;
    const Question& q = *s.current().question;
    ImGui::PushID("preview");
    const Category* cat = s.bank().find_category(q.category);
    muted(p.look, (cat ? cat->title : q.category) + " \xC2\xB7 " + instruction(q.type));
    text_in_font(p.look.heading, q.prompt);
    ImGui::Spacing();
    (void)draw_answer_area(*preview, p.look, Keys{});  // a look, not a quiz: input is ignored
    ImGui::PopID();
}

}  // namespace statecraft::ui::editor
