#include "core/lint/words.h"

#include <algorithm>
#include <array>

#include "core/text/char_class.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft::lint {

namespace {

// U+2019, the curly apostrophe, joins words as ' does ("Iran’s").
constexpr char32_t kRightSingleQuote = 0x2019;

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == kRightSingleQuote;
}

void finish(std::vector<Token>& out, std::string& word, bool caps, bool lower, bool marked) {
    if (word.empty()) return;
    const bool shouted = caps && !lower && count_code_points(word) > 1;  // NOT, not a lone "A"
    word = fold_text(word, FoldOptions{});  // full case folding: "Straße" and "STRASSE" agree
    if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (!word.empty()) out.push_back({word, marked || shouted});
    word.clear();
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    std::string word;
    bool caps = false, lower = false, marked = false;
    for_each_code_point(text, [&](char32_t c, std::size_t at, std::size_t length) {
        if (is_word_character(c)) {
            if (word.empty()) {
                caps = lower = false;
                marked = at > 0 && (text[at - 1] == '*' || text[at - 1] == '_');
            }
            caps |= is_uppercase_letter(c);
            lower |= is_lowercase_letter(c);
            word.append(text.substr(at, length));
        } else if (!word.empty() && is_apostrophe(c)) {
            word += '\'';
        } else {
            finish(out, word, caps, lower, marked);
        }
    });
    finish(out, word, caps, lower, marked);
    return out;
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (Token& t : tokenize(text)) out.push_back(std::move(t.word));
    return out;
}

std::vector<std::vector<std::string>> words_outside_quotes(std::string_view text) {
    // Find closed quotations first: an opening mark without its closing one quotes nothing.
    std::vector<std::vector<std::string>> runs;
    std::size_t start = 0, i = 0;
    auto close_of = [&](std::size_t at, std::size_t& open_len) -> std::string_view {
        if (text[at] == '"') return open_len = 1, "\"";
        if (text.substr(at, 3) == "\xE2\x80\x9C") return open_len = 3, "\xE2\x80\x9D";
        if (text.substr(at, 2) == "\xC2\xAB") return open_len = 2, "\xC2\xBB";
        return open_len = 0, "";
    };
    while (i < text.size()) {
        std::size_t open_len = 0;
        std::string_view close = close_of(i, open_len);
        std::size_t end = open_len ? text.find(close, i + open_len) : std::string_view::npos;
        if (open_len == 0 || end == std::string_view::npos) {
            i += open_len ? open_len : 1;
            continue;
        }
        runs.push_back(words(text.substr(start, i - start)));
        i = start = end + close.size();
    }
    runs.push_back(words(text.substr(start)));
    return runs;
}

std::uint64_t word_hash(std::string_view word) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 31);
}

std::uint64_t run_hash(const std::vector<std::string>& words, std::size_t begin, std::size_t n) {
    std::vector<std::uint64_t> hashes(n);
    for (std::size_t k = 0; k < n; ++k) hashes[k] = word_hash(words[begin + k]);
    return run_hash(hashes, 0, n);
}

std::uint64_t run_hash(const std::vector<std::uint64_t>& word_hashes, std::size_t begin,
                       std::size_t n) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    for (std::size_t k = begin; k < begin + n; ++k)
        h = (h ^ word_hashes[k]) * 0xBF58476D1CE4E5B9ull + k - begin;
    return h ^ (h >> 29);
}

bool is_stopword(std::string_view w) {
    static constexpr std::array<std::string_view, 74> kList = {
        "a",     "an",     "the",   "of",    "to",     "in",    "on",    "at",    "by",    "for",
        "with",  "from",   "and",   "or",    "but",    "is",    "are",   "was",   "were",  "be",
        "been",  "it",     "its",   "this",  "that",   "these", "those", "as",    "which", "who",
        "whom",  "what",   "when",  "where", "why",    "how",   "did",   "does",  "do",    "has",
        "have",  "had",    "not",   "no",    "he",     "she",   "they",  "his",   "her",   "their",
        "i",     "you",    "we",    "our",   "your",   "them",  "him",   "than",  "then",  "so",
        "if",    "into",   "about", "after", "before", "over",  "under", "would", "will",  "can",
        "could", "should", "one",   "s"};
    return in(kList, w);
}

bool is_absolute(std::string_view w) {
    static constexpr std::array<std::string_view, 8> kList = {
        "always", "never", "must", "only", "all", "none", "exactly", "every"};
    return in(kList, w);
}

bool is_hedge(std::string_view w) {
    static constexpr std::array<std::string_view, 22> kList = {
        "may",     "might",     "can",        "could",    "some",     "often",
        "usually", "generally", "likely",     "probably", "possibly", "sometimes",
        "partly",  "largely",   "mostly",     "about",    "around",   "perhaps",
        "tends",   "seems",     "reportedly", "suggests"};
    return in(kList, w);
}

bool is_number(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    });
}

}  // namespace statecraft::lint
