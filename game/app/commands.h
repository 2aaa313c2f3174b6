// Each subcommand registers itself on the command line; main only wires them.
#pragma once

#include <CLI/CLI.hpp>

namespace statecraft {

// Where a subcommand's exit status goes: 0 ok, 1 bad input, 2 usage error.
struct CommandStatus {
    int exit_code = 0;
};

void add_validate_command(CLI::App& app, CommandStatus& status);
void add_import_command(CLI::App& app, CommandStatus& status);
void add_export_command(CLI::App& app, CommandStatus& status);
void add_lint_command(CLI::App& app, CommandStatus& status);

}  // namespace statecraft
