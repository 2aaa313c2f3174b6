// How short answers are compared (bank format: "comparison folds case (unless told),
// surrounding and repeated spaces, and punctuation at the ends"). The Unicode work is done by
// core/text; this file holds only the rules.
#pragma once

#include <string>
#include <string_view>

namespace statecraft {

// The text a short answer is compared by, in this order:
//  1. Unicode: NFC ("e" + U+0301 is "é"); unless case_sensitive, full case folding as
//     Unicode defines it, the same in every locale ("STRASSE" = "straße", "Σ", "σ" and final
//     "ς" are one letter; "İ" folds to "i" + U+0307 and dotless "ı" stays "ı"); with
//     ignore_accents, combining marks are removed ("Zürich" = "Zurich", "İ" = "I").
//  2. Spaces: every Unicode space separator and ASCII whitespace counts as one space; runs
//     collapse to one; leading and trailing ones go.
//  3. Punctuation at the ends is stripped, repeatedly, with any spaces it uncovers:
//     . , ; : ! ? ' " ` ( ) [ ] { } and the Unicode quotes, guillemets, inverted marks and the
//     ellipsis. Symbols such as + - # $ % & * / @ stay ("C++" is not "C", "-5" is not "5").
//     Punctuation inside the text stays ("U.S" matches "U.S.", "U S" does not).
// Bytes that are not valid UTF-8 become U+FFFD (they cannot come from a loaded bank).
std::string normalize_short_answer(std::string_view text, bool case_sensitive,
                                   bool ignore_accents = false);

}  // namespace statecraft
