// What the lint keeps about one question: its own findings, and the few facts the bank-level
// and cross-question rules need. A profile depends on the question alone (and the source text),
// so the editor reuses it until the question changes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/bank/model.h"
#include "core/bank/question_fingerprint.h"
#include "core/lint/finding.h"
#include "core/lint/source_copy.h"
#include "core/lint/words.h"

namespace statecraft::lint {

// A phrase whose appearance in another question gives this question's answer away.
struct Needle {
    std::uint64_t hash = 0;
    std::string text;   // as the author wrote it
    std::string where;  // "/accept/0", "/choices/1/text"
};

struct QuestionProfile {
    std::uint64_t fingerprint = 0;
    std::string id;
    QuestionType type = QuestionType::single;
    std::vector<Finding> findings;  // the rules that need only this question

    // Bank-level rules.
    int keyed_position = -1;  // single choice: index of the keyed option
    int choice_count = 0;
    bool key_is_longest = false;  // single choice: the keyed option is strictly the longest
    bool absolute = false;        // true/false: the statement uses an absolute word
    bool hedged = false;          // true/false: ... a hedge word
    bool answer = false;          // true/false
    std::string prompt_key;       // prompt without case, spacing and end punctuation
    std::uint64_t prompt_key_hash = 0;

    // Cross-question rules.
    std::vector<Needle> needles;
    // Word 1..kMaxGram-grams of the prompt, of the options: in text order, repeats kept (a
    // sort of every question's n-grams was a sixth of a full lint; a prompt's few dozen are
    // searched as fast unsorted).
    std::span<const std::uint64_t> prompt_grams() const { return part(kPromptGrams); }
    std::span<const std::uint64_t> option_grams() const { return part(kOptionGrams); }
    // Sorted: each option as one phrase; content words of prompt and key; of the key alone.
    std::span<const std::uint64_t> whole_options() const { return part(kWholeOptions); }
    std::span<const std::uint64_t> content() const { return part(kContent); }
    std::span<const std::uint64_t> key() const { return part(kKey); }

    // The five lists above, one after another in one buffer: a full lint builds ten thousand
    // profiles, and one allocation each (not five) was a good part of its time.
    enum Part { kPromptGrams, kOptionGrams, kWholeOptions, kContent, kKey, kParts };
    std::vector<std::uint64_t> hashes;
    std::uint32_t ends[kParts] = {};

  private:
    std::span<const std::uint64_t> part(Part k) const {
        const std::uint32_t begin = k == 0 ? 0 : ends[k - 1];
        return {hashes.data() + begin, ends[k] - begin};
    }
};

inline constexpr std::size_t kMaxGram = 4;

// fingerprint: question_fingerprint(q), which the caller has computed already.
QuestionProfile build_profile(const Question& q, const SourceIndex& source,
                              std::uint64_t fingerprint);

// The words of a question's prompt and options, split once for all the rules that read them.
struct QuestionWords {
    Tokens prompt;
    // By choice: choices[j] for each of the question's choices (the vector may be longer, its
    // buffers kept for the next question's).
    std::vector<Tokens> choices;
};

// Per-question rules, adding to profile.findings (question_rules.cpp).
void check_choice_rules(const Question& q, const QuestionWords& words, QuestionProfile& profile);
void check_statement_rules(const Question& q, const QuestionWords& words, QuestionProfile& profile);
void check_accent_variants(const Question& q, QuestionProfile& profile);
void check_copies(const Question& q, const SourceIndex& source, QuestionProfile& profile);
// no-diagnostic-row, and the copy check over a matrix's rows (matrix_rules.cpp).
void check_matrix_lint(const Question& q, const SourceIndex& source, QuestionProfile& profile);

}  // namespace statecraft::lint
