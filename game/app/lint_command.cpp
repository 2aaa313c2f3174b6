// `statecraft lint PATH... [--strict]`: validation plus quality warnings (core/lint).
// Exit 0 when there are no errors (warnings too with --strict), 1 otherwise, 2 on usage.
#include <iostream>

#include "app/commands.h"
#include "core/bank/bank_loader.h"
#include "core/lint/lint.h"

namespace statecraft {

int run_lint(const std::vector<std::filesystem::path>& paths, bool strict, std::ostream& out) {
    int errors = 0, warnings = 0;
    for (const LoadedBank& loaded : load_bank_paths(paths)) {
        std::string path = loaded.path.string();
        Diagnostics all = loaded.diagnostics;
        if (loaded.ok()) {
            Diagnostics quality = lint_bank(loaded.bank);
            all.insert(all.end(), quality.begin(), quality.end());
        }
        int e = count(all, Severity::error), w = count(all, Severity::warning);
        errors += e;
        warnings += w;
        out << (e   ? "broken "
                : w ? "warnings "
                    : "ok ")
            << path << ": " << loaded.bank.questions.size() << " questions, " << e << " error(s), "
            << w << " warning(s)\n";
        for (const Diagnostic& d : all) out << format_diagnostic(path, d) << "\n";
    }
    return errors || (strict && warnings) ? 1 : 0;
}

void add_lint_command(CLI::App& app, CommandStatus& status) {
    auto* cmd = app.add_subcommand("lint", "Validate banks and warn about weak questions");
    auto paths = std::make_shared<std::vector<std::filesystem::path>>();
    auto strict = std::make_shared<bool>(false);
    cmd->add_option("paths", *paths, "Bank files or folders of banks")->required();
    cmd->add_flag("--strict", *strict, "Exit 1 on warnings too");
    cmd->callback([paths, strict, &status] {
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
        status.exit_code = std::max(status.exit_code, run_lint(existing, *strict, std::cout));
    });
}

}  // namespace statecraft
