#include "core/lint/prompt_index.h"

#include <algorithm>
#include <string>

#include "core/lint/bank_checks.h"

namespace statecraft::lint {

void PromptIndex::rebuild(const Profiles& at) {
    sorted_.clear();
    sorted_.reserve(at.size());
    for (std::uint32_t i = 0; i < at.size(); ++i)
        if (!at[i]->prompt_key.empty()) sorted_.emplace_back(at[i]->prompt_key_hash, i);
    std::sort(sorted_.begin(), sorted_.end());
}

void PromptIndex::replace(const Profiles& at, std::uint32_t pos, const QuestionProfile& old) {
    if (!old.prompt_key.empty()) {
        auto it = std::lower_bound(sorted_.begin(), sorted_.end(),
                                   std::make_pair(old.prompt_key_hash, pos));
        if (it != sorted_.end() && it->second == pos) sorted_.erase(it);
    }
    const QuestionProfile& now = *at[pos];
    if (now.prompt_key.empty()) return;
    const auto entry = std::make_pair(now.prompt_key_hash, pos);
    sorted_.insert(std::lower_bound(sorted_.begin(), sorted_.end(), entry), entry);
}

void PromptIndex::report(const Profiles& at, Diagnostics& out) const {
    // Within a run of one hash the first is the earliest question; a later one with the same
    // key repeats it (a different key with the same hash does not).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;  // (later, first)
    for (std::size_t start = 0, end = 0; start < sorted_.size(); start = end) {
        const std::uint32_t first = sorted_[start].second;
        for (end = start + 1; end < sorted_.size() && sorted_[end].first == sorted_[start].first;
             ++end) {
            const std::uint32_t later = sorted_[end].second;
            if (at[first]->prompt_key == at[later]->prompt_key) repeats.emplace_back(later, first);
        }
    }
    std::sort(repeats.begin(), repeats.end());
    for (const auto& [later, first] : repeats)
        warn(out, "near-duplicate", "/questions/" + std::to_string(later) + "/prompt",
             "same prompt as question \"" + at[first]->id +
                 "\"; to fix, ask something else or delete one",
             at[later]->id);
}

}  // namespace statecraft::lint
