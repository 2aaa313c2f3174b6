// Opening the score database for the read-only subcommands (stats, export-results).
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/cli/commands.h"
#include "core/store/store.h"

namespace statecraft {

// The store at --data-dir (or the default folder), never creating one; messages go to err.
// Null when there is no usable database.
std::unique_ptr<Store> open_results_store(const GlobalOptions& global, std::ostream& err);

// The profile asked for, or the one used last; nullopt (with a message) when neither exists.
std::optional<std::string> choose_profile(Store& store, const std::string& asked,
                                          std::ostream& err);

}  // namespace statecraft
