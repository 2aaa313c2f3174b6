// Small text helpers shared by the importers and exporters: slugs, unique ids, trimming,
// line numbers, the check of a whole input file, and turning simple HTML into plain text.
// (UTF-8 itself is core/text's business.)
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace statecraft {

// Why a file to import is not valid text, with its column ("column 7: a NUL character
// (\u0000)"), and the 1-based line in line; empty when the whole text is valid.
std::string check_input_text(std::string_view text, int& line);

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

}  // namespace statecraft
