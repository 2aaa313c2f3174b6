// `statecraft export BANK.json --format gift|csv --out FILE`: a bank as GIFT for Moodle or
// as a spreadsheet. Writes nothing when a question cannot be expressed in the format.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/capped_output.h"
#include "app/cli/commands.h"
#include "core/bank/bank_loader.h"
#include "core/interop/csv_writer.h"
#include "core/interop/gift_writer.h"
#include "core/io/atomic_file.h"
#include "core/text/escape.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

struct ExportArgs {
    fs::path bank, out;
    std::string format, separator;
};

int run_export(const ExportArgs& a, std::ostream& out, std::ostream& err) {
    std::string ext = a.out.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string format = a.format;
    if (format.empty()) {
        if (ext == ".gift" || ext == ".txt")
            format = "gift";
        else if (ext == ".csv" || ext == ".tsv")
            format = "csv";
        else {
            err << a.out.string()
                << ": error: cannot tell the format from the name; add --format gift or --format "
                   "csv\n";
            return 2;
        }
    }
    csv::Delimiter delimiter = ext == ".tsv" ? csv::Delimiter::tab : csv::Delimiter::comma;
    if (!a.separator.empty()) {
        auto d = csv::delimiter_from_value(a.separator);
        if (!d) {
            err << "error: --separator must be tab, pipe, semicolon, colon, comma or space\n";
            return 2;
        }
        delimiter = *d;
    }
    std::error_code ec;
    if (fs::exists(a.out, ec) && fs::equivalent(a.out, a.bank, ec)) {
        err << a.out.string() << ": error: --out is the bank itself; choose another file\n";
        return 1;
    }
    LoadedBank loaded = load_bank_file(a.bank);
    std::vector<std::string> errors;
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Severity::error) errors.push_back(format_diagnostic(a.bank.string(), d));
    print_capped(a.bank.string(), errors, err);
    if (!loaded.ok()) {
        err << "export failed: the bank has errors; nothing written\n";
        return 1;
    }
    ExportResult result =
        format == "gift" ? write_gift(loaded.bank) : write_csv(loaded.bank, delimiter);
    errors.clear();
    for (const std::string& p : result.problems)
        errors.push_back(escape_for_message(a.bank.string()) + ": error: " + escape_for_message(p));
    print_capped(a.bank.string(), errors, err);
    for (const std::string& s : result.skipped)
        err << escape_for_message(a.bank.string()) << ": warning: " << escape_for_message(s)
            << "\n";
    if (!result.ok()) {
        err << "export failed: nothing written\n";
        return 1;
    }
    std::string error;
    if (!io::write_file_atomically(a.out, result.text, error)) {
        err << a.out.string() << ": error: " << error << "\n";
        return 1;
    }
    out << "exported " << loaded.bank.questions.size() - result.questions_left_out
        << " question(s) to " << a.out.string() << " (" << format << ")";
    if (result.questions_left_out > 0)
        out << "; left out " << result.questions_left_out << " the format cannot hold (see above)";
    out << "\n";
    return 0;
}

}  // namespace

void add_export_command(CLI::App& app, CommandStatus& status) {
    auto* cmd = app.add_subcommand(
        "export", "Export a bank as GIFT (for Moodle) or CSV/TSV (for a spreadsheet)");
    auto args = std::make_shared<ExportArgs>();
    cmd->add_option("bank", args->bank, "Bank file (JSON)")->required();
    cmd->add_option("--out", args->out, "File to write")->required();
    cmd->add_option("--format", args->format, "gift or csv (default: from --out's name)")
        ->check(CLI::IsMember({"gift", "csv"}));
    cmd->add_option("--separator", args->separator, "CSV separator (default: comma; tab for .tsv)");
    cmd->callback([args, &status] { status.exit_code = run_export(*args, std::cout, std::cerr); });
}

}  // namespace statecraft
