// The briefing: the source article's sections, each an id, a heading and multi-line text.
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

Section* section_at(Bank& b, int i) {
    if (!b.source || i < 0 || i >= static_cast<int>(b.source->sections.size())) return nullptr;
    return &b.source->sections[i];
}

}  // namespace

void briefing_page(Page& p) {
    text_in_font(p.look.heading, "Briefing sections");
    muted(p.look,
          "What students read before and after answering; questions point to sections "
          "by id in their refs.");
    static const std::vector<Section> kNone;
    const auto& sections = p.bank.source ? p.bank.source->sections : kNone;
    const int n = static_cast<int>(sections.size());
    for (int i = 0; i < n; ++i) {
        const Section& s = sections[i];
        const std::string base = "source/sections/" + std::to_string(i);
        ImGui::PushID(i);
        ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        text("Section " + std::to_string(i + 1));
        ImGui::SameLine();
        align_right(row_controls_width());
        row_controls(
            p, i, n, "section",
            [](Bank& b, int from, int to) {
                if (b.source) util::move_in(b.source->sections, from, to);
            },
            [](Bank& b, int at) {
                if (b.source) util::erase_at(b.source->sections, at);
            });
        text_field(p, "Id", base + "/id", s.id, [i](Bank& b, const std::string& v) {
            if (Section* x = section_at(b, i)) x->id = v;
        });
        text_field(p, "Heading", base + "/heading", s.heading, [i](Bank& b, const std::string& v) {
            if (Section* x = section_at(b, i)) x->heading = v;
        });
        text_field(
            p, "Text", base + "/text", s.text,
            [i](Bank& b, const std::string& v) {
                if (Section* x = section_at(b, i)) x->text = v;
            },
            true);
        ImGui::PopID();
        rule();
    }
    if (ImGui::Button("+ Add section")) {
        edit(p, "Add section", [n](Bank& b) {
            if (!b.source) b.source.emplace();
            Section s;
            s.id = "section-" + std::to_string(n + 1);
            b.source->sections.push_back(std::move(s));
        });
    }
}

}  // namespace statecraft::ui::editor
