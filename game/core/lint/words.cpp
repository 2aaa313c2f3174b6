#include "core/lint/words.h"

#include <algorithm>
#include <array>

#include "core/text/char_class.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft::lint {

namespace {

// The longest run hashed from words without a heap buffer (the copy check's runs are 8 words).
constexpr std::size_t kCopyRunWordsMax = 16;

// U+2019, the curly apostrophe, joins words as ' does ("Iran’s").
constexpr char32_t kRightSingleQuote = 0x2019;

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == kRightSingleQuote;
}

// Lower-cases an ASCII word in place: its full case folding, without a call into utf8proc.
void fold_ascii(std::string& word) {
    for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

bool fold_word(std::string& word, bool ascii);

// A finished word: folded and kept, unless nothing is left of it.
void finish(std::vector<Token>& out, std::string& word, bool ascii, bool caps, bool lower,
            bool marked) {
    if (word.empty()) return;
    const bool shouted = caps && !lower &&  // NOT, not a lone "A"
                         (ascii ? word.size() : count_code_points(word)) > 1;
    if (fold_word(word, ascii)) out.push_back({std::move(word), marked || shouted});
    word.clear();
}

bool is_ascii_word_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Folds a finished word in place (a trailing possessive 's and apostrophes removed); false
// when nothing is left of it.
bool fold_word(std::string& word, bool ascii) {
    if (ascii)
        fold_ascii(word);
    else
        word = fold_text(word, FoldOptions{});  // full case folding: "Straße" and "STRASSE" agree
    if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
    while (!word.empty() && word.back() == '\'') word.pop_back();
    return !word.empty();
}

// The same words as the general loop in tokenize, for text that is all ASCII (most of a
// bank): a word is a run of letters, digits and apostrophes that starts with a letter or
// digit. Calls f(word, shouted, marked) with the word folded, in a buffer it reuses.
template <class F>
void for_each_ascii_word(std::string_view text, F f) {
    std::string word;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_ascii_word_character(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        bool caps = false, lower = false;
        for (; i < text.size() && (is_ascii_word_character(text[i]) || text[i] == '\''); ++i) {
            caps |= text[i] >= 'A' && text[i] <= 'Z';
            lower |= text[i] >= 'a' && text[i] <= 'z';
        }
        const bool marked = start > 0 && (text[start - 1] == '*' || text[start - 1] == '_');
        const bool shouted = caps && !lower && i - start > 1;  // NOT, not a lone "A"
        word.assign(text.substr(start, i - start));
        if (fold_word(word, true)) f(word, shouted, marked);
    }
}

bool is_stopword_hashed(std::string_view w, std::uint64_t hash);

WordKey key_of(std::string_view w) {
    WordKey k;
    k.hash = word_hash(w);
    k.stopword = is_stopword_hashed(w, k.hash);
    k.article = w == "the" || w == "a" || w == "an";
    k.says_something = is_number(w) || (!k.stopword && w.size() > 1);
    return k;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    tokenize(text, out);
    return out;
}

void tokenize(std::string_view text, Tokens& out) {
    out.clear();
    out.reserve(text.size() / 5 + 1);  // about a word per 5 bytes: few regrowths
    if (is_plain_ascii(text)) {
        for_each_ascii_word(text, [&](const std::string& word, bool shouted, bool marked) {
            out.push_back({word, marked || shouted});
        });
        return;
    }
    std::string word;
    bool ascii = true, caps = false, lower = false, marked = false;
    for_each_code_point(text, [&](char32_t c, std::size_t at, std::size_t length) {
        if (is_word_character(c)) {
            if (word.empty()) {
                ascii = true, caps = lower = false;
                marked = at > 0 && (text[at - 1] == '*' || text[at - 1] == '_');
            }
            caps |= is_uppercase_letter(c);
            lower |= is_lowercase_letter(c);
            ascii &= c < 0x80;
            word.append(text.substr(at, length));
        } else if (!word.empty() && is_apostrophe(c)) {
            word += '\'';
        } else {
            finish(out, word, ascii, caps, lower, marked);
        }
    });
    finish(out, word, ascii, caps, lower, marked);
}

void word_keys(const Tokens& tokens, std::vector<WordKey>& out) {
    out.clear();
    for (const Token& t : tokens) out.push_back(key_of(t.word));
}

void word_keys(std::string_view text, std::vector<WordKey>& out) {
    out.clear();
    if (is_plain_ascii(text)) {
        for_each_ascii_word(text,
                            [&](const std::string& w, bool, bool) { out.push_back(key_of(w)); });
        return;
    }
    for (const Token& t : tokenize(text)) out.push_back(key_of(t.word));
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
    std::uint64_t hashes[kCopyRunWordsMax];  // runs are short: no allocation per run
    if (n > kCopyRunWordsMax) {
        std::vector<std::uint64_t> many(n);
        for (std::size_t k = 0; k < n; ++k) many[k] = word_hash(words[begin + k]);
        return run_hash(many, 0, n);
    }
    for (std::size_t k = 0; k < n; ++k) hashes[k] = word_hash(words[begin + k]);
    return run_hash(std::span<const std::uint64_t>(hashes, n), 0, n);
}

std::uint64_t run_hash(std::span<const std::uint64_t> word_hashes, std::size_t begin,
                       std::size_t n) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    for (std::size_t k = begin; k < begin + n; ++k)
        h = (h ^ word_hashes[k]) * 0xBF58476D1CE4E5B9ull + k - begin;
    return h ^ (h >> 29);
}

namespace {

// Sorted, for a binary search: the rules ask for every word of the bank.
constexpr std::array<std::string_view, 74> kStopwords = {
    "a",    "about",  "after", "an",    "and",  "are",   "as",    "at",   "be",   "been",  "before",
    "but",  "by",     "can",   "could", "did",  "do",    "does",  "for",  "from", "had",   "has",
    "have", "he",     "her",   "him",   "his",  "how",   "i",     "if",   "in",   "into",  "is",
    "it",   "its",    "no",    "not",   "of",   "on",    "one",   "or",   "our",  "over",  "s",
    "she",  "should", "so",    "than",  "that", "the",   "their", "them", "then", "these", "they",
    "this", "those",  "to",    "under", "was",  "we",    "were",  "what", "when", "where", "which",
    "who",  "whom",   "why",   "will",  "with", "would", "you",   "your"};
static_assert(std::is_sorted(kStopwords.begin(), kStopwords.end()));

// A word whose hash is no stopword's is no stopword: most words are answered by comparing
// integers, not strings.
bool is_stopword_hashed(std::string_view w, std::uint64_t hash) {
    static const std::vector<std::uint64_t> hashes = [] {
        std::vector<std::uint64_t> out;
        for (std::string_view s : kStopwords) out.push_back(word_hash(s));
        std::sort(out.begin(), out.end());
        return out;
    }();
    return std::binary_search(hashes.begin(), hashes.end(), hash) && is_stopword(w);
}

}  // namespace

bool is_stopword(std::string_view w) {
    return std::binary_search(kStopwords.begin(), kStopwords.end(), w);
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
