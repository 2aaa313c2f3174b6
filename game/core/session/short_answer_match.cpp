#include "core/session/short_answer_match.h"

#include <algorithm>

#include "core/session/text_normalize.h"

namespace statecraft {

namespace {

bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// "the ", "a ", "an " at the start, in any case, followed by more text.
std::size_t article_length(std::string_view s) {
    for (std::string_view article : {"the ", "an ", "a "}) {
        if (s.size() <= article.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < article.size(); ++i) same = same && lower(s[i]) == article[i];
        if (same) return article.size();
    }
    return 0;
}

// A letter standing alone as a word part: at the start, or after a space or a dot.
bool single_letter_before(std::string_view s, std::size_t dot) {
    if (dot == 0 || !ascii_letter(s[dot - 1])) return false;
    return dot == 1 || s[dot - 2] == ' ' || s[dot - 2] == '.';
}

}  // namespace

std::string loosen_short_answer(std::string_view normalized) {
    std::string_view s = normalized.substr(article_length(normalized));
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        // "U.S.A" -> "USA": drop a dot after a lone letter when a letter follows or it ends
        // the text (end dots are already gone, so "U.S" arrives without its last one).
        const bool next_is_letter = i + 1 < s.size() && ascii_letter(s[i + 1]);
        if (s[i] == '.' && single_letter_before(s, i) && next_is_letter) continue;
        out.push_back(s[i]);
    }
    return out;
}

std::string short_answer_key(const Question& q, std::string_view text) {
    std::string normalized = normalize_short_answer(text, q.case_sensitive, q.ignore_accents);
    return q.strict_match ? normalized : loosen_short_answer(normalized);
}

bool short_answer_matches(const Question& q, std::string_view text) {
    const std::string given = short_answer_key(q, text);
    if (given.empty()) return false;
    return std::any_of(q.accept.begin(), q.accept.end(),
                       [&](const std::string& a) { return short_answer_key(q, a) == given; });
}

namespace {

// For showing only: spellings that differ in spaces, hyphens or dots ("Fath 360", "Fath360",
// "Fath-360") are one to a reader, though matching keeps them apart.
std::string display_key(const Question& q, std::string_view text) {
    std::string key = short_answer_key(q, text), out;
    for (char c : key)
        if (c != ' ' && c != '-' && c != '.') out.push_back(c);
    return out;
}

}  // namespace

AcceptedAnswers accepted_answers(const Question& q) {
    AcceptedAnswers out;
    if (q.accept.empty()) return out;
    out.main = q.accept.front();
    std::vector<std::string> seen{display_key(q, out.main)};
    for (std::size_t i = 1; i < q.accept.size(); ++i) {
        std::string key = display_key(q, q.accept[i]);
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(std::move(key));
        out.also.push_back(q.accept[i]);
    }
    return out;
}

}  // namespace statecraft
