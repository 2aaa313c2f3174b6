#include "app/cli/capped_output.h"

#include <algorithm>

namespace statecraft {

void print_capped(const std::string& path, std::size_t count,
                  const std::function<void(std::size_t)>& print, std::ostream& more_to) {
    const std::size_t shown = std::min(count, kMaxPrintedMessages);
    for (std::size_t i = 0; i < shown; ++i) print(i);
    if (count > shown) more_to << more_messages_line(path, count - shown) << "\n";
}

void print_capped(const std::string& path, const std::vector<std::string>& lines,
                  std::ostream& os) {
    print_capped(
        path, lines.size(), [&](std::size_t i) { os << lines[i] << "\n"; }, os);
}

void print_capped(const std::string& path, const Diagnostics& diagnostics, std::ostream& os) {
    print_capped(
        path, diagnostics.size(),
        [&](std::size_t i) { os << format_diagnostic(path, diagnostics[i]) << "\n"; }, os);
}

}  // namespace statecraft
