#include "core/session/text_normalize.h"

#include <vector>

#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

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

std::string normalize_short_answer(std::string_view text, bool case_sensitive,
                                   bool ignore_accents) {
    std::string folded = fold_text(text, {!case_sensitive, ignore_accents});
    // Collapse spaces into single ' ' and trim.
    std::vector<char32_t> words;
    words.reserve(folded.size());
    for_each_code_point(folded, [&](char32_t c, std::size_t, std::size_t) {
        if (is_unicode_space(c)) {
            if (!words.empty() && words.back() != ' ') words.push_back(' ');
        } else {
            words.push_back(c);
        }
    });
    // Strip punctuation and spaces at both ends.
    std::size_t begin = 0, end = words.size();
    while (begin < end && (words[begin] == ' ' || is_end_punctuation(words[begin]))) ++begin;
    while (end > begin && (words[end - 1] == ' ' || is_end_punctuation(words[end - 1]))) --end;
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = begin; i < end; ++i) append_code_point(out, words[i]);
    return out;
}

}  // namespace statecraft
