#include "core/text/char_class.h"

#include <utf8proc.h>

namespace statecraft {

namespace {

constexpr char32_t kZeroWidthNonJoiner = 0x200C, kZeroWidthJoiner = 0x200D;

utf8proc_category_t category(char32_t code_point) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(code_point));
}

}  // namespace

bool is_word_character_beyond_ascii(char32_t c) {
    if (c == kZeroWidthNonJoiner || c == kZeroWidthJoiner) return true;  // inside Persian words
    switch (category(c)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO:
            return true;
        default:
            return false;
    }
}

bool is_cased_letter_beyond_ascii(char32_t c, bool upper) {
    const utf8proc_category_t cat = category(c);
    if (upper) return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    return cat == UTF8PROC_CATEGORY_LL;
}

}  // namespace statecraft
