// The same-prompt rule's index: each question's prompt key (its hash) with its position, kept
// sorted, so the editor updates one entry per changed question instead of hashing every prompt
// of the bank on each keystroke. Reports what a fresh pass in position order reports.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/bank/diagnostic.h"
#include "core/lint/question_profile.h"

namespace statecraft::lint {

class PromptIndex {
  public:
    using Profiles = std::vector<const QuestionProfile*>;

    void rebuild(const Profiles& at);
    // The question at pos changed from old to at[pos] (same number of questions).
    void replace(const Profiles& at, std::uint32_t pos, const QuestionProfile& old);
    // "near-duplicate": a prompt the same as an earlier question's, on the later one.
    void report(const Profiles& at, Diagnostics& out) const;

  private:
    std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted_;  // (key hash, position)
};

}  // namespace statecraft::lint
