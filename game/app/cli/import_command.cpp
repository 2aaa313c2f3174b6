// `statecraft import FILE [--format gift|csv] --out BANK.json`: GIFT or CSV/TSV to a bank.
// Prints what was imported, skipped and changed, with line numbers; writes the bank
// atomically, and only when the whole import succeeded and passes validation.
#include <iostream>

#include "app/cli/capped_output.h"
#include "app/cli/commands.h"
#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/interop/csv_reader.h"
#include "core/interop/gift_reader.h"
#include "core/io/atomic_file.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

struct ImportArgs {
    fs::path file, out, base;
    std::string format, id, title, separator;
    bool force = false;
};

std::string lower_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

int run_import(const ImportArgs& a, std::ostream& out, std::ostream& err) {
    std::string format = a.format;
    if (format.empty()) {
        std::string ext = lower_extension(a.file);
        if (ext == ".gift" || ext == ".txt")
            format = "gift";
        else if (ext == ".csv" || ext == ".tsv")
            format = "csv";
        else {
            err << a.file.string()
                << ": error: cannot tell the format from the name; add --format gift or --format "
                   "csv\n";
            return 2;
        }
    }
    std::optional<csv::Delimiter> delimiter;
    if (!a.separator.empty()) {
        delimiter = csv::delimiter_from_value(a.separator);
        if (!delimiter) {
            err << "error: --separator must be tab, pipe, semicolon, colon, comma or space\n";
            return 2;
        }
    }
    std::error_code ec;
    if (fs::exists(a.out, ec) && !a.force) {
        err << a.out.string() << ": error: already exists; add --force to replace it\n";
        return 1;
    }
    std::string text, error;
    if (!read_file(a.file, kMaxBankBytes, text, error)) {
        err << a.file.string() << ": error: " << error << "\n";
        return 1;
    }
    ImportOptions options;
    options.source_path = a.file;
    options.bank_id = a.id;
    options.bank_title = a.title;
    if (!a.base.empty()) {
        LoadedBank base = load_bank_file(a.base);
        for (const Diagnostic& d : base.diagnostics)
            if (d.severity == Severity::error) err << format_diagnostic(a.base.string(), d) << "\n";
        if (!base.ok()) {
            err << "error: the base bank has errors; nothing imported\n";
            return 1;
        }
        options.base = std::move(base.bank);
    }
    ImportResult result =
        format == "gift" ? read_gift(text, options) : read_csv(text, options, delimiter);
    print_capped(
        a.file.string(), result.messages.size(),
        [&](std::size_t i) {
            const ImportMessage& m = result.messages[i];
            (m.severity == ImportSeverity::error ? err : out)
                << format_import_message(a.file.string(), m) << "\n";
        },
        err);
    if (!result.ok()) {
        err << "import failed: "
            << std::count_if(
                   result.messages.begin(), result.messages.end(),
                   [](const ImportMessage& m) { return m.severity == ImportSeverity::error; })
            << " error(s); nothing written\n";
        return 1;
    }
    if (!io::write_file_atomically(a.out, to_json_text(result.bank), error)) {
        err << a.out.string() << ": error: " << error << "\n";
        return 1;
    }
    out << "imported " << result.imported << " question(s) into " << a.out.string() << " (bank \""
        << result.bank.id << "\", " << result.bank.categories.size() << " categories)";
    if (result.skipped) out << "; skipped " << result.skipped;
    out << "\n";
    return 0;
}

}  // namespace

void add_import_command(CLI::App& app, CommandStatus& status) {
    auto* cmd = app.add_subcommand("import", "Import a GIFT or CSV/TSV file into a new bank");
    auto args = std::make_shared<ImportArgs>();
    cmd->add_option("file", args->file, "GIFT (.gift, .txt) or spreadsheet (.csv, .tsv) file")
        ->required();
    cmd->add_option("--out", args->out, "Bank file to write (JSON)")->required();
    cmd->add_option("--format", args->format, "gift or csv (default: from the file name)")
        ->check(CLI::IsMember({"gift", "csv"}));
    cmd->add_option("--id", args->id, "Bank id (default: from the file, else its name)");
    cmd->add_option("--title", args->title, "Bank title (default: from the file, else its name)");
    cmd->add_option("--base", args->base,
                    "Take title, briefing and categories from this bank; refs may point into it");
    cmd->add_option("--separator", args->separator,
                    "CSV separator: tab, pipe, semicolon, colon, comma or space");
    cmd->add_flag("--force", args->force, "Replace --out if it exists");
    cmd->callback([args, &status] { status.exit_code = run_import(*args, std::cout, std::cerr); });
}

}  // namespace statecraft
