#include "core/lint/question_profile.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

#include "core/lint/words.h"
#include "core/session/estimate_score.h"
#include "core/text/normalize.h"

namespace statecraft::lint {

namespace {

class Hasher {
  public:
    void add(std::string_view s) {
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            mix(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, s.data() + i, s.size() - i);
        mix(tail ^ (s.size() << 56));
    }
    void add(std::uint64_t n) { mix(n); }
    std::uint64_t value() const { return h_ ^ (h_ >> 32); }

  private:
    void mix(std::uint64_t w) {
        h_ = (h_ ^ w) * 0x100000001B3ull;
        h_ ^= h_ >> 29;
    }
    std::uint64_t h_ = 0xCBF29CE484222325ull;
};

// Case, spacing and end punctuation do not make two prompts different.
std::string prompt_key(std::string_view prompt) {
    std::string key;
    bool space = false;
    for (char c : fold_text(prompt, {})) {
        if (std::isspace(static_cast<unsigned char>(c))) {
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

void add_grams(std::string_view text, std::vector<std::uint64_t>& out) {
    std::vector<std::uint64_t> w;
    for (const std::string& word : words(text)) w.push_back(word_hash(word));
    for (std::size_t n = 1; n <= kMaxGram; ++n)
        for (std::size_t i = 0; i + n <= w.size(); ++i) out.push_back(run_hash(w, i, n));
}

void sort_unique(std::vector<std::uint64_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The phrase of an answer without a leading article, when it is short enough to look up and
// says something (a word that is not a stopword, or a number).
std::optional<std::uint64_t> phrase_hash(std::string_view text) {
    std::vector<std::string> w = words(text);
    std::size_t start = 0;
    while (start < w.size() && (w[start] == "the" || w[start] == "a" || w[start] == "an")) ++start;
    const std::size_t n = w.size() - start;
    if (n == 0 || n > kMaxGram) return std::nullopt;
    bool says_something = std::any_of(w.begin() + start, w.end(), [](const std::string& x) {
        return is_number(x) || (!is_stopword(x) && x.size() > 1);
    });
    if (!says_something) return std::nullopt;
    return run_hash(w, start, n);
}

void add_needle(QuestionProfile& p, const std::string& text, std::string where) {
    if (auto h = phrase_hash(text)) p.needles.push_back({*h, text, std::move(where)});
}

void add_content(std::string_view text, std::vector<std::uint64_t>& out) {
    for (const std::string& w : words(text))
        if (!is_stopword(w)) out.push_back(word_hash(w));
}

void cross_question_facts(const Question& q, QuestionProfile& p) {
    add_grams(q.prompt, p.prompt_grams);
    add_content(q.prompt, p.content);
    for (std::size_t j = 0; j < q.choices.size(); ++j) {
        const Choice& c = q.choices[j];
        add_grams(c.text, p.option_grams);
        if (auto h = phrase_hash(c.text)) p.whole_options.push_back(*h);
        if (!c.correct) continue;
        add_needle(p, c.text, "/choices/" + std::to_string(j) + "/text");
        add_content(c.text, p.key);
    }
    for (std::size_t j = 0; j < q.accept.size(); ++j)
        add_needle(p, q.accept[j], "/accept/" + std::to_string(j));
    if (!q.accept.empty()) add_content(q.accept[0], p.key);
    for (const MatchPair& pair : q.pairs) add_content(pair.left + " " + pair.right, p.key);
    for (const std::string& item : q.sequence) add_content(item, p.key);
    if (q.type == QuestionType::estimate && q.value) {
        // "About 200" in another question's prompt gives an estimate away.
        const std::string value = format_estimate(*q.value);
        add_needle(p, value, "/value");
        add_content(value + " " + q.unit, p.key);
    }
    p.content.insert(p.content.end(), p.key.begin(), p.key.end());
    sort_unique(p.key);
    sort_unique(p.prompt_grams);
    sort_unique(p.option_grams);
    sort_unique(p.whole_options);
    sort_unique(p.content);
}

}  // namespace

std::uint64_t question_fingerprint(const Question& q) {
    Hasher h;
    h.add(q.id);
    h.add(static_cast<std::uint64_t>(q.type) * 2 + q.answer);
    h.add(q.prompt);
    h.add(q.explanation);
    for (const Choice& c : q.choices) {
        h.add(c.text);
        h.add(c.feedback);
        h.add(c.correct);
    }
    for (const MatchPair& pair : q.pairs) {
        h.add(pair.left);
        h.add(pair.right);
    }
    for (const auto* list : {&q.distractors, &q.sequence, &q.accept}) {
        h.add(list->size());
        for (const std::string& s : *list) h.add(s);
    }
    h.add(q.unit);  // estimates (the numbers as text: the fingerprint only tells versions apart)
    h.add(q.value ? exact_number(*q.value) : std::string("-"));
    h.add(exact_number(q.margin) + "/" + (q.tolerance ? exact_number(*q.tolerance) : "-"));
    h.add(q.columns.size());
    for (const std::string& s : q.columns) h.add(s);
    for (const MatrixRow& row : q.rows) {
        h.add(row.text);
        h.add(row.explanation);
        for (const auto* list : {&row.cells, &row.feedback}) {
            h.add(list->size());
            for (const std::string& s : *list) h.add(s);
        }
    }
    return h.value();
}

QuestionProfile build_profile(const Question& q, const SourceIndex& source) {
    QuestionProfile p;
    p.fingerprint = question_fingerprint(q);
    p.id = q.id;
    p.type = q.type;
    p.answer = q.answer;
    p.prompt_key = prompt_key(q.prompt);
    p.prompt_key_hash = word_hash(p.prompt_key);
    check_choice_rules(q, p);
    check_statement_rules(q, p);
    check_accent_variants(q, p);
    check_copies(q, source, p);
    check_matrix_lint(q, source, p);
    cross_question_facts(q, p);
    return p;
}

}  // namespace statecraft::lint
