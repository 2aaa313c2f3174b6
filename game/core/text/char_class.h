// What kind of character a code point is (utf8proc's Unicode categories), for code that splits
// text into words or looks at letter case without knowing any script itself.
#pragma once

namespace statecraft {

// Letters, combining marks and digits of any script: what a word is made of ("Gdańsk",
// "Khāmeneʾi", "Ереван", "٢٠٢٤"), and the zero-width (non-)joiner that Persian writes inside
// words. Punctuation, symbols, spaces and other controls are not.
bool is_word_character_beyond_ascii(char32_t code_point);
inline bool is_word_character(char32_t c) {
    if (c >= 0x80) return is_word_character_beyond_ascii(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Upper- or title-case letters ("A", "Ä", "Σ", "ǅ"), and lower-case ones ("a", "ß", "σ").
bool is_cased_letter_beyond_ascii(char32_t code_point, bool upper);
inline bool is_uppercase_letter(char32_t c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : is_cased_letter_beyond_ascii(c, true);
}
inline bool is_lowercase_letter(char32_t c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : is_cased_letter_beyond_ascii(c, false);
}

}  // namespace statecraft
