#include "core/lint/question_profile.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/lint/words.h"
#include "core/session/estimate_score.h"
#include "core/text/normalize.h"

namespace statecraft::lint {

namespace {

// Case, spacing and end punctuation do not make two prompts different.
std::string prompt_key(std::string_view prompt) {
    const std::string folded = fold_text(prompt, {});
    std::string key;
    key.reserve(folded.size());
    bool space = false;
    for (char c : folded) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) {  // std::isspace in the "C" locale, inline
            space = !key.empty();
            continue;
        }
        if (space) key += ' ';
        space = false;
        key += c;
    }
    while (!key.empty() && std::ispunct(static_cast<unsigned char>(key.back()))) key.pop_back();
    return key;
}

using Keys = std::vector<WordKey>;

void add_grams(const Keys& text, std::vector<std::uint64_t>& out, std::vector<std::uint64_t>& w) {
    w.clear();
    for (const WordKey& k : text) w.push_back(k.hash);
    for (std::size_t n = 1; n <= kMaxGram; ++n)
        for (std::size_t i = 0; i + n <= w.size(); ++i) out.push_back(run_hash(w, i, n));
}

void sort_unique(std::vector<std::uint64_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The phrase of an answer without a leading article, when it is short enough to look up and
// says something (a word that is not a stopword, or a number).
std::optional<std::uint64_t> phrase_hash(const Keys& w) {
    std::size_t start = 0;
    while (start < w.size() && w[start].article) ++start;
    const std::size_t n = w.size() - start;
    if (n == 0 || n > kMaxGram) return std::nullopt;
    if (std::none_of(w.begin() + start, w.end(), [](const WordKey& k) { return k.says_something; }))
        return std::nullopt;
    std::uint64_t hashes[kMaxGram];
    for (std::size_t k = 0; k < n; ++k) hashes[k] = w[start + k].hash;
    return run_hash(std::span<const std::uint64_t>(hashes, n), 0, n);
}

void add_content(const Keys& text, std::vector<std::uint64_t>& out) {
    for (const WordKey& k : text)
        if (!k.stopword) out.push_back(k.hash);
}

// Buffers reused from text to text and question to question: a full lint builds ten thousand
// profiles, and allocating them afresh was a good part of its time.
struct Scratch {
    QuestionWords words;
    Keys keys;
    std::vector<std::uint64_t> hashes;
    // The profile's hash lists while they are built (QuestionProfile::Part order).
    std::vector<std::uint64_t> parts[QuestionProfile::kParts];
};

// The lists built in scratch, into the profile's one buffer.
void pack(Scratch& scratch, QuestionProfile& p) {
    std::size_t total = 0;
    for (const auto& part : scratch.parts) total += part.size();
    p.hashes.reserve(total);
    for (int k = 0; k < QuestionProfile::kParts; ++k) {
        p.hashes.insert(p.hashes.end(), scratch.parts[k].begin(), scratch.parts[k].end());
        p.ends[k] = static_cast<std::uint32_t>(p.hashes.size());
    }
}

// Each text is split into words once, however many of the facts below read it.
void cross_question_facts(const Question& q, const QuestionWords& words, Scratch& scratch,
                          QuestionProfile& p) {
    Keys& w = scratch.keys;
    std::vector<std::uint64_t>& hashes = scratch.hashes;
    auto needle = [&](const std::string& text, std::string where) {
        if (auto h = phrase_hash(w)) p.needles.push_back({*h, text, std::move(where)});
    };
    auto& prompt_grams = scratch.parts[QuestionProfile::kPromptGrams];
    auto& option_grams = scratch.parts[QuestionProfile::kOptionGrams];
    auto& whole_options = scratch.parts[QuestionProfile::kWholeOptions];
    auto& content = scratch.parts[QuestionProfile::kContent];
    auto& key = scratch.parts[QuestionProfile::kKey];
    for (auto& part : scratch.parts) part.clear();
    word_keys(words.prompt, w);
    add_grams(w, prompt_grams, hashes);
    add_content(w, content);
    for (std::size_t j = 0; j < q.choices.size(); ++j) {
        const Choice& c = q.choices[j];
        word_keys(words.choices[j], w);
        add_grams(w, option_grams, hashes);
        if (auto h = phrase_hash(w)) whole_options.push_back(*h);
        if (!c.correct) continue;
        needle(c.text, "/choices/" + std::to_string(j) + "/text");
        add_content(w, key);
    }
    for (std::size_t j = 0; j < q.accept.size(); ++j) {
        word_keys(q.accept[j], w);
        needle(q.accept[j], "/accept/" + std::to_string(j));
        if (j == 0) add_content(w, key);
    }
    for (const MatchPair& pair : q.pairs) {
        word_keys(pair.left + " " + pair.right, w);
        add_content(w, key);
    }
    for (const std::string& item : q.sequence) {
        word_keys(item, w);
        add_content(w, key);
    }
    if (q.type == QuestionType::estimate && q.value) {
        // "About 200" in another question's prompt gives an estimate away.
        const std::string value = format_estimate(*q.value);
        word_keys(value, w);
        needle(value, "/value");
        word_keys(value + " " + q.unit, w);
        add_content(w, key);
    }
    content.insert(content.end(), key.begin(), key.end());
    sort_unique(key);
    sort_unique(whole_options);
    sort_unique(content);
    pack(scratch, p);
}

}  // namespace

QuestionProfile build_profile(const Question& q, const SourceIndex& source,
                              std::uint64_t fingerprint) {
    QuestionProfile p;
    p.fingerprint = fingerprint;
    p.id = q.id;
    p.type = q.type;
    p.answer = q.answer;
    p.prompt_key = prompt_key(q.prompt);
    p.prompt_key_hash = word_hash(p.prompt_key);
    thread_local Scratch scratch;
    QuestionWords& words = scratch.words;
    tokenize(q.prompt, words.prompt);
    if (words.choices.size() < q.choices.size()) words.choices.resize(q.choices.size());
    for (std::size_t j = 0; j < q.choices.size(); ++j)
        tokenize(q.choices[j].text, words.choices[j]);
    check_choice_rules(q, words, p);
    check_statement_rules(q, words, p);
    check_accent_variants(q, p);
    check_copies(q, source, p);
    check_matrix_lint(q, source, p);
    cross_question_facts(q, words, scratch, p);
    return p;
}

}  // namespace statecraft::lint
