// `statecraft stats [--profile NAME] [--format text|json|csv]`: the Progress figures, the same
// ones the Progress screen shows, for the chosen (or last used) profile. With --classroom: the
// saved classroom games, each with its teams in final order; with --server, those on the school
// server.
#include <iostream>

#include "app/cli/commands.h"
#include "app/paths.h"
#include "app/results_store.h"
#include "core/bank/bank_loader.h"
#include "core/stats/classroom_summary.h"
#include "core/stats/progress_report.h"
#include "core/time/calendar.h"
#include "sync/server_classroom.h"

namespace statecraft {

namespace {

struct StatsArgs {
    std::string profile;
    std::string format = "text";
    int sessions = 20;
    int weakest = 10;
    std::vector<std::filesystem::path> banks;
    bool classroom = false;
    bool server = false;
    std::string conninfo;
};

void print_classroom_games(const std::vector<ClassroomExportRow>& rows, const std::string& format) {
    const auto games = summarize_classroom_games(rows);
    std::cout << (format == "json" ? classroom_summary_json(games) : classroom_summary_text(games));
}

int run_classroom_stats(Store& store, const std::string& format) {
    std::vector<ClassroomExportRow> rows;
    std::string error;
    if (!store.for_each_classroom_row([&](const ClassroomExportRow& r) { rows.push_back(r); },
                                      error)) {
        std::cerr << "error: " << error << "\n";
        return 1;
    }
    print_classroom_games(rows, format);
    return 0;
}

int run_server_classroom_stats(const StatsArgs& args) {
    try {
        pg::Connection conn = pg::Connection::open(args.conninfo);
        print_classroom_games(pg::read_classroom_rows(conn), args.format);
        return 0;
    } catch (const pg::PgError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
}

void print_progress(const Progress& progress, const std::string& format) {
    if (format == "json")
        std::cout << progress_json(progress);
    else if (format == "csv")
        std::cout << progress_csv(progress);
    else
        std::cout << progress_text(progress);
}

// Scripts get the empty figures (zeros, empty lists) where nothing was recorded yet, so they
// need no special case; people get the message saying so.
int print_nothing_yet(const StatsArgs& args) {
    if (args.classroom) {
        std::cout << classroom_summary_json({});
        return 0;
    }
    ProgressOptions options;
    options.today = time::local_day(time::system_now_ms());
    print_progress(compute_progress(ProgressRows{}, options), args.format);
    return 0;
}

int run_stats(const StatsArgs& args, const GlobalOptions& global) {
    if (args.classroom && (args.format == "csv" || !args.profile.empty())) {
        std::cerr << "error: --classroom takes --format text or json, and no --profile "
                     "(`statecraft export-results --classroom` writes every row as CSV)\n";
        return 2;
    }
    if (args.server && !args.classroom) {
        std::cerr << "error: --server goes with --classroom (`statecraft report class --server` "
                     "gives the class's figures)\n";
        return 2;
    }
    if (args.server) return run_server_classroom_stats(args);
    const bool for_scripts = args.format != "text";
    if (for_scripts && args.profile.empty() && no_results_yet(global))
        return print_nothing_yet(args);
    std::unique_ptr<Store> store = open_results_store(global, std::cerr);
    if (!store) return 1;
    if (args.classroom) return run_classroom_stats(*store, args.format);
    if (for_scripts && args.profile.empty() && !store->last_profile())
        return print_nothing_yet(args);
    std::optional<std::string> profile = choose_profile(*store, args.profile, std::cerr);
    if (!profile) return 1;
    ProgressRows rows;
    std::string error;
    if (!store->progress_rows(*profile, {args.sessions, ProgressSource::totals}, rows, error)) {
        std::cerr << "error: " << error << "\n";
        return 1;
    }
    // The banks as they are now tell which weak questions were answered on an older version.
    QuestionVersions versions;
    std::vector<std::filesystem::path> bank_paths = args.banks;
    if (std::filesystem::path shipped = shipped_questions_dir();
        bank_paths.empty() && !shipped.empty())
        bank_paths.push_back(shipped);
    for (const LoadedBank& loaded : load_bank_paths(bank_paths))
        if (loaded.ok()) versions.add_bank(loaded.bank);
    ProgressOptions options;
    options.today = time::local_day(time::system_now_ms());
    options.weakest_limit = args.weakest;
    options.versions = &versions;
    print_progress(compute_progress(rows, options), args.format);
    return 0;
}

}  // namespace

void add_stats_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global) {
    auto* cmd = app.add_subcommand("stats", "Print the Progress figures of a profile");
    cmd->fallthrough();  // --data-dir after the subcommand's name goes to the program
    auto args = std::make_shared<StatsArgs>();
    cmd->add_option("--profile", args->profile, "Profile name (default: the one used last)");
    cmd->add_option("--format", args->format, "text, json or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}));
    cmd->add_option("--sessions", args->sessions, "How many recent sessions to list (-1: all)")
        ->check(CLI::Range(-1, 1000000));
    cmd->add_option("--weakest", args->weakest, "How many weak questions to list")
        ->check(CLI::Range(0, 100000));
    cmd->add_flag("--classroom", args->classroom, "The saved classroom games instead");
    // --server alone: the PG* variables and ~/.pgpass, as for `report --server`.
    cmd->add_option("--server", args->conninfo,
                    "With --classroom: the games on the school server (optional libpq connection "
                    "string or URI)")
        ->expected(0, 1);
    cmd->add_option("--banks", args->banks,
                    "Banks as they are now, to mark answers on older versions (default: shipped)");
    cmd->callback([args, cmd, &status, &global] {
        args->server = cmd->count("--server") > 0;
        status.exit_code = run_stats(*args, global);
    });
}

}  // namespace statecraft
