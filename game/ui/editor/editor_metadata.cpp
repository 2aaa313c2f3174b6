// The bank's own fields: id, title, description, language, authors, and the source article.
#include "core/editor/comma_list.h"
#include "ui/editor/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

Source& source_of(Bank& b) {
    if (!b.source) b.source.emplace();
    return *b.source;
}

}  // namespace

void metadata_page(Page& p) {
    const Bank& bank = p.bank;
    text_in_font(p.look.heading, "Bank");
    text_field(p, "Title", "title", bank.title, [](Bank& b, const std::string& v) { b.title = v; });
    text_field(p, "Id", "id", bank.id, [](Bank& b, const std::string& v) { b.id = v; });
    text_field(
        p, "Description", "description", bank.description,
        [](Bank& b, const std::string& v) { b.description = v; }, true);
    text_field(p, "Language", "language", bank.language,
               [](Bank& b, const std::string& v) { b.language = v; });
    text_field(p, "Authors", "authors", join_commas(bank.authors),
               [](Bank& b, const std::string& v) { b.authors = split_commas(v); });
    muted(p.look, "Id: lower-case letters, digits and dashes. Authors: separated by commas.");
    ImGui::Spacing();
    text_in_font(p.look.heading, "Source article");
    static const Source kEmpty;
    const Source& src = bank.source ? *bank.source : kEmpty;
    text_field(p, "Title", "source/title", src.title,
               [](Bank& b, const std::string& v) { source_of(b).title = v; });
    text_field(p, "Publisher", "source/publisher", src.publisher,
               [](Bank& b, const std::string& v) { source_of(b).publisher = v; });
    text_field(p, "Date", "source/date", src.date,
               [](Bank& b, const std::string& v) { source_of(b).date = v; });
    text_field(p, "URL", "source/url", src.url,
               [](Bank& b, const std::string& v) { source_of(b).url = v; });
}

}  // namespace statecraft::ui::editor
