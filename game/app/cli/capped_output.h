// One way for every command to list many messages: a broken file can hold thousands, so the
// first kMaxPrintedMessages (core/bank/diagnostic.h) are printed, then "PATH: and N more".
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "core/bank/diagnostic.h"

namespace statecraft {

// Calls print(i) for the first messages of count; the "and N more" line goes to more_to.
void print_capped(const std::string& path, std::size_t count,
                  const std::function<void(std::size_t)>& print, std::ostream& more_to);
void print_capped(const std::string& path, const std::vector<std::string>& lines, std::ostream& os);
// Each as format_diagnostic(path, d).
void print_capped(const std::string& path, const Diagnostics& diagnostics, std::ostream& os);

}  // namespace statecraft
