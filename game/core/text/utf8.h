// The one place that knows UTF-8 (on utf8proc): checking text, walking its code points and
// counting what a reader sees. Every other module calls these instead of decoding bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace statecraft {

// Why a text is refused. Valid text is well-formed UTF-8 without NUL: a NUL cuts C strings,
// terminals and SQLite text short, so it counts as broken too.
enum class TextFaultKind { nul, truncated, overlong, surrogate, beyond_unicode, invalid_byte };

struct TextFault {
    std::size_t offset = 0;  // of the first offending byte
    TextFaultKind kind = TextFaultKind::invalid_byte;
};

// The first fault in text, or nothing when the whole text is valid.
std::optional<TextFault> find_text_fault(std::string_view text);
inline bool is_valid_text(std::string_view text) {
    return !find_text_fault(text);
}

// "a lone UTF-16 surrogate (\udc00)" and the like, for messages. text is the text the
// fault was found in; the bytes shown are escaped.
std::string describe_text_fault(const TextFault& fault, std::string_view text);

// Valid text with each broken sequence replaced by U+FFFD and NUL dropped, for display of
// input that was never checked (a typed answer, a clipboard paste).
std::string make_valid_text(std::string_view text);

// Calls f(code_point, offset, length) for each code point of valid text (or of text made
// valid: a broken byte comes as U+FFFD with length 1).
template <typename F>
void for_each_code_point(std::string_view text, F&& f);

// Appends one code point; surrogates, NUL and values past U+10FFFF become U+FFFD.
void append_code_point(std::string& out, char32_t code_point);

bool is_ascii(std::string_view text);
// ASCII without NUL: valid, already NFC, one code point per byte. Checked in vector-sized blocks,
// because most bank text is exactly this and the reader asks for every string.
bool is_plain_ascii(std::string_view text);
std::size_t count_code_points(std::string_view text);
// User-perceived characters (extended grapheme clusters): "e" + U+0301 is one, a flag is one.
std::size_t count_graphemes(std::string_view text);

// The longest start of text with at most max_graphemes graphemes (never cuts a character).
std::string_view take_graphemes(std::string_view text, std::size_t max_graphemes);
// The longest start of text of at most max_bytes bytes that ends between two graphemes.
std::string_view cut_at_grapheme(std::string_view text, std::size_t max_bytes);

// Decodes one code point at text[offset]; returns its length in bytes (>= 1) and sets cp
// (U+FFFD with length 1 for a broken byte).
std::size_t decode_code_point(std::string_view text, std::size_t offset, char32_t& cp);

template <typename F>
void for_each_code_point(std::string_view text, F&& f) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {  // ASCII, most of any bank, without a call
            f(static_cast<char32_t>(byte), i, std::size_t{1});
            ++i;
            continue;
        }
        char32_t cp;
        std::size_t len = decode_code_point(text, i, cp);
        f(cp, i, len);
        i += len;
    }
}

}  // namespace statecraft
