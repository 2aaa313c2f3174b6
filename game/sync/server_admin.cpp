#include "sync/server_admin.h"

#include <random>

#include "sync/server_schema.h"

namespace statecraft::pg {

namespace {

std::string random_code() {
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::random_device device;
    std::uniform_int_distribution<int> pick(0, static_cast<int>(sizeof kAlphabet) - 2);
    std::string code(8, ' ');
    for (char& c : code) c = kAlphabet[pick(device)];
    return code;
}

bool role_exists(Connection& conn, const std::string& name) {
    return libpq().PQntuples(
               conn.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {name}).get()) == 1;
}

}  // namespace

void add_account(Connection& conn, const std::string& name, const std::string& password,
                 AccountKind kind) {
    if (name.empty() || name.size() > 63)
        throw PgError("An account name needs 1 to 63 characters.");
    if (password.size() < 8) throw PgError("A password needs at least 8 characters.");
    require_current_schema(conn);
    char* verifier =
        libpq().PQencryptPasswordConn(conn.get(), password.c_str(), name.c_str(), "scram-sha-256");
    if (!verifier)
        throw PgError("Cannot hash the password: " +
                      std::string(libpq().PQerrorMessage(conn.get())));
    std::string hashed = verifier;
    libpq().PQfreemem(verifier);
    const std::string role = conn.quote_identifier(name);
    const std::string group = kind == AccountKind::teacher ? kTeacherRole : kStudentRole;
    conn.exec("BEGIN");
    try {
        if (role_exists(conn, name))
            conn.exec("ALTER ROLE " + role + " LOGIN PASSWORD " + conn.quote_literal(hashed));
        else
            conn.exec("CREATE ROLE " + role + " LOGIN PASSWORD " + conn.quote_literal(hashed));
        conn.exec("GRANT " + group + " TO " + role);
        conn.exec("COMMIT");
    } catch (...) {
        libpq().PQclear(libpq().PQexec(conn.get(), "ROLLBACK"));
        throw;
    }
}

std::string add_class(Connection& conn, const NewClass& c) {
    require_current_schema(conn);
    Result teacher = conn.exec(
        "SELECT 1 FROM pg_roles r WHERE r.rolname = $1 AND pg_has_role(r.oid, $2, 'MEMBER')",
        {c.teacher, std::string(kTeacherRole)});
    if (libpq().PQntuples(teacher.get()) != 1)
        throw PgError("No teacher named \"" + c.teacher +
                      "\" on this server: add one with `statecraft server add-teacher`.");
    for (int tries = 0;; ++tries) {
        std::string code = random_code();
        try {
            conn.exec(
                "INSERT INTO statecraft.classes (school, term, name, code, teacher) "
                "VALUES ($1, $2, $3, $4, $5)",
                {c.school, c.term, c.name, code, c.teacher});
            return code;
        } catch (const PgError& e) {
            if (e.sqlstate() != "23505") throw;
            if (std::string(e.what()).find("classes_code_key") == std::string::npos || tries > 5)
                throw PgError("A class named \"" + c.name + "\" already exists for this term.");
        }
    }
}

std::string join_class(Connection& conn, const std::string& code) {
    Result r = conn.exec("SELECT statecraft.join_class($1)", {code});
    return field(r, 0, 0);
}

}  // namespace statecraft::pg
