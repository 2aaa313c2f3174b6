#include "core/lint/cross_index.h"

#include <algorithm>

namespace statecraft::lint {

namespace {

// A word in more questions than this names no particular fact: it proposes no candidates.
std::size_t rare_word_limit(std::size_t questions) {
    return std::max<std::size_t>(20, questions / 10);
}

// Sets this small are alike by chance; near-duplicates need some substance.
constexpr std::size_t kMinUnion = 5;

void erase_one(std::vector<std::uint32_t>& v, std::uint32_t x) {
    auto it = std::find(v.begin(), v.end(), x);
    if (it != v.end()) v.erase(it);
}

template <class F>
void for_each_gram(const QuestionProfile& p, F f) {
    // prompt and option grams, each once
    std::size_t i = 0, j = 0;
    const auto &a = p.prompt_grams, &b = p.option_grams;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i] < b[j]))
            f(a[i++]);
        else if (i == a.size() || b[j] < a[i])
            f(b[j++]);
        else
            f(a[i++]), ++j;
    }
}

// Keys alike: half of their words shared (statements have no key apart from the prompt).
bool same_key(const QuestionProfile& a, const QuestionProfile& b) {
    if (a.key.empty() || b.key.empty()) return a.key.empty() && b.key.empty();
    std::size_t shared = 0;
    for (std::uint64_t w : a.key) shared += std::binary_search(b.key.begin(), b.key.end(), w);
    return 2 * shared >= a.key.size() + b.key.size() - shared;
}

}  // namespace

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    std::size_t i = 0, j = 0, shared = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else
            ++shared, ++i, ++j;
    }
    const std::size_t all = a.size() + b.size() - shared;
    return all < kMinUnion ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

void CrossIndex::add(const QuestionProfile& p, std::uint32_t pos) {
    for_each_gram(p, [&](std::uint64_t h) { grams_[h].push_back(pos); });
    for (std::uint64_t w : p.content) words_[w].push_back(pos);
    for (const Needle& n : p.needles) needles_[n.hash].push_back(pos);
}

void CrossIndex::remove(const QuestionProfile& p, std::uint32_t pos) {
    for_each_gram(p, [&](std::uint64_t h) { erase_one(grams_[h], pos); });
    for (std::uint64_t w : p.content) erase_one(words_[w], pos);
    for (const Needle& n : p.needles) erase_one(needles_[n.hash], pos);
}

std::vector<Similar> CrossIndex::scan(const Profiles& at, std::uint32_t pos) const {
    std::vector<std::uint32_t> candidates;
    const std::size_t limit = rare_word_limit(at.size());
    for (std::uint64_t w : at[pos]->content) {
        auto it = words_.find(w);
        if (it == words_.end() || it->second.size() > limit) continue;
        for (std::uint32_t other : it->second)
            if (other != pos) candidates.push_back(other);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<Similar> out;
    for (std::uint32_t other : candidates) {
        // The same fact asked the same way: much of the wording, and the same answer.
        if (!same_key(*at[pos], *at[other])) continue;
        double s = jaccard(at[pos]->content, at[other]->content);
        if (s >= threshold_) out.push_back({other, s});
    }
    return out;
}

void CrossIndex::rebuild(const Profiles& at) {
    grams_.clear();
    words_.clear();
    needles_.clear();
    grams_.reserve(at.size() * 32);
    words_.reserve(at.size() * 4);
    for (std::uint32_t i = 0; i < at.size(); ++i) add(*at[i], i);
    similar_.assign(at.size(), {});
    for (std::uint32_t i = 0; i < at.size(); ++i) similar_[i] = scan(at, i);
    cues_.assign(at.size(), std::nullopt);
    for (std::size_t i = 0; i < at.size(); ++i) cues_[i] = find_cue(at, i);
}

// Whose cue can the change at pos alter? pos itself, whoever was cued by pos, and whoever has
// an answer phrase among pos's old or new n-grams.
void CrossIndex::recheck_cues(const Profiles& at, std::size_t pos, const QuestionProfile& old) {
    std::vector<std::size_t> affected = {pos};
    for (std::size_t j = 0; j < cues_.size(); ++j)
        if (cues_[j] && cues_[j]->other == pos) affected.push_back(j);
    auto owners_of = [&](std::uint64_t h) {
        auto it = needles_.find(h);
        if (it != needles_.end())
            affected.insert(affected.end(), it->second.begin(), it->second.end());
    };
    for_each_gram(old, owners_of);
    for_each_gram(*at[pos], owners_of);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (std::size_t j : affected) cues_[j] = find_cue(at, j);
}

void CrossIndex::replace(const Profiles& at, std::size_t pos, const QuestionProfile& old) {
    const auto p = static_cast<std::uint32_t>(pos);
    remove(old, p);
    add(*at[pos], p);
    for (const Similar& s : similar_[pos]) {
        auto& theirs = similar_[s.other];
        theirs.erase(std::remove_if(theirs.begin(), theirs.end(),
                                    [&](const Similar& x) { return x.other == p; }),
                     theirs.end());
    }
    similar_[pos] = scan(at, p);
    for (const Similar& s : similar_[pos]) {
        auto& theirs = similar_[s.other];
        auto where =
            std::lower_bound(theirs.begin(), theirs.end(), p,
                             [](const Similar& x, std::uint32_t v) { return x.other < v; });
        theirs.insert(where, {p, s.similarity});
    }
    recheck_cues(at, pos, old);
}

std::optional<CueHit> CrossIndex::find_cue(const Profiles& at, std::size_t i) const {
    for (const Needle& needle : at[i]->needles) {
        auto it = grams_.find(needle.hash);
        if (it == grams_.end()) continue;
        for (std::uint32_t other : it->second) {
            if (other == i) continue;
            const QuestionProfile& o = *at[other];
            if (std::binary_search(o.prompt_grams.begin(), o.prompt_grams.end(), needle.hash))
                return CueHit{&needle, other, true};
            // The same answer offered as a whole option elsewhere tells nothing by itself.
            if (!std::binary_search(o.whole_options.begin(), o.whole_options.end(), needle.hash))
                return CueHit{&needle, other, false};
        }
    }
    return std::nullopt;
}

}  // namespace statecraft::lint
