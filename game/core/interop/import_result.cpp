#include "core/interop/import_result.h"

#include <algorithm>
#include <climits>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_text.h"
#include "core/bank/bank_writer.h"
#include "core/interop/text_util.h"
#include "core/text/escape.h"

namespace statecraft {

bool ImportResult::ok() const {
    return std::none_of(messages.begin(), messages.end(),
                        [](const ImportMessage& m) { return m.severity == ImportSeverity::error; });
}

void ImportResult::add(ImportSeverity severity, int line, std::string message) {
    messages.push_back({severity, line, std::move(message)});
}

void ImportResult::sort_messages() {
    auto key = [](const ImportMessage& m) { return m.line > 0 ? m.line : INT_MAX; };
    std::stable_sort(
        messages.begin(), messages.end(),
        [&](const ImportMessage& a, const ImportMessage& b) { return key(a) < key(b); });
}

std::string format_import_message(const std::string& path, const ImportMessage& m) {
    std::string out = path;
    if (m.line > 0) out += ":" + std::to_string(m.line);
    switch (m.severity) {
        case ImportSeverity::error:
            out += ": error: ";
            break;
        case ImportSeverity::skipped:
            out += ": skipped: ";
            break;
        case ImportSeverity::note:
            out += ": note: ";
            break;
    }
    return escape_for_message(out + m.message);
}

namespace {

std::string stem_without_extensions(const std::filesystem::path& path) {
    std::string name = path.filename().string();
    for (;;) {
        std::size_t dot = name.rfind('.');
        if (dot == std::string::npos || dot == 0) break;
        std::string ext = name.substr(dot + 1);
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (ext != "txt" && ext != "gift" && ext != "csv" && ext != "tsv" && ext != "json") break;
        name.erase(dot);
    }
    return name;
}

void apply_base(Bank& bank, const Bank& base) {
    std::vector<Question> questions = std::move(bank.questions);
    std::vector<Category> imported_categories = std::move(bank.categories);
    bank = base;
    bank.questions = std::move(questions);
    for (Category& c : imported_categories)
        if (!bank.find_category(c.id)) bank.categories.push_back(std::move(c));
}

// Refs name briefing sections; GIFT and CSV cannot carry the briefing, so refs survive an
// import only when options.base supplies the sections.
void drop_unknown_refs(ImportResult& result) {
    for (Question& q : result.bank.questions) {
        std::vector<std::string> kept;
        for (std::string& ref : q.refs) {
            if (result.bank.find_section(ref)) {
                kept.push_back(std::move(ref));
                continue;
            }
            auto it = result.question_lines.find(q.id);
            result.add(ImportSeverity::note, it == result.question_lines.end() ? 0 : it->second,
                       "question \"" + q.id + "\": ref \"" + ref +
                           "\" left out; the bank has no such briefing section (import with --base "
                           "BANK.json)");
        }
        q.refs = std::move(kept);
    }
}

}  // namespace

std::string bank_id_from_path(const std::filesystem::path& path) {
    std::string id = make_slug(stem_without_extensions(path));
    return id.empty() ? "imported" : id;
}

std::string bank_title_from_path(const std::filesystem::path& path) {
    std::string title = trim(stem_without_extensions(path));
    return title.empty() ? "Imported questions" : title;
}

namespace {
void complete_bank(ImportResult& result, const ImportOptions& options) {
    if (!result.ok()) return;  // a broken file is reported as it is, never half-completed
    Bank& bank = result.bank;
    if (options.base) apply_base(bank, *options.base);
    bank.format = "statecraft.bank";
    bank.version = 1;
    // A bank completed from its base keeps the base's format version (1.1 fields come with it).
    bank.version_minor = options.base ? options.base->version_minor : 0;
    bank.version_as_text = options.base && options.base->version_as_text;
    if (!options.bank_id.empty()) bank.id = options.bank_id;
    if (!options.bank_title.empty()) bank.title = options.bank_title;
    if (bank.id.empty()) bank.id = bank_id_from_path(options.source_path);
    if (trim_view(bank.title).empty()) bank.title = bank_title_from_path(options.source_path);
    bool needs_default =
        std::any_of(bank.questions.begin(), bank.questions.end(),
                    [](const Question& q) { return q.category == kDefaultCategoryId; });
    if (needs_default && !bank.find_category(kDefaultCategoryId))
        bank.categories.push_back({kDefaultCategoryId, kDefaultCategoryTitle, {}, {}});
    drop_unknown_refs(result);
    normalize_bank_text(bank);  // entities and decomposed accents come in NFC like any bank
    result.imported = static_cast<int>(bank.questions.size());

    if (bank.questions.empty()) {
        if (result.ok()) result.add(ImportSeverity::error, 0, "no question could be imported");
        return;
    }
    // The same validator as `statecraft validate`: an import never writes a bank it would refuse.
    LoadedBank check = load_bank_text(to_json_text(bank));
    for (const Diagnostic& d : check.diagnostics) {
        if (d.severity != Severity::error) continue;
        int line = 0;
        if (auto it = result.question_lines.find(d.question_id); it != result.question_lines.end())
            line = it->second;
        std::string where = d.pointer;
        if (!d.question_id.empty())
            where = "question \"" + d.question_id + "\" (" + d.pointer + ")";
        result.add(ImportSeverity::error, line, where + ": " + d.message);
    }
}

}  // namespace

void finish_import(ImportResult& result, const ImportOptions& options) {
    complete_bank(result, options);
    result.sort_messages();
}

}  // namespace statecraft
