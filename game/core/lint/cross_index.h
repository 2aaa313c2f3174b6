// The cross-question rules' indexes, kept up to date one question at a time (the editor
// changes one question per keystroke):
//   - answer phrases (needles) to the questions that own them, and each such phrase to the
//     questions whose prompt or options hold it as a word n-gram (1..kMaxGram words): an
//     answer phrase is looked up, not searched for, and only phrases that are someone's
//     answer are indexed (a few per question, not every n-gram of the bank);
//   - content words to questions, for near-duplicate candidates.
// Every list is kept in position order, so an edited bank reports exactly what a fresh lint
// of the same bank reports.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "core/lint/question_profile.h"

namespace statecraft::lint {

struct CueHit {
    const Needle* needle = nullptr;
    std::uint32_t other = 0;  // position of the question that gives it away
    bool in_prompt = false;   // ... in its prompt (else in its options)
};

struct Similar {
    std::uint32_t other = 0;
    double similarity = 0;
};

class CrossIndex {
  public:
    using Profiles = std::vector<const QuestionProfile*>;
    using Postings = std::unordered_map<std::uint64_t, std::vector<std::uint32_t>>;

    explicit CrossIndex(double threshold) : threshold_(threshold) {}

    void rebuild(const Profiles& at);
    // The question at position pos changed from old to at[pos] (same number of questions).
    void replace(const Profiles& at, std::size_t pos, const QuestionProfile& old);

    // The first of position i's answer phrases that another question shows, if any.
    const std::optional<CueHit>& cue(std::size_t i) const { return cues_[i]; }
    const std::vector<Similar>& similar(std::size_t i) const { return similar_[i]; }

  private:
    std::vector<Similar> scan(const Profiles& at, std::uint32_t pos) const;
    std::optional<CueHit> find_cue(const Profiles& at, std::size_t i) const;
    void replace_needles(const Profiles& at, std::uint32_t pos, const QuestionProfile& old);
    void replace_similar(const Profiles& at, std::uint32_t pos, const QuestionProfile& old);
    void recheck_cues(const Profiles& at, std::size_t pos, const QuestionProfile& old);

    // A bit per hash bucket of the answer phrases ever added since the last rebuild: most of a
    // bank's n-grams are nobody's answer, and a clear bit says so without a map lookup.
    static constexpr int kFilterBits = 20;
    void mark_needle(std::uint64_t h) { filter_[h >> (64 - kFilterBits) >> 6] |= bit_of(h); }
    bool maybe_needle(std::uint64_t h) const {
        return filter_[h >> (64 - kFilterBits) >> 6] & bit_of(h);
    }
    static std::uint64_t bit_of(std::uint64_t h) {
        return std::uint64_t{1} << ((h >> (64 - kFilterBits)) & 63);
    }

    double threshold_;
    std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1u << (kFilterBits - 6));
    Postings needles_;  // answer phrase -> questions that own it
    Postings holders_;  // answer phrase -> questions whose prompt or options hold it
    Postings words_;    // content word -> questions
    std::vector<std::vector<Similar>> similar_;
    std::vector<std::optional<CueHit>> cues_;
};

// |a ∩ b| / |a ∪ b| of two sorted sets.
double jaccard(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b);

}  // namespace statecraft::lint
