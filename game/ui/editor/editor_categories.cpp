// Categories: id, title, description; questions name theirs by id.
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

void categories_page(Page& p) {
    using bank_edit::SetText;
    text_in_font(p.look.heading, "Categories");
    muted(p.look,
          "Students choose categories to practise. Renaming an id renames it in the "
          "questions too.");
    const int n = static_cast<int>(p.bank.categories.size());
    for (int i = 0; i < n; ++i) {
        const Category& c = p.bank.categories[i];
        ImGui::PushID(i);
        ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        text("Category " + std::to_string(i + 1));
        ImGui::SameLine();
        align_right(row_controls_width());
        row_controls(p, i, n, EditList::categories);
        text_field(p, SetText{TextField::category_id, -1, i}, c.id);
        text_field(p, SetText{TextField::category_title, -1, i}, c.title);
        text_field(p, SetText{TextField::category_description, -1, i}, c.description);
        ImGui::PopID();
        rule();
    }
    if (ImGui::Button("+ Add category")) edit(p, bank_edit::AddItem{EditList::categories});
}

}  // namespace statecraft::ui::editor
