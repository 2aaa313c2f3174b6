// Word tokens for the lint rules: case-folded words, a hash per word and per run of words, and the
// small word lists the rules use. Words are split and folded on Unicode rules by core/text.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace statecraft::lint {

struct Token {
    std::string word;  // case-folded (Unicode), apostrophes as ', a trailing possessive 's removed
    bool emphasised;   // written in capitals (NOT) or between * or _ (*not*)
};

using Tokens = std::vector<Token>;

// The words of text, in order: runs of letters, marks and digits of any script. Hyphens,
// dashes, slashes, punctuation and symbols separate words.
std::vector<Token> tokenize(std::string_view text);
// The same into out (cleared first; reused to save allocations).
void tokenize(std::string_view text, Tokens& out);
std::vector<std::string> words(std::string_view text);

// Runs of words outside quotations: text between "..." “...” or «...» is left out and splits
// the runs, so that quoting a source word for word is not counted as copying it.
std::vector<std::vector<std::string>> words_outside_quotes(std::string_view text);

// A word as the cross-question rules see it: its hash (word_hash of the word words() gives)
// and what the rules ask of it.
struct WordKey {
    std::uint64_t hash = 0;
    bool stopword = false;        // is_stopword
    bool article = false;         // "the", "a", "an"
    bool says_something = false;  // a number, or a word of two or more letters not a stopword
};
// The words of text as keys, in order, into out (cleared first; reused to save allocations).
void word_keys(std::string_view text, std::vector<WordKey>& out);
// The same from words already split (tokenize), for a text other rules read too.
void word_keys(const Tokens& tokens, std::vector<WordKey>& out);

std::uint64_t word_hash(std::string_view word);
// Order-sensitive hash of words[begin, begin + n).
std::uint64_t run_hash(const std::vector<std::string>& words, std::size_t begin, std::size_t n);
// The same from the words' hashes (word_hash), computed once for all runs of a text.
std::uint64_t run_hash(std::span<const std::uint64_t> word_hashes, std::size_t begin,
                       std::size_t n);

bool is_stopword(std::string_view word);
bool is_absolute(std::string_view word);  // always, never, must, only, all, none, exactly, every
bool is_hedge(std::string_view word);     // may, might, often, likely, about, ...
bool is_number(std::string_view word);

}  // namespace statecraft::lint
