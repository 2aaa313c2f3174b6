#include "core/session/text_normalize.h"

#include <vector>

namespace statecraft {

namespace {

// Invalid bytes travel through as U+DC80..U+DCFF (lone surrogates never come out of a valid
// decode), and go back out as the same byte.
constexpr char32_t kRawByteBase = 0xDC00;

std::vector<char32_t> decode_utf8(std::string_view s) {
    std::vector<char32_t> out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        auto b0 = static_cast<unsigned char>(s[i]);
        int len = b0 < 0x80           ? 1
                  : (b0 >> 5) == 0x6  ? 2
                  : (b0 >> 4) == 0xE  ? 3
                  : (b0 >> 3) == 0x1E ? 4
                                      : 0;
        char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
        bool ok = len > 0 && i + len <= s.size();
        for (int k = 1; ok && k < len; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (b & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
        static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        if (ok && (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (ok) {
            out.push_back(cp);
            i += len;
        } else {
            out.push_back(kRawByteBase + b0);
            i += 1;
        }
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp >= kRawByteBase + 0x80 && cp <= kRawByteBase + 0xFF) {
        out.push_back(static_cast<char>(cp - kRawByteBase));
    } else if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool is_space(char32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x3000;
}

bool is_end_punctuation(char32_t c) {
    switch (c) {
        case '.':
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case '\'':
        case '"':
        case '`':
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case 0x00A1:
        case 0x00BF:  // inverted ! and ?
        case 0x00AB:
        case 0x00BB:  // guillemets
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:  // single quotes
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:  // double quotes
        case 0x2039:
        case 0x203A:  // single guillemets
        case 0x2026:  // ellipsis
            return true;
        default:
            return false;
    }
}

}  // namespace

char32_t fold_case(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c < 0xC0) return c;
    if (c <= 0xDE) return c == 0xD7 ? c : c + 0x20;  // Latin-1 capitals, but not the sign ×
    if (c >= 0x100 && c <= 0x17F) {                  // Latin Extended-A
        if (c == 0x130) return 'i';                  // İ
        if (c == 0x178) return 0xFF;                 // Ÿ
        if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
        return c;
    }
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20;  // Greek capitals
    if (c == 0x3C2) return 0x3C3;                                 // final sigma
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;                // Cyrillic А-Я
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;                // Cyrillic Ѐ-Џ
    return c;
}

std::string normalize_short_answer(std::string_view text, bool case_sensitive) {
    std::vector<char32_t> cps = decode_utf8(text);
    // Collapse spaces into single ' ' and trim.
    std::vector<char32_t> words;
    words.reserve(cps.size());
    for (char32_t c : cps) {
        if (is_space(c)) {
            if (!words.empty() && words.back() != ' ') words.push_back(' ');
        } else {
            words.push_back(case_sensitive ? c : fold_case(c));
        }
    }
    // Strip punctuation and spaces at both ends.
    std::size_t begin = 0, end = words.size();
    while (begin < end && (words[begin] == ' ' || is_end_punctuation(words[begin]))) ++begin;
    while (end > begin && (words[end - 1] == ' ' || is_end_punctuation(words[end - 1]))) --end;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = begin; i < end; ++i) append_utf8(out, words[i]);
    return out;
}

}  // namespace statecraft
