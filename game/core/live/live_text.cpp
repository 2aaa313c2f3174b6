#include "core/live/live_text.h"

#include <utf8proc.h>

#include "core/live/live_limits.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

bool dropped_from_names(char32_t cp) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return category == UTF8PROC_CATEGORY_CC || category == UTF8PROC_CATEGORY_CF ||
           category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP ||
           category == UTF8PROC_CATEGORY_CO || category == UTF8PROC_CATEGORY_CN;
}

}  // namespace

std::string clean_player_name(std::string_view typed) {
    const std::string valid = to_nfc(make_valid_text(typed));
    std::string out;
    bool pending_space = false;
    for_each_code_point(valid, [&](char32_t cp, std::size_t, std::size_t) {
        if (is_unicode_space(cp)) {
            pending_space = !out.empty();
            return;
        }
        if (dropped_from_names(cp)) return;
        if (pending_space) out.push_back(' ');
        pending_space = false;
        append_code_point(out, cp);
    });
    return std::string(take_graphemes(out, kLiveNameMaxChars));
}

bool is_valid_player_token(std::string_view token) {
    if (token.size() != kLiveTokenHexDigits) return false;
    for (char c : token) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

bool is_valid_pin(std::string_view pin) {
    if (pin.size() != kLivePinDigits) return false;
    for (char c : pin) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

}  // namespace statecraft
