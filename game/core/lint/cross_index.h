// The cross-question rules' indexes, kept up to date one question at a time (the editor
// changes one question per keystroke):
//   - an inverted index from word n-grams (1..kMaxGram words) of prompts and options to the
//     questions holding them: an answer phrase is looked up, not searched for;
//   - an inverted index from content words to questions, for near-duplicate candidates.
#pragma once

#include <cstdint>
#include <optional>
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

    explicit CrossIndex(double threshold) : threshold_(threshold) {}

    void rebuild(const Profiles& at);
    // The question at position pos changed from old to at[pos] (same number of questions).
    void replace(const Profiles& at, std::size_t pos, const QuestionProfile& old);

    // The first of position i's answer phrases that another question shows, if any.
    const std::optional<CueHit>& cue(std::size_t i) const { return cues_[i]; }
    const std::vector<Similar>& similar(std::size_t i) const { return similar_[i]; }

  private:
    void add(const QuestionProfile& p, std::uint32_t pos);
    void remove(const QuestionProfile& p, std::uint32_t pos);
    std::vector<Similar> scan(const Profiles& at, std::uint32_t pos) const;
    std::optional<CueHit> find_cue(const Profiles& at, std::size_t i) const;
    void recheck_cues(const Profiles& at, std::size_t pos, const QuestionProfile& old);

    double threshold_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grams_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> words_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> needles_;
    std::vector<std::vector<Similar>> similar_;
    std::vector<std::optional<CueHit>> cues_;
};

// |a ∩ b| / |a ∪ b| of two sorted sets.
double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace statecraft::lint
