// A random (version 4) UUID for a new attempt, made in C++ from SQLite's own generator (seeded
// by the operating system): one call instead of the SQL expression's six (uuid_sql.h), which
// cost more than the rest of an attempt's insert. Same format: lower-case, 8-4-4-4-12.
#pragma once

#include <cstddef>
#include <string>

namespace statecraft {

std::string new_uuid();
// `count` new UUIDs, each kUuidLength characters, one after another: a batch's randomness drawn
// in one call (SQLite's generator takes a lock per call).
constexpr std::size_t kUuidLength = 36;
std::string new_uuids(std::size_t count);

}  // namespace statecraft
