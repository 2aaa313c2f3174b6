// The character layer of the GIFT reader: blocks, escapes, text formats, comment values.
#include <algorithm>

#include "core/interop/gift_parse.h"
#include "core/interop/text_util.h"

namespace statecraft::gift {

namespace {
bool is_blank(std::string_view line) {
    return trim_view(line).empty();
}
}  // namespace

// Escaped control characters become bytes that never occur in valid UTF-8, so the
// parser cannot mistake them for syntax (Moodle uses "&&058;" and friends).
constexpr char kEscColon = '\xF8', kEscHash = '\xF9', kEscEquals = '\xFA', kEscOpen = '\xFB',
               kEscClose = '\xFC', kEscTilde = '\xFD', kEscNewline = '\xFE';

std::string escape_pre(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char next = s[i + 1];
        char mapped = 0;
        switch (next) {
            case '\\':
                mapped = '\\';
                break;
            case ':':
                mapped = kEscColon;
                break;
            case '#':
                mapped = kEscHash;
                break;
            case '=':
                mapped = kEscEquals;
                break;
            case '{':
                mapped = kEscOpen;
                break;
            case '}':
                mapped = kEscClose;
                break;
            case '~':
                mapped = kEscTilde;
                break;
            case 'n':
                mapped = kEscNewline;
                break;
        }
        if (mapped) {
            out += mapped;
            ++i;
        } else {
            out += '\\';
        }
    }
    return out;
}

std::string escape_post(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case kEscColon:
                out += ':';
                break;
            case kEscHash:
                out += '#';
                break;
            case kEscEquals:
                out += '=';
                break;
            case kEscOpen:
                out += '{';
                break;
            case kEscClose:
                out += '}';
                break;
            case kEscTilde:
                out += '~';
                break;
            case kEscNewline:
                out += '\n';
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::vector<Block> split_blocks(std::string_view text) {
    std::vector<Block> blocks;
    Block current;
    bool has_lines = false;
    int line_no = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++line_no;
        if (is_blank(line)) {
            if (has_lines) blocks.push_back(std::move(current));
            current = Block{};
            has_lines = false;
        } else {
            if (!has_lines) current.line = line_no;
            if (has_lines) current.text += '\n';
            has_lines = true;
            if (trim_view(line).substr(0, 2) == "//") {
                current.text += ' ';
                current.comments.append(trim_view(line)).append("\n");
            } else {
                current.text.append(line);
            }
        }
        if (end == text.size()) break;
        pos = end + 1;
    }
    if (has_lines) blocks.push_back(std::move(current));
    return blocks;
}

std::string finish_text(std::string_view escaped, TextFormat format) {
    std::string text = escape_post(escaped);
    if (format == TextFormat::markdown || format == TextFormat::plain) return trim(text);
    if (format == TextFormat::html) return html_to_text(text);
    if (looks_like_html(text)) {
        // Moodle's own format allows HTML and turns line breaks into <br>.
        std::string with_breaks;
        for (char c : text) c == '\n' ? with_breaks.append("<br>") : with_breaks.append(1, c);
        return html_to_text(with_breaks);
    }
    // Trim the ends of every line: indentation in a GIFT file is layout, not text.
    std::string out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        if (pos > 0) out += '\n';
        out.append(trim_view(std::string_view(text).substr(pos, end - pos)));
        pos = end + 1;
    }
    return trim(out);
}

std::string ordinal_position(int n) {
    const char* suffix = "th";
    if (n % 100 < 11 || n % 100 > 13) {
        if (n % 10 == 1)
            suffix = "st";
        else if (n % 10 == 2)
            suffix = "nd";
        else if (n % 10 == 3)
            suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

// Longer values are not tags or ids; the cap keeps "[tag:[tag:[tag:..." lines linear.
constexpr std::size_t kMaxBracketValue = 256;

std::vector<std::string> extract_bracket_values(std::string_view comments, std::string_view key) {
    std::vector<std::string> values;
    std::string opener = "[" + std::string(key) + ":";
    std::size_t pos = 0;
    while ((pos = comments.find(opener, pos)) != std::string_view::npos) {
        std::size_t i = pos + opener.size();
        std::string value;
        bool closed = false;
        while (i < comments.size() && value.size() < kMaxBracketValue) {
            char c = comments[i];
            if (c == '\\' && i + 1 < comments.size() && comments[i + 1] == ']') {
                value += ']';
                i += 2;
            } else if (c == ']') {
                closed = true;
                break;
            } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                break;
            } else {
                value += c;
                ++i;
            }
        }
        if (closed && !value.empty()) values.push_back(trim(value));
        pos += opener.size();
    }
    return values;
}

}  // namespace statecraft::gift
