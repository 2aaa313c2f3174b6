// The bank's own fields: id, title, description, language, authors, and the source article.
#include "core/editor/comma_list.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

void metadata_page(Page& p) {
    using bank_edit::SetText;
    const Bank& bank = p.bank;
    text_in_font(p.look.heading, "Bank");
    text_field(p, SetText{TextField::bank_title}, bank.title);
    text_field(p, SetText{TextField::bank_id}, bank.id);
    text_field(p, SetText{TextField::bank_description}, bank.description, true);
    text_field(p, SetText{TextField::bank_language}, bank.language);
    text_field(p, SetText{TextField::bank_authors}, join_commas(bank.authors));
    muted(p.look, "Id: lower-case letters, digits and dashes. Authors: separated by commas.");
    ImGui::Spacing();
    text_in_font(p.look.heading, "Source article");
    static const Source kEmpty;
    const Source& src = bank.source ? *bank.source : kEmpty;
    text_field(p, SetText{TextField::source_title}, src.title);
    text_field(p, SetText{TextField::source_publisher}, src.publisher);
    text_field(p, SetText{TextField::source_date}, src.date);
    text_field(p, SetText{TextField::source_url}, src.url);
}

}  // namespace statecraft::ui::editor
