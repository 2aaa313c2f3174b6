// `statecraft server init|add-teacher|add-student|add-class`: what the school's IT runs, as a
// PostgreSQL role that may create roles and tables (e.g. `sudo -u postgres statecraft server
// init`). Passwords are read from the terminal or standard input, never from arguments.
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/password_input.h"
#include "sync/server_admin.h"
#include "sync/server_schema.h"

namespace statecraft {

namespace {

struct ServerArgs {
    std::string conninfo;
    int schema_version = pg::kServerSchemaVersion;
    std::string name, teacher, term, school = "school";
};

int report_failure(const pg::PgError& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
}

int run_init(const ServerArgs& a) {
    try {
        pg::Connection conn = pg::Connection::open(a.conninfo);
        pg::InitResult r = pg::init_server(conn, a.schema_version);
        if (r.from == r.to)
            std::cout << "The server schema is up to date (version " << r.to << ") on "
                      << conn.describe() << ".\n";
        else
            std::cout << "Server schema version " << r.to << " (was " << r.from << ") on "
                      << conn.describe() << ".\n";
        return 0;
    } catch (const pg::PgError& e) {
        return report_failure(e);
    }
}

int run_add_account(const ServerArgs& a, pg::AccountKind kind) {
    const char* what = kind == pg::AccountKind::teacher ? "teacher" : "student";
    std::optional<std::string> password =
        read_password(std::string("Password for ") + what + " " + a.name + ": ");
    if (!password) {
        std::cerr << "error: no password given (type it, or pipe it on standard input)\n";
        return 2;
    }
    try {
        pg::Connection conn = pg::Connection::open(a.conninfo);
        pg::add_account(conn, a.name, *password, kind);
        std::cout << "Account \"" << a.name << "\" is a " << what << " on " << conn.describe()
                  << " (password stored as a SCRAM-SHA-256 verifier).\n";
        return 0;
    } catch (const pg::PgError& e) {
        return report_failure(e);
    }
}

int run_add_class(const ServerArgs& a) {
    try {
        pg::Connection conn = pg::Connection::open(a.conninfo);
        std::string code = pg::add_class(conn, {a.name, a.teacher, a.term, a.school});
        std::cout << "Class \"" << a.name << "\" for " << a.teacher
                  << " added. Students join it with:\n  statecraft sync --join " << code << "\n";
        return 0;
    } catch (const pg::PgError& e) {
        return report_failure(e);
    }
}

void add_conninfo_option(CLI::App* cmd, std::string& conninfo) {
    cmd->add_option("--server", conninfo,
                    "libpq connection string or URI (default: the PG* variables and ~/.pgpass)");
}

}  // namespace

void add_server_command(CLI::App& app, CommandStatus& status) {
    auto* server = app.add_subcommand("server", "Set up a school's PostgreSQL server");
    server->require_subcommand(1);
    auto args = std::make_shared<ServerArgs>();

    auto* init = server->add_subcommand("init", "Create or upgrade the schema, roles and rules");
    add_conninfo_option(init, args->conninfo);
    init->add_option("--schema-version", args->schema_version,
                     "Stop at this schema version (for tests of older servers)")
        ->check(CLI::Range(1, pg::kServerSchemaVersion))
        ->group("");
    init->callback([args, &status] { status.exit_code = run_init(*args); });

    auto* teacher = server->add_subcommand("add-teacher", "Add a teacher's account");
    add_conninfo_option(teacher, args->conninfo);
    teacher->add_option("name", args->name, "Login name")->required();
    teacher->callback(
        [args, &status] { status.exit_code = run_add_account(*args, pg::AccountKind::teacher); });

    auto* student = server->add_subcommand("add-student", "Add a student's account");
    add_conninfo_option(student, args->conninfo);
    student->add_option("name", args->name, "Login name")->required();
    student->callback(
        [args, &status] { status.exit_code = run_add_account(*args, pg::AccountKind::student); });

    auto* klass = server->add_subcommand("add-class", "Add a class; prints its join code");
    add_conninfo_option(klass, args->conninfo);
    klass->add_option("name", args->name, "The class's name, e.g. \"10B politics\"")->required();
    klass->add_option("--teacher", args->teacher, "The teacher's login name")->required();
    klass->add_option("--term", args->term, "The term, e.g. 2026-autumn");
    klass->add_option("--school", args->school, "The school (default: school)");
    klass->callback([args, &status] { status.exit_code = run_add_class(*args); });
}

}  // namespace statecraft
