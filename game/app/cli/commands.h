// Each subcommand registers itself on the command line; main only wires them.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace statecraft {

// Where a subcommand's exit status goes: 0 ok, 1 bad input, 2 usage error.
struct CommandStatus {
    int exit_code = 0;
};

void add_validate_command(CLI::App& app, CommandStatus& status);
void add_import_command(CLI::App& app, CommandStatus& status);
void add_export_command(CLI::App& app, CommandStatus& status);
void add_lint_command(CLI::App& app, CommandStatus& status);

// Options of the program as a whole, given before or after the subcommand.
struct GlobalOptions {
    std::string data_dir;  // --data-dir: the folder of statecraft.db; empty for the default
};

// Progress figures and the per-attempt export, read from the score database.
void add_stats_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global);
void add_export_results_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global);

// The school server (game/sync): `server init|add-teacher|add-student|add-class`, `sync`, and
// `report` (class, students, item analysis; from the server or the local store).
void add_server_command(CLI::App& app, CommandStatus& status);
void add_sync_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global);
void add_report_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global);

}  // namespace statecraft
