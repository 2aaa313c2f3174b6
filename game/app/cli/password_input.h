// Reading a new account's password without showing it: typed at a terminal (echo off), or the
// first line of standard input when it is a pipe (scripts: `printf '%s\n' "$PW" | statecraft ...`).
#pragma once

#include <optional>
#include <string>

namespace statecraft {

// nullopt when standard input is closed before a line.
std::optional<std::string> read_password(const std::string& prompt);

}  // namespace statecraft
