// `statecraft validate PATH...`: one line per bank, then its errors and warnings.
#include <algorithm>
#include <iostream>
#include <set>

#include "app/cli/capped_output.h"
#include "app/cli/commands.h"
#include "core/bank/bank_loader.h"
#include "core/text/escape.h"

namespace statecraft {

namespace {

int category_count(const Bank& bank) {
    std::set<std::string> used;
    for (const Question& q : bank.questions) used.insert(q.category);
    return static_cast<int>(used.size());
}

}  // namespace

int run_validate(const std::vector<std::filesystem::path>& paths, std::ostream& out) {
    bool all_ok = true;
    for (const LoadedBank& loaded : load_bank_paths(paths)) {
        std::string path = loaded.path.string();
        if (loaded.ok()) {
            out << "ok " << escape_for_message(path) << ": " << loaded.bank.questions.size()
                << " questions in " << category_count(loaded.bank) << " categories\n";
        } else {
            all_ok = false;
        }
        print_capped(path, for_reading(loaded.diagnostics), out);
    }
    return all_ok ? 0 : 1;
}

void add_validate_command(CLI::App& app, CommandStatus& status) {
    auto* cmd = app.add_subcommand("validate", "Check bank files or folders against the format");
    auto paths = std::make_shared<std::vector<std::filesystem::path>>();
    cmd->add_option("paths", *paths, "Bank files or folders of banks")->required();
    cmd->callback([paths, &status] {
        for (const auto& p : *paths) {
            std::error_code ec;
            if (!std::filesystem::exists(p, ec)) {
                std::cerr << p.string() << ": error: no such file or folder\n";
                status.exit_code = 1;
            }
        }
        std::vector<std::filesystem::path> existing;
        for (const auto& p : *paths)
            if (std::error_code ec; std::filesystem::exists(p, ec)) existing.push_back(p);
        int code = run_validate(existing, std::cout);
        status.exit_code = std::max(status.exit_code, code);
    });
}

}  // namespace statecraft
