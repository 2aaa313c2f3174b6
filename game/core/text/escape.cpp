#include "core/text/escape.h"

#include <cstdio>

#include "core/text/utf8.h"

namespace statecraft {

namespace {

bool needs_escape(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::string escape_for_message(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for_each_code_point(text, [&](char32_t cp, std::size_t offset, std::size_t len) {
        char buf[12];
        if (cp == 0xFFFD && len == 1) {  // a byte that is not UTF-8
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(text[offset]));
            out += buf;
        } else if (needs_escape(cp)) {
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
            out += buf;
        } else {
            out.append(text.substr(offset, len));
        }
    });
    return out;
}

}  // namespace statecraft
