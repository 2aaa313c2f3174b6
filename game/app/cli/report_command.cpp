// `statecraft report class|items`: a class's results per student, and item analysis of a bank's
// questions; from the school server (--server) or from this computer's store (its profiles and
// classroom games).
#include <iostream>

#include "app/cli/commands.h"
#include "app/results_store.h"
#include "core/bank/bank_loader.h"
#include "core/stats/class_report.h"
#include "core/stats/item_analysis.h"
#include "sync/server_reports.h"

namespace statecraft {

namespace {

struct ReportArgs {
    bool server = false;
    std::string conninfo, class_filter, format = "text";
    std::filesystem::path bank;
    std::int64_t min_responses = 20;
};

int run_class_report(const ReportArgs& a, const GlobalOptions& global) {
    ClassRows rows;
    if (a.server) {
        pg::Connection conn = pg::Connection::open(a.conninfo);
        rows = pg::read_class_rows(conn, a.class_filter);
    } else {
        std::unique_ptr<Store> store = open_results_store(global, std::cerr);
        if (!store) return 1;
        std::string error;
        if (!store->class_rows(rows, error)) throw pg::PgError(error);
    }
    ClassReport report = build_class_report(rows.categories, rows.questions, rows.sessions);
    if (a.format == "json")
        std::cout << class_report_json(report);
    else if (a.format == "csv")
        std::cout << class_report_csv(report);
    else
        std::cout << class_report_text(report);
    return 0;
}

int run_item_report(const ReportArgs& a, const GlobalOptions& global) {
    LoadedBank loaded = load_bank_file(a.bank);
    if (!loaded.ok()) {
        std::cerr << "error: " << a.bank.string() << " is not a valid bank (run `statecraft "
                  << "validate` on it)\n";
        return 1;
    }
    std::vector<ItemCell> cells;
    if (a.server) {
        pg::Connection conn = pg::Connection::open(a.conninfo);
        cells = pg::read_item_cells(conn, loaded.bank.id, a.class_filter);
    } else {
        std::unique_ptr<Store> store = open_results_store(global, std::cerr);
        if (!store) return 1;
        std::string error;
        if (!store->item_cells(loaded.bank.id, cells, error)) throw pg::PgError(error);
    }
    ItemAnalysisOptions options;
    options.min_responses = a.min_responses;
    std::vector<ItemFigures> items = analyse_items(loaded.bank, cells, options);
    if (a.format == "json")
        std::cout << item_analysis_json(items);
    else if (a.format == "csv")
        std::cout << item_analysis_csv(items);
    else
        std::cout << "Item analysis of " << loaded.bank.id << " (flags from " << a.min_responses
                  << " responses)\n"
                  << item_analysis_text(items);
    return 0;
}

template <typename Run>
int guarded(Run run) {
    try {
        return run();
    } catch (const pg::PgError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
}

void add_source_options(CLI::App* cmd, ReportArgs& a) {
    cmd->fallthrough();
    // --server alone: the PG* variables and ~/.pgpass; --server CONNINFO as for sync.
    cmd->add_option("--server", a.conninfo,
                    "Read the school server instead of this computer (optional libpq connection "
                    "string or URI)")
        ->expected(0, 1);
    cmd->add_option("--class", a.class_filter, "With --server: only this class (name or code)");
    cmd->add_option("--format", a.format, "text, json or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}));
}

}  // namespace

void add_report_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global) {
    auto* report = app.add_subcommand("report", "Class reports and item analysis");
    report->require_subcommand(1);
    auto args = std::make_shared<ReportArgs>();
    auto* klass = report->add_subcommand("class", "Per student: sessions, accuracy, weak spots");
    add_source_options(klass, *args);
    klass->callback([args, klass, &status, &global] {
        args->server = klass->count("--server") > 0;
        status.exit_code = guarded([&] { return run_class_report(*args, global); });
    });
    auto* items = report->add_subcommand("items", "Item analysis of a bank's questions");
    add_source_options(items, *args);
    items->add_option("--bank", args->bank, "The bank file")->required();
    items
        ->add_option("--min-responses", args->min_responses,
                     "Flag questions only from this many responses (default 20)")
        ->check(CLI::Range(1, 1000000));
    items->callback([args, items, &status, &global] {
        args->server = items->count("--server") > 0;
        status.exit_code = guarded([&] { return run_item_report(*args, global); });
    });
}

}  // namespace statecraft
