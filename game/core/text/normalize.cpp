#include "core/text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "core/text/utf8.h"

namespace statecraft {

namespace {

// utf8proc_map on valid text (broken bytes replaced first); NUL is dropped beforehand too,
// since utf8proc stops at none but the result is a C string.
std::string map_text(std::string_view text, utf8proc_option_t options) {
    std::string valid;
    if (!is_valid_text(text)) {
        valid = make_valid_text(text);
        text = valid;
    }
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    if (n < 0) return std::string(text);  // only out of memory once the text is valid
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

}  // namespace

bool is_nfc_starter(char32_t cp) {
    if (cp >= 0x1100 && cp <= 0x11FF) return false;  // Hangul jamo compose by rule, not by table
    const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    if (p->combining_class != 0) return false;
    if (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000) return false;  // a second part
    // Canonical decompositions: only the Latin precomposed letters, all of which NFC keeps.
    bool canonical = p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0;
    return !canonical || (cp >= 0xC0 && cp <= 0x24F);
}

bool is_quick_nfc(std::string_view text) {
    if (is_plain_ascii(text)) return true;
    if (!is_valid_text(text)) return false;
    bool quick = true;
    for_each_code_point(text, [&](char32_t cp, std::size_t, std::size_t) {
        if (quick && cp >= 0x80 && !is_nfc_starter(cp)) quick = false;
    });
    return quick;
}

std::string to_nfc(std::string_view text) {
    if (is_quick_nfc(text)) return std::string(text);
    return map_text(text, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
}

bool normalize_nfc(std::string& text) {
    if (is_quick_nfc(text)) return false;
    std::string nfc = to_nfc(text);
    if (nfc == text) return false;
    text = std::move(nfc);
    return true;
}

std::string fold_text(std::string_view text, FoldOptions options) {
    int flags = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    if (options.case_fold) flags |= UTF8PROC_CASEFOLD;
    if (options.strip_marks) flags |= UTF8PROC_STRIPMARK;
    if (is_ascii(text)) {  // folding ASCII is lower-casing it; there are no marks to strip
        std::string out(text);
        if (options.case_fold)
            for (char& c : out)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    return map_text(text, static_cast<utf8proc_option_t>(flags));
}

bool is_unicode_space(char32_t code_point) {
    if (code_point == ' ' || (code_point >= 0x09 && code_point <= 0x0D)) return true;
    if (code_point < 0x80) return false;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(code_point))) {
        case UTF8PROC_CATEGORY_ZS:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
            return true;
        default:
            return false;
    }
}

}  // namespace statecraft
