// How short answers are compared (bank format: "comparison folds case (unless told),
// surrounding and repeated spaces, and punctuation at the ends").
#pragma once

#include <string>
#include <string_view>

namespace statecraft {

// The text a short answer is compared by, in this order:
//  1. Spaces: every Unicode space (ASCII whitespace, U+00A0, U+2000-U+200A, U+202F, U+3000)
//     counts as one space; runs collapse to one; leading and trailing ones go.
//  2. Punctuation at the ends is stripped, repeatedly, with any spaces it uncovers:
//     . , ; : ! ? ' " ` ( ) [ ] { } and the Unicode quotes, guillemets, inverted marks and the
//     ellipsis. Symbols such as + - # $ % & * / @ stay ("C++" is not "C", "-5" is not "5").
//     Punctuation inside the text stays ("U.S" matches "U.S.", "U S" does not).
//  3. Unless case_sensitive, case is folded one character to one: ASCII, Latin-1, Latin
//     Extended-A, Greek and Cyrillic capitals become small letters. Other characters are kept
//     as they are; diacritics are not removed ("Zürich" is not "Zurich": list both in accept),
//     and no Unicode normalization is done (a precomposed "é" is not "e" + U+0301).
// Bytes that are not valid UTF-8 are kept as they are.
std::string normalize_short_answer(std::string_view text, bool case_sensitive);

// Lower-cases one code point as described above.
char32_t fold_case(char32_t c);

}  // namespace statecraft
