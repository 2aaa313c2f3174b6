// The bank's own fields: id, title, description, language, authors, and the source article.
#include "ui/editor_widgets.h"
#include "ui/widgets.h"

namespace statecraft::ui::editor {

namespace {

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::vector<std::string> split_commas(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t comma = s.find(',', start);
        std::string part =
            s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const auto b = part.find_first_not_of(' ');
        const auto e = part.find_last_not_of(' ');
        if (b != std::string::npos) out.push_back(part.substr(b, e - b + 1));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

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
    text_field(p, "Authors", "authors", join(bank.authors),
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
