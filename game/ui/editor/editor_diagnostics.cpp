// Live validation: the bank rules' errors and warnings (the messages of `statecraft validate`)
// and, with Lint on, the quality warnings of `statecraft lint`. Clicking one goes to its field.
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

void rows(Page& p, const Diagnostics& diags, const char* id_prefix) {
    for (int i = 0; i < static_cast<int>(diags.size()); ++i) {
        const Diagnostic& d = diags[i];
        const bool error = d.severity == Severity::error;
        ImGui::PushID(id_prefix);
        ImGui::PushID(i);
        ImGui::PushStyleColor(ImGuiCol_Text, error ? p.look.wrong : p.look.muted);
        const std::string label = format_diagnostic(p.file_name, d);
        ImGui::PushTextWrapPos(0.f);
        // The row is a Selectable as tall as the wrapped message, with the message drawn over it.
        const ImVec2 start = ImGui::GetCursorPos();
        if (ImGui::Selectable("##diag", false, 0,
                              ImVec2(0, ImGui::CalcTextSize(label.c_str(), nullptr, false,
                                                            ImGui::GetContentRegionAvail().x)
                                            .y)))
            p.out = intent::Editor{intent::editor::GoTo{d.pointer}};
        ImGui::SetCursorPos(start);
        text(label);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopID();
        ImGui::PopID();
    }
}

}  // namespace

void diagnostics_panel(Page& p) {
    const Diagnostics& diags = p.state.doc->diagnostics();
    const int errors = count(diags, Severity::error);
    const int warnings = count(diags, Severity::warning);
    std::string head =
        errors == 0 ? "Valid" : std::to_string(errors) + (errors == 1 ? " error" : " errors");
    if (warnings > 0)
        head += ", " + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
    if (p.state.show_lint) head += ", " + std::to_string(p.state.lint.size()) + " lint";
    text_in_font(p.look.heading, head, errors ? &p.look.wrong : &p.look.correct);
    rows(p, for_reading(diags, false), "rules");
    if (p.state.show_lint) rows(p, for_reading(p.state.lint, false), "lint");
    if (diags.empty() && (!p.state.show_lint || p.state.lint.empty()))
        muted(p.look, "Nothing to fix.");
}

}  // namespace statecraft::ui::editor
