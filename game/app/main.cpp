// The statecraft program: with no subcommand it opens the app; subcommands are thin
// wrappers over the core (validate, ...).
#include <cstdio>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/secret_args.h"
#include "app/run_app.h"
#include "ui/screen_table.h"

namespace {

// The app's own options, on the main command (ignored when a subcommand runs).
void add_app_options(CLI::App& app, statecraft::AppOptions& o, std::string& screen) {
    app.add_option("--bank", o.bank, "Open the app on this bank file (listed first, selected)");
    app.add_option("--screen", screen, "Open on this screen with a sample state")
        ->check(CLI::IsMember(statecraft::screen_names()));
    app.add_option("--scale", o.scale, "UI scale for this run, 1 to 2.5 (default: the saved one)")
        ->check(CLI::Range(1.0, 2.5));
    app.add_option("--screenshot", o.screenshot,
                   "Render the --screen (default home) once, save this PNG and exit");
    app.add_option("--results-out", o.results_out,
                   "Write each finished quiz's results to this JSON file");
    app.add_option("--seed", o.seed, "Seed of the first quiz's shuffles (the next ones count up)");
    app.add_option(
        "--question", o.question_id,
        "With --screen practice|briefing|editor|classroom|podium: show this question (by id)");
    app.add_option_function<std::string>(
           "--window-size",
           [&o](const std::string& size) {
               const auto x = size.find('x');
               o.width = static_cast<unsigned>(std::stoul(size.substr(0, x)));
               o.height = static_cast<unsigned>(std::stoul(size.substr(x + 1)));
           },
           "The window's size, WIDTHxHEIGHT (default 1280x720), e.g. to check a screenshot at "
           "1920x1080")
        ->check(CLI::Validator(
            [](std::string& s) {
                unsigned w = 0, h = 0;
                char x = 0, rest = 0;
                if (std::sscanf(s.c_str(), "%u%c%u%c", &w, &x, &h, &rest) != 3 || x != 'x' ||
                    w < 640 || h < 360 || w > 7680 || h > 4320)
                    return std::string("expected WIDTHxHEIGHT from 640x360 to 7680x4320");
                return std::string();
            },
            "WIDTHxHEIGHT"));
    app.add_flag("--submitted", o.submitted,
                 "With --screen practice: show the answer's feedback; with --screen classroom: "
                 "the explanation step");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace statecraft;
    // First of all: no password given on the command line stays visible in `ps`.
    const HiddenArgs args(argc, argv);
    CLI::App app{
        "Statecraft: quizzes and study for students of foreign policy.\n"
        "With no subcommand, opens the practice app.",
        "statecraft"};  // the name in --help, whatever path started the program
    app.set_version_flag("--version", std::string("statecraft ") + STATECRAFT_VERSION);
    app.require_subcommand(0, 1);
    CommandStatus status;
    add_validate_command(app, status);
    add_import_command(app, status);
    add_export_command(app, status);
    add_lint_command(app, status);
    AppOptions app_options;
    std::string screen;
    add_app_options(app, app_options, screen);
    // A bank given alone (a double-clicked bank file, via the .desktop file's %f) opens like
    // --bank.
    std::optional<std::filesystem::path> bank_file;
    app.add_option("bank-file", bank_file, "Same as --bank (how the desktop opens a bank file)");

    // Score database (core/store): --data-dir applies to the app and every subcommand, and may
    // come before or after the subcommand's name.
    GlobalOptions global;
    app.add_option("--data-dir", global.data_dir,
                   "Folder of the score database (default: $XDG_DATA_HOME/statecraft or "
                   "~/.local/share/statecraft)");
    add_stats_command(app, status, global);
    add_export_results_command(app, status, global);
    add_server_command(app, status);
    add_sync_command(app, status, global);
    add_report_command(app, status, global);
    try {
        app.parse(args.argc(), args.argv());
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
    if (!app.get_subcommands().empty()) return status.exit_code;
    if (!global.data_dir.empty()) app_options.data_dir = global.data_dir;
    if (bank_file && !app_options.bank) app_options.bank = bank_file;
    if (!screen.empty()) app_options.screen = screen_from_name(screen);
    if (!app_options.screenshot.empty() && !app_options.screen) app_options.screen = Screen::home;
    return run_app(app_options);
}
