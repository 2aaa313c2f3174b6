// The statecraft program: with no subcommand it opens the app; subcommands are thin
// wrappers over the core (validate, ...).
#include <iostream>

#include "app/commands.h"
#include "app/paths.h"

namespace statecraft {
int run_validate(const std::vector<std::filesystem::path>& paths, std::ostream& out);
}

int main(int argc, char** argv) {
    using namespace statecraft;
    CLI::App app{"Statecraft: quizzes and study for students of foreign policy"};
    app.set_version_flag("--version", std::string("statecraft ") + STATECRAFT_VERSION);
    app.require_subcommand(0, 1);
    CommandStatus status;
    add_validate_command(app, status);

    // Score database (core/store): --data-dir applies to the app and every subcommand, and may
    // come before or after the subcommand's name.
    GlobalOptions global;
    app.add_option("--data-dir", global.data_dir,
                   "Folder of the score database (default: $XDG_DATA_HOME/statecraft or "
                   "~/.local/share/statecraft)");
    add_stats_command(app, status, global);
    add_export_results_command(app, status, global);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }
    if (app.get_subcommands().empty()) {
        // Until the app window exists, the default action checks the shipped banks.
        return run_validate({shipped_questions_dir()}, std::cout);
    }
    return status.exit_code;
}
