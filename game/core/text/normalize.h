// Unicode normalisation on utf8proc: NFC for everything that comes in, and the folds that
// comparisons use (full case folding, mark stripping). Text must be valid (core/text/utf8.h);
// broken bytes are replaced by U+FFFD first.
#pragma once

#include <string>
#include <string_view>

namespace statecraft {

// Canonical composition (NFC): "e" + U+0301 becomes "é", so that two spellings a reader cannot
// tell apart are one string. ASCII text comes back unchanged without work.
std::string to_nfc(std::string_view text);
// In place; returns true when the text changed.
bool normalize_nfc(std::string& text);

// True when text is certainly NFC already, decided from utf8proc's tables without building
// the NFC form: every character is a starter that nothing composes onto. Conservative: false
// sends the text through the full normalisation. is_nfc_starter is its test per character.
bool is_quick_nfc(std::string_view text);
bool is_nfc_starter(char32_t code_point);

struct FoldOptions {
    bool case_fold = true;     // Unicode full case folding, locale-independent ("ß" -> "ss")
    bool strip_marks = false;  // drop combining marks after decomposition ("Zürich" -> "Zurich")
};

// NFC text folded as asked: what two strings are compared by.
std::string fold_text(std::string_view text, FoldOptions options);

// Space separators (Unicode Zs, Zl, Zp) and the ASCII controls \t \n \v \f \r.
bool is_unicode_space(char32_t code_point);

}  // namespace statecraft
