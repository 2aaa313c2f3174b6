#include "core/text/utf8.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>

namespace statecraft {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

const utf8proc_uint8_t* bytes(std::string_view text) {
    return reinterpret_cast<const utf8proc_uint8_t*>(text.data());
}

// utf8proc says only "invalid"; the bytes say which rule was broken, for the message.
TextFaultKind classify(std::string_view text, std::size_t i) {
    auto at = [&](std::size_t k) {
        return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0x100u;
    };
    unsigned b0 = at(0), b1 = at(1);
    if (b0 == 0) return TextFaultKind::nul;
    if (b0 < 0xC0) return TextFaultKind::invalid_byte;  // a continuation byte with no lead
    if (b0 == 0xC0 || b0 == 0xC1 || (b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xF0 && b1 < 0x90))
        return b1 >= 0x80 && b1 <= 0xBF ? TextFaultKind::overlong : TextFaultKind::truncated;
    if (b0 == 0xED && b1 >= 0xA0 && b1 <= 0xBF) return TextFaultKind::surrogate;
    if (b0 > 0xF4 || (b0 == 0xF4 && b1 >= 0x90 && b1 <= 0xBF))
        return b0 > 0xF7 ? TextFaultKind::invalid_byte : TextFaultKind::beyond_unicode;
    return TextFaultKind::truncated;  // a good lead byte whose sequence stops early
}

}  // namespace

std::size_t decode_code_point(std::string_view text, std::size_t offset, char32_t& cp) {
    auto b = static_cast<unsigned char>(text[offset]);
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    utf8proc_int32_t out = 0;
    utf8proc_ssize_t n = utf8proc_iterate(
        bytes(text) + offset, static_cast<utf8proc_ssize_t>(text.size() - offset), &out);
    if (n <= 0) {
        cp = kReplacement;
        return 1;
    }
    cp = static_cast<char32_t>(out);
    return static_cast<std::size_t>(n);
}

std::optional<TextFault> find_text_fault(std::string_view text) {
    if (is_plain_ascii(text)) return std::nullopt;
    for (std::size_t i = 0; i < text.size();) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b != 0 && b < 0x80) {  // the common case, without a call
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n =
            utf8proc_iterate(bytes(text) + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0 || cp == 0) return TextFault{i, classify(text, i)};
        i += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

std::string describe_text_fault(const TextFault& fault, std::string_view text) {
    std::string shown;
    static const char* hex = "0123456789abcdef";
    for (std::size_t k = fault.offset; k < text.size() && k < fault.offset + 3; ++k) {
        auto b = static_cast<unsigned char>(text[k]);
        shown += "\\x";
        shown += hex[b >> 4];
        shown += hex[b & 15];
        if (fault.kind == TextFaultKind::nul || fault.kind == TextFaultKind::invalid_byte) break;
    }
    switch (fault.kind) {
        case TextFaultKind::nul:
            return "a NUL character (\\u0000)";
        case TextFaultKind::truncated:
            return "a truncated UTF-8 sequence (" + shown + ")";
        case TextFaultKind::overlong:
            return "an overlong UTF-8 form (" + shown + ")";
        case TextFaultKind::surrogate:
            return "a lone UTF-16 surrogate (" + shown +
                   "; a \\ud800-\\udfff escape without its pair)";
        case TextFaultKind::beyond_unicode:
            return "a code point beyond U+10FFFF (" + shown + ")";
        case TextFaultKind::invalid_byte:
            return "a byte that is not UTF-8 (" + shown + ")";
    }
    return "invalid text";
}

void append_code_point(std::string& out, char32_t code_point) {
    utf8proc_int32_t cp = static_cast<utf8proc_int32_t>(code_point);
    if (cp == 0 || !utf8proc_codepoint_valid(cp)) cp = kReplacement;
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::string make_valid_text(std::string_view text) {
    if (!find_text_fault(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for_each_code_point(text, [&](char32_t cp, std::size_t offset, std::size_t len) {
        if (cp == 0) return;
        if (cp == kReplacement && len == 1)
            append_code_point(out, kReplacement);
        else
            out.append(text.substr(offset, len));
    });
    return out;
}

bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

bool is_plain_ascii(std::string_view text) {
    // Blocks without an exit inside, which the compiler turns into vector code: 1 KiB ones for
    // a whole file (the vector's test at the end of a block costs as much as 64 bytes' checks),
    // 64-byte ones for a string; then 8 bytes at a time.
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    auto block_is_plain = [bytes](std::size_t from, std::size_t to) {
        unsigned char any = 0, least = 0xff;
        for (std::size_t j = from; j < to; ++j) {
            any |= bytes[j];
            least = bytes[j] < least ? bytes[j] : least;
        }
        return !(any & 0x80) && least != 0;
    };
    for (; i + 1024 <= text.size(); i += 1024)
        if (!block_is_plain(i, i + 1024)) return false;
    for (; i + 64 <= text.size(); i += 64)
        if (!block_is_plain(i, i + 64)) return false;
    constexpr std::uint64_t kLow = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, text.data() + i, 8);
        // A set high bit, or a zero byte (the classic "has a zero byte" test).
        if ((w & kHigh) || ((w - kLow) & ~w & kHigh)) return false;
    }
    for (; i < text.size(); ++i) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b == 0 || b >= 0x80) return false;
    }
    return true;
}

std::size_t count_code_points(std::string_view text) {
    if (is_plain_ascii(text)) return text.size();
    std::size_t n = 0;
    for_each_code_point(text, [&](char32_t, std::size_t, std::size_t) { ++n; });
    return n;
}

std::string_view take_graphemes(std::string_view text, std::size_t max_graphemes) {
    utf8proc_int32_t state = 0, previous = -1;
    std::size_t graphemes = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::size_t len = decode_code_point(text, i, cp);
        auto c = static_cast<utf8proc_int32_t>(cp);
        if (previous < 0 || utf8proc_grapheme_break_stateful(previous, c, &state)) {
            if (graphemes == max_graphemes) return text.substr(0, i);
            ++graphemes;
        }
        previous = c;
        i += len;
    }
    return text;
}

std::string_view cut_at_grapheme(std::string_view text, std::size_t max_bytes) {
    if (max_bytes >= text.size()) return text;
    utf8proc_int32_t state = 0, previous = -1;
    std::size_t boundary = 0;
    for (std::size_t i = 0; i <= max_bytes && i < text.size();) {
        char32_t cp;
        std::size_t len = decode_code_point(text, i, cp);
        auto c = static_cast<utf8proc_int32_t>(cp);
        if (previous < 0 || utf8proc_grapheme_break_stateful(previous, c, &state)) boundary = i;
        previous = c;
        i += len;
    }
    return text.substr(0, boundary);
}

std::size_t count_graphemes(std::string_view text) {
    utf8proc_int32_t state = 0, previous = -1;
    std::size_t graphemes = 0;
    for_each_code_point(text, [&](char32_t cp, std::size_t, std::size_t) {
        auto c = static_cast<utf8proc_int32_t>(cp);
        if (previous < 0 || utf8proc_grapheme_break_stateful(previous, c, &state)) ++graphemes;
        previous = c;
    });
    return graphemes;
}

}  // namespace statecraft
