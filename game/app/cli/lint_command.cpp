// `statecraft lint PATH... [--strict] [--source FILE]`: validation plus quality warnings
// (core/lint). The source text for the copy check is FILE, else each bank's source.text_file.
// Exit 0 when there are no errors (warnings too with --strict), 1 otherwise, 2 on usage.
#include <iostream>

#include "app/cli/capped_output.h"
#include "app/cli/commands.h"
#include "core/bank/bank_loader.h"
#include "core/bank/source_text.h"
#include "core/lint/lint.h"

namespace statecraft {

namespace {

Diagnostics lint_loaded(const LoadedBank& loaded, const std::optional<std::string>& source) {
    Diagnostics all = loaded.diagnostics;
    if (!loaded.ok()) return all;
    std::string own_text;
    LintOptions options;
    if (source)
        options.source_text = *source;
    else if (load_bank_source_text(loaded.bank, loaded.path, own_text, all))
        options.source_text = own_text;
    Diagnostics quality = lint_bank(loaded.bank, options);
    all.insert(all.end(), quality.begin(), quality.end());
    return all;
}

int run_lint(const std::vector<std::filesystem::path>& paths, bool strict,
             const std::optional<std::string>& source, std::ostream& out) {
    int errors = 0, warnings = 0;
    for (const LoadedBank& loaded : load_bank_paths(paths)) {
        std::string path = loaded.path.string();
        const Diagnostics all = lint_loaded(loaded, source);
        int e = count(all, Severity::error), w = count(all, Severity::warning);
        errors += e;
        warnings += w;
        out << (e   ? "broken "
                : w ? "warnings "
                    : "ok ")
            << path << ": " << loaded.bank.questions.size() << " questions, " << e << " error(s), "
            << w << " warning(s)\n";
        print_capped(path, for_reading(all), out);
    }
    return errors || (strict && warnings) ? 1 : 0;
}

}  // namespace

void add_lint_command(CLI::App& app, CommandStatus& status) {
    auto* cmd = app.add_subcommand("lint", "Validate banks and warn about weak questions");
    auto paths = std::make_shared<std::vector<std::filesystem::path>>();
    auto strict = std::make_shared<bool>(false);
    auto source = std::make_shared<std::filesystem::path>();
    cmd->add_option("paths", *paths, "Bank files or folders of banks")->required();
    cmd->add_flag("--strict", *strict, "Exit 1 on warnings too");
    cmd->add_option("--source", *source,
                    "The source text (UTF-8) for the copy check, instead of source.text_file");
    cmd->callback([paths, strict, source, &status] {
        std::optional<std::string> text;
        if (!source->empty()) {
            std::string error;
            text.emplace();
            if (!read_source_text(*source, *text, error)) {
                std::cerr << source->string() << ": error: " << error << "\n";
                status.exit_code = 1;
                return;
            }
        }
        std::vector<std::filesystem::path> existing;
        for (const auto& p : *paths) {
            std::error_code ec;
            if (std::filesystem::exists(p, ec)) {
                existing.push_back(p);
            } else {
                std::cerr << p.string() << ": error: no such file or folder\n";
                status.exit_code = 1;
            }
        }
        status.exit_code = std::max(status.exit_code, run_lint(existing, *strict, text, std::cout));
    });
}

}  // namespace statecraft
