// What the school's IT and teachers do on the server: accounts and classes.
#pragma once

#include <string>

#include "sync/pg_connection.h"

namespace statecraft::pg {

enum class AccountKind { student, teacher };

// Creates the login role (or sets a new password on an existing one) as a member of
// statecraft_student or statecraft_teacher. The password is hashed here into a SCRAM-SHA-256
// verifier (PQencryptPasswordConn), so the server, its logs and pg_stat_activity never see it.
void add_account(Connection& conn, const std::string& name, const std::string& password,
                 AccountKind kind);

struct NewClass {
    std::string name, teacher, term, school = "school";
};

// Adds the class and returns its join code (8 letters and digits, no 0/O or 1/I).
std::string add_class(Connection& conn, const NewClass& c);

// As a student: joins the class with this code; returns the class's name.
std::string join_class(Connection& conn, const std::string& code);

}  // namespace statecraft::pg
