// Errors and warnings about a bank, in the shape `statecraft validate` prints them.
#pragma once

#include <string>
#include <vector>

namespace statecraft {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string message;
    int line = 0;  // 1-based; 0 when the diagnostic is about a JSON pointer
    int column = 0;
    std::string pointer;      // JSON pointer such as /questions/3/choices, or empty
    std::string question_id;  // id of the question it concerns, or empty
    std::string rule;         // lint: the rule's name ("longest-option"), else empty
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);
int count(const Diagnostics& diagnostics, Severity severity);

// "PATH:LINE:COL: error: msg" or, about a place in the bank, in words for a teacher with the
// JSON pointer kept for tools: "PATH: warning: question \"id\", choice 3, text: msg
// (at /questions/0/choices/2/text)"; a lint warning names its rule: "PATH: warning [rule]: ...".
// Control characters, NUL and bytes that are not UTF-8 are escaped (core/text/escape.h).
std::string format_diagnostic(const std::string& path, const Diagnostic& diagnostic);

// A JSON pointer in words: "/questions/0/choices/2/text" with question id "x" is
// "question \"x\", choice 3, text". Empty for an empty pointer.
std::string place_in_words(const std::string& pointer, const std::string& question_id);

// The order people read a list in: errors first, then warnings (each kept in its order), and a
// warning that recurs unchanged on many questions (kRepeatedWarning or more) as one line with
// the count and the first few question ids (unless group is false: the editor's list, where
// each line leads to its field).
inline constexpr std::size_t kRepeatedWarning = 4;
Diagnostics for_reading(const Diagnostics& diagnostics, bool group = true);

// A broken file can hold thousands of errors: the commands print this many, then one line
// "PATH: and N more" (more_messages_line).
inline constexpr std::size_t kMaxPrintedMessages = 50;
std::string more_messages_line(const std::string& path, std::size_t more);

}  // namespace statecraft
