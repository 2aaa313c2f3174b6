// The selected question as a student sees it: the practice screen's own widgets drawn from a
// one-question session the controller keeps in step with the bank (clicks do nothing here).
#include "ui/editor/editor_widgets.h"
#include "ui/question_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

// Long texts wrapped as students read them: the fields above them do not wrap while typing.
void bank_preview(const Page& p) {
    text_in_font(p.look.heading, p.bank.title.empty() ? "(no title)" : p.bank.title);
    if (!p.bank.description.empty()) muted(p.look, p.bank.description);
    if (!p.bank.source) return;
    const Source& src = *p.bank.source;
    std::string meta = src.title;
    for (const std::string* part : {&src.publisher, &src.date})
        if (!part->empty()) meta += (meta.empty() ? "" : ", ") + *part;
    if (!meta.empty()) muted(p.look, "Source: " + meta);
}

void briefing_preview(const Page& p) {
    if (!p.bank.source || p.bank.source->sections.empty()) {
        muted(p.look, "Add a section to see it as students will read it.");
        return;
    }
    for (const Section& section : p.bank.source->sections) {
        text_in_font(p.look.heading, section.heading.empty() ? "(no heading)" : section.heading);
        text(section.text);
        ImGui::Spacing();
    }
}

void categories_preview(const Page& p) {
    for (const Category& c : p.bank.categories) {
        text(c.title.empty() ? c.id : c.title);
        if (!c.description.empty()) muted(p.look, c.description);
    }
}

void question_preview(const Page& p) {
    const AppState* preview = p.state.preview.get();
    if (!preview || !preview->quiz.session || preview->quiz.session->finished()) {
        muted(p.look, "Fix the errors in this question to see it as a student will.");
        return;
    }
    const QuizSession& s = *preview->quiz.session;
    const Question& q = *s.current().question;
    ImGui::PushID("preview");
    (void)draw_question(*preview, p.look, Keys{});  // a look, not a quiz: input is ignored
    ImGui::PopID();
    if (q.explanation.empty()) return;
    ImGui::Spacing();
    rule();
    muted(p.look, "After answering, the student reads:");
    text(q.explanation);
}

}  // namespace

void preview_panel(Page& p) {
    text_in_font(p.look.heading, "Preview");
    switch (p.state.page) {
        case EditorPage::bank:
            bank_preview(p);
            break;
        case EditorPage::briefing:
            briefing_preview(p);
            break;
        case EditorPage::categories:
            categories_preview(p);
            break;
        case EditorPage::question:
            question_preview(p);
            source_panel(p);
            break;
    }
}

}  // namespace statecraft::ui::editor
