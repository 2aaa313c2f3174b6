// A random (version 4) UUID for a new attempt, made in C++ from SQLite's own generator (seeded
// by the operating system): one call instead of the SQL expression's six (uuid_sql.h), which
// cost more than the rest of an attempt's insert. Same format: lower-case, 8-4-4-4-12.
#pragma once

#include <string>

namespace statecraft {

std::string new_uuid();

}  // namespace statecraft
