// Reads bank JSON text straight into the typed model with RapidJSON's SAX reader:
// no DOM, no copies of the input. Reports syntax errors (line, column) and shape
// errors (JSON pointer) all at once; the rules themselves live in bank_rules. Every string
// must be valid text after unescaping (no lone surrogate, no NUL) and is kept in NFC.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/bank/diagnostic.h"
#include "core/bank/model.h"

namespace statecraft {

// Which fields were present, and which had the wrong JSON type (already reported),
// so that the rules neither report a missing field twice nor miss a required one.
struct FieldPresence {
    std::uint32_t seen = 0;
    std::uint32_t bad = 0;
    bool has(int field) const { return (seen >> field) & 1u; }
    bool is_bad(int field) const { return (bad >> field) & 1u; }
};

enum RootField { kRootFormat, kRootVersion, kRootId, kRootTitle, kRootCategories, kRootQuestions };
enum QuestionField { kQuestionAnswer, kQuestionDifficulty, kQuestionTimeLimit, kQuestionType };

struct ReadResult {
    Bank bank;
    Diagnostics diagnostics;
    bool syntax_ok = true;  // false: the JSON itself is broken
    FieldPresence root;
    std::vector<FieldPresence> questions;  // parallel to bank.questions
};

// The longest text field, in characters (code points), and the deepest nesting we accept.
inline constexpr std::size_t kMaxTextChars = 20000;
inline constexpr int kMaxDepth = 64;

// Whether a readable NUL byte follows the text (text.data()[text.size()]), as after a
// std::string's characters or a MappedFile's: a plain ASCII file is then read by RapidJSON's
// stream for NUL-terminated text, about a sixth faster than its bounded stream.
enum class TextEnd { unknown, nul };

ReadResult read_bank_json(std::string_view text, TextEnd end = TextEnd::unknown);

}  // namespace statecraft
