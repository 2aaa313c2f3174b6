// Small text helpers shared by the importers and exporters: UTF-8 checks, slugs,
// unique ids, trimming, line numbers and turning simple HTML into plain text.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace statecraft {

// Offset of the first byte that is not part of valid UTF-8 (overlongs, surrogates and
// code points above U+10FFFF count as invalid), or npos when the whole text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// 1-based line of a byte offset (counts '\n' before it).
int line_of_offset(std::string_view text, std::size_t offset);

std::string_view trim_view(std::string_view text);
std::string trim(std::string_view text);

// Lowercase ASCII letters and digits joined by single '-', at most max_chars, never ending
// in '-'. Other characters (spaces, punctuation, non-ASCII) separate words. May be empty.
std::string make_slug(std::string_view text, std::size_t max_chars = 64);

// Hands out slugs that are unique within one bank: "q", "q-2", "q-3", ...
class UniqueIds {
  public:
    // The slug of text (or fallback when text makes no slug), made unique and remembered.
    std::string take(std::string_view text, std::string_view fallback);
    bool contains(const std::string& id) const { return used_.count(id) > 0; }
    void reserve(const std::string& id) { used_.insert(id); }

  private:
    std::set<std::string> used_;
    std::map<std::string, int> next_suffix_;  // per base, so many equal slugs stay cheap
};

// True when text contains something that looks like an HTML tag (<p>, </b>, <br/>) or a
// character entity (&amp;, &#39;).
bool looks_like_html(std::string_view text);

// Plain text from simple HTML: <br> and the ends of block elements (p, div, li, tr, h1-h6)
// become line breaks, other tags and comments are removed, the common entities and numeric
// character references are decoded, and runs of spaces collapse. Not a full HTML parser:
// what does not look like a tag is kept as text.
std::string html_to_text(std::string_view html);

// Appends the UTF-8 encoding of a code point (invalid ones become U+FFFD).
void append_utf8(std::string& out, unsigned long code_point);

}  // namespace statecraft
