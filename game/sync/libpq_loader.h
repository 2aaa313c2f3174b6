// libpq, loaded on the first school-server command rather than at start-up: linking it would make
// every command (validate, the GUI, ...) load libpq and its two dozen shared libraries (Kerberos,
// LDAP, OpenSSL) first. libpq-fe.h gives the types; the functions come from dlopen("libpq.so.5").
// Calls read libpq().PQexec(...); a direct PQexec(...) fails to link, as the program does not link
// libpq.
#pragma once

#include <libpq-fe.h>

#include <string>

// Every libpq function the school-server code calls: one list for the struct and for dlsym.
// clang-format off
#define STATECRAFT_LIBPQ_FUNCTIONS(X)                                                   \
    X(PQconnectdbParams) X(PQstatus) X(PQerrorMessage) X(PQfinish)                      \
    X(PQhost) X(PQport) X(PQdb) X(PQuser)                                               \
    X(PQexec) X(PQexecParams) X(PQsendQuery) X(PQgetResult)                             \
    X(PQresultStatus) X(PQresultErrorField) X(PQclear)                                  \
    X(PQntuples) X(PQgetvalue) X(PQgetisnull) X(PQcmdTuples)                            \
    X(PQputCopyData) X(PQputCopyEnd)                                                    \
    X(PQescapeIdentifier) X(PQescapeLiteral) X(PQfreemem) X(PQencryptPasswordConn)
// clang-format on

namespace statecraft::pg {

// The resolved functions, each with libpq's own name and type.
struct Libpq {
#define STATECRAFT_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    STATECRAFT_LIBPQ_FUNCTIONS(STATECRAFT_LIBPQ_MEMBER)
#undef STATECRAFT_LIBPQ_MEMBER
};

// The program's libpq (libpq.so.5), loaded on the first call and kept; safe from any thread.
// Throws PgError naming Debian's libpq5 package when it cannot be loaded (a later call retries).
const Libpq& libpq();

// Loads library (a file name dlopen searches for, e.g. "libpq.so.5") and resolves every function
// above; throws PgError saying what is missing and which package provides it. Each call loads
// anew: libpq() keeps the one the program uses.
Libpq load_libpq(const std::string& library);

}  // namespace statecraft::pg
