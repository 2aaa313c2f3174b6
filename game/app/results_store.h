// Opening the score database for the subcommands: read-only for stats, export-results and
// report; read-write for sync, which keeps its cursor in the store.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/cli/commands.h"
#include "core/store/store.h"

namespace statecraft {

enum class StoreAccess { read_only, read_write };

// The store at --data-dir (or the default folder), never creating one; messages go to err.
// Null when there is no usable database. Read-only access never moves, repairs or migrates it.
std::unique_ptr<Store> open_results_store(const GlobalOptions& global, std::ostream& err,
                                          StoreAccess access = StoreAccess::read_only);

// True when the database file at --data-dir (or the default folder) does not exist yet:
// nothing was ever recorded there.
bool no_results_yet(const GlobalOptions& global);

// The profile asked for, or the one used last; nullopt (with a message) when neither exists.
std::optional<std::string> choose_profile(Store& store, const std::string& asked,
                                          std::ostream& err);

}  // namespace statecraft
