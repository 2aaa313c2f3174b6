// What kind of character a code point is (utf8proc's Unicode categories), for code that splits
// text into words or looks at letter case without knowing any script itself.
#pragma once

namespace statecraft {

// Letters, combining marks and digits of any script: what a word is made of ("Gdańsk",
// "Khāmeneʾi", "Ереван", "٢٠٢٤"), and the zero-width (non-)joiner that Persian writes inside
// words. Punctuation, symbols, spaces and other controls are not.
bool is_word_character(char32_t code_point);

// Upper- or title-case letters ("A", "Ä", "Σ", "ǅ"), and lower-case ones ("a", "ß", "σ").
bool is_uppercase_letter(char32_t code_point);
bool is_lowercase_letter(char32_t code_point);

}  // namespace statecraft
