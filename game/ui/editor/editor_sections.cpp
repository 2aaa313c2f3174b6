// The briefing: the source article's sections, each an id, a heading and multi-line text.
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

void briefing_page(Page& p) {
    using bank_edit::SetText;
    text_in_font(p.look.heading, "Briefing sections");
    muted(p.look,
          "What students read before and after answering; questions point to sections "
          "by id in their refs.");
    static const std::vector<Section> kNone;
    const auto& sections = p.bank.source ? p.bank.source->sections : kNone;
    const int n = static_cast<int>(sections.size());
    for (int i = 0; i < n; ++i) {
        const Section& s = sections[i];
        ImGui::PushID(i);
        ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        text("Section " + std::to_string(i + 1));
        ImGui::SameLine();
        align_right(row_controls_width());
        row_controls(p, i, n, EditList::sections);
        text_field(p, SetText{TextField::section_id, -1, i}, s.id);
        text_field(p, SetText{TextField::section_heading, -1, i}, s.heading);
        text_field(p, SetText{TextField::section_text, -1, i}, s.text, true);
        ImGui::PopID();
        rule();
    }
    if (ImGui::Button("+ Add section")) edit(p, bank_edit::AddItem{EditList::sections});
}

}  // namespace statecraft::ui::editor
