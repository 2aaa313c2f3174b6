#include "core/interop/text_util.h"

#include <array>
#include <cctype>
#include <cstring>

#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

std::string check_input_text(std::string_view text, int& line) {
    auto fault = find_text_fault(text);
    if (!fault) return {};
    line = line_of_offset(text, fault->offset);
    std::size_t line_start = text.rfind('\n', fault->offset == 0 ? 0 : fault->offset - 1);
    line_start = line_start == std::string_view::npos || fault->offset == 0 ? 0 : line_start + 1;
    std::size_t column = count_code_points(text.substr(line_start, fault->offset - line_start)) + 1;
    return "column " + std::to_string(column) + ": " + describe_text_fault(*fault, text);
}

int line_of_offset(std::string_view text, std::size_t offset) {
    if (offset > text.size()) offset = text.size();
    int line = 1;
    for (std::size_t i = 0; i < offset; ++i) line += text[i] == '\n';
    return line;
}

std::string_view trim_view(std::string_view text) {
    const char* ws = " \t\r\n\f\v";
    std::size_t b = text.find_first_not_of(ws);
    if (b == std::string_view::npos) return {};
    std::size_t e = text.find_last_not_of(ws);
    return text.substr(b, e - b + 1);
}

std::string trim(std::string_view text) {
    return std::string(trim_view(text));
}

std::string make_slug(std::string_view text, std::size_t max_chars) {
    std::string slug;
    bool pending_dash = false;
    // Folded with marks stripped, so "Zürich" gives "zurich" and "Straße" "strasse"; letters
    // that stay outside ASCII (Greek, Cyrillic...) separate, since ids are ASCII slugs.
    const std::string folded = fold_text(text, FoldOptions{true, true});
    for (char c : folded) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum) {
            pending_dash = !slug.empty();
            continue;
        }
        if (pending_dash) {
            if (slug.size() + 2 > max_chars) break;
            slug += '-';
            pending_dash = false;
        }
        if (slug.size() + 1 > max_chars) break;
        slug += c;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

std::string UniqueIds::take(std::string_view text, std::string_view fallback) {
    std::string base = make_slug(text, 56);  // room for a "-NNNNNNN" suffix within 64
    if (base.empty()) base = make_slug(fallback, 56);
    if (base.empty()) base = "item";
    std::string id = base;
    int& n = next_suffix_.try_emplace(base, 2).first->second;
    while (used_.count(id)) id = base + "-" + std::to_string(n++);
    used_.insert(id);
    return id;
}

namespace {

bool is_tag_start(std::string_view s, std::size_t i) {
    // '<' followed by a letter, '/' + letter, or '!--'.
    if (i + 1 >= s.size() || s[i] != '<') return false;
    unsigned char c = static_cast<unsigned char>(s[i + 1]);
    if (std::isalpha(c)) return true;
    if (c == '/' && i + 2 < s.size()) return std::isalpha(static_cast<unsigned char>(s[i + 2]));
    return s.compare(i, 4, "<!--") == 0;
}

// The next "-->" at or after a position. Queries only move forward, so the answer of the
// last search is reused while it still lies ahead: "<!--<!--<!--..." stays linear.
struct CommentEnds {
    std::string_view s;
    std::size_t from = 0, found = std::string_view::npos;
    bool searched = false;
    std::size_t next(std::size_t at) {
        if (!searched || (found != std::string_view::npos && at > found)) {
            found = s.find("-->", at);
            searched = true;
        }
        return found;
    }
};

// Length of the tag at i (through its '>'), or 0 when it does not close.
std::size_t tag_length(std::string_view s, std::size_t i, CommentEnds& comments) {
    if (s.compare(i, 4, "<!--") == 0) {
        std::size_t end = comments.next(i + 4);
        return end == std::string_view::npos ? 0 : end + 3 - i;
    }
    for (std::size_t j = i + 1; j < s.size(); ++j) {
        if (s[j] == '>') return j + 1 - i;
        if (s[j] == '<') return 0;
    }
    return 0;
}

std::string tag_name(std::string_view tag) {
    std::string name;
    std::size_t i = 1;
    if (i < tag.size() && tag[i] == '/') ++i;
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i])))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i++])));
    return name;
}

struct Entity {
    const char* name;
    unsigned long code_point;
};
constexpr std::array<Entity, 14> kEntities{{{"amp", '&'},
                                            {"lt", '<'},
                                            {"gt", '>'},
                                            {"quot", '"'},
                                            {"apos", '\''},
                                            {"nbsp", 0xA0},
                                            {"ndash", 0x2013},
                                            {"mdash", 0x2014},
                                            {"lsquo", 0x2018},
                                            {"rsquo", 0x2019},
                                            {"ldquo", 0x201C},
                                            {"rdquo", 0x201D},
                                            {"hellip", 0x2026},
                                            {"copy", 0xA9}}};

// Decodes the entity at i ('&'); returns its length, or 0 when it is not one we know.
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
    std::size_t semi = s.substr(i, 12).find(';');  // entities are short: look no further
    if (semi == std::string_view::npos) return 0;
    semi += i;
    std::string_view body = s.substr(i + 1, semi - i - 1);
    if (body.size() >= 2 && body[0] == '#') {
        bool hex = body[1] == 'x' || body[1] == 'X';
        std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty()) return 0;
        unsigned long cp = 0;
        for (char d : digits) {
            int v = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(d))
                        ? std::tolower(static_cast<unsigned char>(d)) - 'a' + 10
                        : -1;
            if (v < 0) return 0;
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
            if (cp > 0x10FFFF) return 0;
        }
        append_code_point(out, cp == 0xA0 ? U' ' : static_cast<char32_t>(cp));
        return semi + 1 - i;
    }
    for (const Entity& e : kEntities) {
        if (body == e.name) {
            append_code_point(out,
                              e.code_point == 0xA0 ? U' ' : static_cast<char32_t>(e.code_point));
            return semi + 1 - i;
        }
    }
    return 0;
}

bool is_block_end(const std::string& name, bool closing) {
    static const char* blocks[] = {"p",  "div", "li", "tr",  "h1",    "h2", "h3",
                                   "h4", "h5",  "h6", "pre", "table", "ul", "ol"};
    if (name == "br") return true;
    if (!closing) return false;
    for (const char* b : blocks)
        if (name == b) return true;
    return false;
}

}  // namespace

bool looks_like_html(std::string_view text) {
    CommentEnds comments{text};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '<' && is_tag_start(text, i) && tag_length(text, i, comments) > 0)
            return true;
        if (text[i] == '&') {
            std::string scratch;
            if (decode_entity(text, i, scratch) > 0) return true;
        }
    }
    return false;
}

std::string html_to_text(std::string_view html) {
    // Pass 1: tags and entities out, HTML whitespace collapsed; '\n' only from <br> and blocks.
    std::string flat;
    bool space = false;
    CommentEnds comments{html};
    auto put_space = [&] { space = !flat.empty() && flat.back() != '\n'; };
    for (std::size_t i = 0; i < html.size();) {
        char c = html[i];
        if (c == '<' && is_tag_start(html, i)) {
            if (std::size_t len = tag_length(html, i, comments)) {
                std::string_view tag = html.substr(i, len);
                std::string name = tag_name(tag);
                if (is_block_end(name, tag.size() > 1 && tag[1] == '/')) {
                    flat += '\n';
                    space = false;
                }
                i += len;
                continue;
            }
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            put_space();
            ++i;
            continue;
        }
        if (space) {
            flat += ' ';
            space = false;
        }
        if (c == '&') {
            if (std::size_t len = decode_entity(html, i, flat)) {
                i += len;
                continue;
            }
        }
        flat += c;
        ++i;
    }
    // Pass 2: trim each line, at most one empty line in a row, none at the ends.
    std::string out;
    int newlines = 0;
    std::size_t start = 0;
    while (start <= flat.size()) {
        std::size_t end = flat.find('\n', start);
        if (end == std::string::npos) end = flat.size();
        std::string_view line = trim_view(std::string_view(flat).substr(start, end - start));
        if (line.empty()) {
            ++newlines;
        } else {
            if (!out.empty()) out.append(newlines >= 2 ? "\n\n" : "\n");
            out.append(line);
            newlines = 1;
        }
        start = end + 1;
    }
    return out;
}

}  // namespace statecraft
