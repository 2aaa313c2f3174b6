// Categories: id, title, description; questions name theirs by id.
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

void categories_page(Page& p) {
    text_in_font(p.look.heading, "Categories");
    muted(p.look,
          "Students choose categories to practise. Renaming an id renames it in the "
          "questions too.");
    const int n = static_cast<int>(p.bank.categories.size());
    for (int i = 0; i < n; ++i) {
        const Category& c = p.bank.categories[i];
        const std::string base = "categories/" + std::to_string(i);
        ImGui::PushID(i);
        ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        text("Category " + std::to_string(i + 1));
        ImGui::SameLine();
        align_right(row_controls_width());
        row_controls(
            p, i, n, "category",
            [](Bank& b, int from, int to) { util::move_in(b.categories, from, to); },
            [](Bank& b, int at) { util::erase_at(b.categories, at); });
        text_field(p, "Id", base + "/id", c.id, [i](Bank& b, const std::string& v) {
            if (i >= static_cast<int>(b.categories.size())) return;
            const std::string old = b.categories[i].id;
            b.categories[i].id = v;
            for (Question& q : b.questions)
                if (q.category == old) q.category = v;
        });
        text_field(p, "Title", base + "/title", c.title, [i](Bank& b, const std::string& v) {
            if (i < static_cast<int>(b.categories.size())) b.categories[i].title = v;
        });
        text_field(p, "Description", base + "/description", c.description,
                   [i](Bank& b, const std::string& v) {
                       if (i < static_cast<int>(b.categories.size()))
                           b.categories[i].description = v;
                   });
        ImGui::PopID();
        rule();
    }
    if (ImGui::Button("+ Add category")) {
        edit(p, "Add category", [n](Bank& b) {
            Category c;
            c.id = "category-" + std::to_string(n + 1);
            c.title = "Category " + std::to_string(n + 1);
            b.categories.push_back(std::move(c));
        });
    }
}

}  // namespace statecraft::ui::editor
