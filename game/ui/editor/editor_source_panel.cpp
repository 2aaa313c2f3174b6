// The bank's source text (source.text_file) beside the question being written, so an author
// checks each statement against it and writes in their own words (issue 13). Folded by default;
// it scrolls on its own so a long article does not push the preview away.
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

void source_panel(Page& p) {
    const EditorState& s = p.state;
    if (!p.bank.source || p.bank.source->text_file.empty()) return;
    ImGui::Spacing();
    const std::string title = "Source text (" + p.bank.source->text_file + ")###source-text";
    if (!ImGui::CollapsingHeader(title.c_str())) return;
    if (s.source_text.empty()) {
        for (const Diagnostic& d : s.source_problems) muted(p.look, d.message);
        if (s.source_problems.empty()) muted(p.look, "The source text is empty.");
        return;
    }
    muted(p.look, "Check each statement against it; copy no run of 8 words outside quotes.");
    const float h = ImGui::GetFontSize() * 18;
    ImGui::BeginChild("source-text", ImVec2(0, h), true);
    ImGui::PushTextWrapPos(0.f);
    ImGui::TextUnformatted(s.source_text.c_str(), s.source_text.c_str() + s.source_text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace statecraft::ui::editor
