// Beside the selected question: how this computer's students answered it (item analysis, as
// `statecraft report items`), with the flags that point at a question worth a second look.
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

void item_figures_panel(Page& p, const Question& q) {
    auto it = p.state.figures.find(q.id);
    if (it == p.state.figures.end()) return;  // a question added since the bank opened
    ImGui::PushTextWrapPos(0.f);              // the form's width, at any text size
    muted(p.look, "Answers: " + it->second.line);
    for (const std::string& flag : it->second.flags) text_colored(p.look.wrong, "Check: " + flag);
    ImGui::PopTextWrapPos();
}

}  // namespace statecraft::ui::editor
