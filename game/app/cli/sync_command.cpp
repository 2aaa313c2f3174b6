// `statecraft sync [--profile NAME] [--server CONNINFO] [--join CODE]`: sends a profile's history
// to the school server. The local database is only read (and its sync cursor moved): whatever
// happens to the server, nothing here is lost or blocked.
#include <iostream>

#include "app/cli/commands.h"
#include "app/results_store.h"
#include "core/store/classroom_store.h"
#include "sync/sync.h"

namespace statecraft {

namespace {

struct SyncArgs {
    std::string conninfo, profile, join;
    std::int64_t batch = 100'000;
};

int run_sync(const SyncArgs& args, const GlobalOptions& global) {
    std::unique_ptr<Store> store = open_results_store(global, std::cerr, StoreAccess::read_write);
    if (!store) return 1;
    std::optional<std::string> profile = choose_profile(*store, args.profile, std::cerr);
    if (!profile) return 1;
    SyncRequest request{args.conninfo, *profile, args.join, args.batch, {}};
    SyncReport r = sync_to_server(*store, request);
    if (!r.ok) {
        std::cerr << "error: " << r.message << "\n"
                  << "Nothing was lost: your answers stay on this computer, and the next "
                     "`statecraft sync` sends everything not yet on the server.\n";
        return 1;
    }
    if (!r.joined_class.empty()) std::cout << "Joined the class \"" << r.joined_class << "\".\n";
    if (*profile == kClassroomProfile)
        std::cout << "Sent " << r.classroom_games << " classroom games (" << r.classroom_rows
                  << " answers) to " << r.server << ".\n";
    else
        std::cout << "Sent " << r.sessions << " sessions, " << r.attempts_sent << " answers ("
                  << r.attempts_new << " new on the server) and " << r.cards
                  << " review cards of \"" << *profile << "\" to " << r.server << ".\n";
    return 0;
}

}  // namespace

void add_sync_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global) {
    auto* cmd = app.add_subcommand("sync", "Send a profile's results to the school server");
    cmd->fallthrough();
    auto args = std::make_shared<SyncArgs>();
    cmd->add_option("--server", args->conninfo,
                    "libpq connection string or URI (default: the PG* variables and ~/.pgpass)");
    cmd->add_option("--profile", args->profile,
                    "Profile to send (default: the one used last; \"Classroom\": the classroom "
                    "games)");
    cmd->add_option("--join", args->join, "Join the class with this code first");
    cmd->add_option("--batch", args->batch, "Answers per server transaction")
        ->check(CLI::Range(1, 10'000'000))
        ->group("");
    cmd->callback([args, &status, &global] { status.exit_code = run_sync(*args, global); });
}

}  // namespace statecraft
