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
    add_import_command(app, status);
    add_export_command(app, status);
    add_lint_command(app, status);
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
