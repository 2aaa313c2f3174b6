#include "core/bank/diagnostic.h"

#include <algorithm>

#include "core/text/escape.h"

namespace statecraft {

bool has_errors(const Diagnostics& diagnostics) {
    return count(diagnostics, Severity::error) > 0;
}

int count(const Diagnostics& diagnostics, Severity severity) {
    return static_cast<int>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [&](const Diagnostic& d) { return d.severity == severity; }));
}

std::string format_diagnostic(const std::string& path, const Diagnostic& d) {
    std::string out = path;
    if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out += d.severity == Severity::error ? ": error" : ": warning";
    if (!d.rule.empty()) out += " [" + d.rule + "]";
    out += ": ";
    if (!d.pointer.empty()) out += d.pointer + ": ";
    out += d.message;
    if (!d.question_id.empty()) out += " (question \"" + d.question_id + "\")";
    return escape_for_message(out);
}

std::string more_messages_line(const std::string& path, std::size_t more) {
    return escape_for_message(path) + ": and " + std::to_string(more) + " more";
}

}  // namespace statecraft
