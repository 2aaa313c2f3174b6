#include "core/lint/cross_index.h"

#include <algorithm>
#include <iterator>

namespace statecraft::lint {

namespace {

// A word in more questions than this names no particular fact: it proposes no candidates.
std::size_t rare_word_limit(std::size_t questions) {
    return std::max<std::size_t>(20, questions / 10);
}

// Sets this small are alike by chance; near-duplicates need some substance.
constexpr std::size_t kMinUnion = 5;

void insert_sorted(std::vector<std::uint32_t>& v, std::uint32_t x) {
    auto it = std::lower_bound(v.begin(), v.end(), x);
    if (it == v.end() || *it != x) v.insert(it, x);
}

void erase_sorted(std::vector<std::uint32_t>& v, std::uint32_t x) {
    auto it = std::lower_bound(v.begin(), v.end(), x);
    if (it != v.end() && *it == x) v.erase(it);
}

bool contains(std::span<const std::uint64_t> sorted, std::uint64_t h) {
    return std::binary_search(sorted.begin(), sorted.end(), h);
}

bool holds(std::span<const std::uint64_t> grams, std::uint64_t h) {
    return std::find(grams.begin(), grams.end(), h) != grams.end();
}

// a without b, of two sorted sets.
std::vector<std::uint64_t> minus(std::span<const std::uint64_t> a,
                                 std::span<const std::uint64_t> b) {
    std::vector<std::uint64_t> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::vector<std::uint64_t> needle_hashes(const QuestionProfile& p) {
    std::vector<std::uint64_t> out;
    for (const Needle& n : p.needles) out.push_back(n.hash);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Prompt and option grams; one that repeats comes more than once.
template <class F>
void for_each_gram(const QuestionProfile& p, F f) {
    for (std::uint64_t h : p.prompt_grams()) f(h);
    for (std::uint64_t h : p.option_grams()) f(h);
}

// Keys alike: half of their words shared (statements have no key apart from the prompt).
bool same_key(const QuestionProfile& a, const QuestionProfile& b) {
    const auto ak = a.key(), bk = b.key();
    if (ak.empty() || bk.empty()) return ak.empty() && bk.empty();
    std::size_t shared = 0;
    for (std::uint64_t w : ak) shared += std::binary_search(bk.begin(), bk.end(), w);
    return 2 * shared >= ak.size() + bk.size() - shared;
}

}  // namespace

double jaccard(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b) {
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

std::vector<Similar> CrossIndex::scan(const Profiles& at, std::uint32_t pos) const {
    thread_local std::vector<std::uint32_t> candidates;  // reused: a full lint scans every question
    candidates.clear();
    const std::size_t limit = rare_word_limit(at.size());
    for (std::uint64_t w : at[pos]->content()) {
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
        double s = jaccard(at[pos]->content(), at[other]->content());
        if (s >= threshold_) out.push_back({other, s});
    }
    return out;
}

void CrossIndex::rebuild(const Profiles& at) {
    needles_.clear();
    holders_.clear();
    words_.clear();
    std::fill(filter_.begin(), filter_.end(), 0);
    // About a needle and a couple of distinct content words per question: no rehashing.
    needles_.reserve(at.size());
    words_.reserve(2 * at.size());
    for (std::uint32_t i = 0; i < at.size(); ++i) {
        for (const Needle& needle : at[i]->needles) {
            std::vector<std::uint32_t>& owners = needles_[needle.hash];
            if (owners.empty() || owners.back() != i) owners.push_back(i);  // a phrase twice
            mark_needle(needle.hash);
        }
        for (std::uint64_t w : at[i]->content()) words_[w].push_back(i);
    }
    // Every answer phrase has a holder list (maybe empty): one lookup per n-gram, not two.
    holders_.reserve(needles_.size());
    for (const auto& owned : needles_) holders_[owned.first];
    for (std::uint32_t i = 0; i < at.size(); ++i)
        for_each_gram(*at[i], [&](std::uint64_t h) {
            if (!maybe_needle(h)) return;
            auto it = holders_.find(h);
            if (it != holders_.end() && (it->second.empty() || it->second.back() != i))
                it->second.push_back(i);
        });
    similar_.assign(at.size(), {});
    for (std::uint32_t i = 0; i < at.size(); ++i) similar_[i] = scan(at, i);
    cues_.assign(at.size(), std::nullopt);
    for (std::size_t i = 0; i < at.size(); ++i) cues_[i] = find_cue(at, i);
}

// pos's n-grams in the holder lists, and its answer phrases as owner; a phrase nobody owned
// before gets its holders from one pass over the bank (a binary search per question).
void CrossIndex::replace_needles(const Profiles& at, std::uint32_t pos,
                                 const QuestionProfile& old) {
    for_each_gram(old, [&](std::uint64_t h) {
        if (!maybe_needle(h)) return;
        auto it = holders_.find(h);
        if (it != holders_.end()) erase_sorted(it->second, pos);
    });
    const std::vector<std::uint64_t> before = needle_hashes(old), after = needle_hashes(*at[pos]);
    for (std::uint64_t h : minus(before, after)) {
        auto it = needles_.find(h);
        if (it == needles_.end()) continue;
        erase_sorted(it->second, pos);
        if (!it->second.empty()) continue;
        needles_.erase(it);
        holders_.erase(h);
    }
    for (std::uint64_t h : minus(after, before)) {
        mark_needle(h);
        std::vector<std::uint32_t>& owners = needles_[h];
        const bool fresh = owners.empty();
        insert_sorted(owners, pos);
        if (!fresh) continue;
        std::vector<std::uint32_t>& holders = holders_[h];
        holders.clear();
        for (std::uint32_t j = 0; j < at.size(); ++j)
            if (holds(at[j]->prompt_grams(), h) || holds(at[j]->option_grams(), h))
                holders.push_back(j);
    }
    for_each_gram(*at[pos], [&](std::uint64_t h) {
        if (!maybe_needle(h)) return;
        auto it = holders_.find(h);
        if (it != holders_.end()) insert_sorted(it->second, pos);
    });
}

// pos's content words in the word lists. A word that crosses the rare-word limit changes
// which pairs of other questions are candidates: every question holding it is scanned again.
void CrossIndex::replace_similar(const Profiles& at, std::uint32_t pos,
                                 const QuestionProfile& old) {
    const std::size_t limit = rare_word_limit(at.size());
    std::vector<std::uint32_t> rescan = {pos};
    auto update = [&](std::uint64_t w, bool add) {
        std::vector<std::uint32_t>& list = words_[w];
        const bool rare_before = list.size() <= limit;
        add ? insert_sorted(list, pos) : erase_sorted(list, pos);
        if (rare_before != (list.size() <= limit))
            rescan.insert(rescan.end(), list.begin(), list.end());
        if (list.empty()) words_.erase(w);
    };
    for (std::uint64_t w : minus(old.content(), at[pos]->content())) update(w, false);
    for (std::uint64_t w : minus(at[pos]->content(), old.content())) update(w, true);
    std::sort(rescan.begin(), rescan.end());
    rescan.erase(std::unique(rescan.begin(), rescan.end()), rescan.end());
    auto rescanned = [&](std::uint32_t j) {
        return std::binary_search(rescan.begin(), rescan.end(), j);
    };
    for (const Similar& s : similar_[pos]) {
        if (rescanned(s.other)) continue;
        auto& theirs = similar_[s.other];
        theirs.erase(std::remove_if(theirs.begin(), theirs.end(),
                                    [&](const Similar& x) { return x.other == pos; }),
                     theirs.end());
    }
    for (std::uint32_t j : rescan) similar_[j] = scan(at, j);
    for (const Similar& s : similar_[pos]) {
        if (rescanned(s.other)) continue;
        auto& theirs = similar_[s.other];
        auto where =
            std::lower_bound(theirs.begin(), theirs.end(), pos,
                             [](const Similar& x, std::uint32_t v) { return x.other < v; });
        theirs.insert(where, {pos, s.similarity});
    }
}

// Whose cue can the change at pos alter? pos itself, whoever was cued by pos, and whoever has
// an answer phrase among pos's old or new n-grams.
void CrossIndex::recheck_cues(const Profiles& at, std::size_t pos, const QuestionProfile& old) {
    std::vector<std::size_t> affected = {pos};
    for (std::size_t j = 0; j < cues_.size(); ++j)
        if (cues_[j] && cues_[j]->other == pos) affected.push_back(j);
    auto owners_of = [&](std::uint64_t h) {
        if (!maybe_needle(h)) return;
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
    replace_needles(at, p, old);
    replace_similar(at, p, old);
    recheck_cues(at, pos, old);
}

std::optional<CueHit> CrossIndex::find_cue(const Profiles& at, std::size_t i) const {
    for (const Needle& needle : at[i]->needles) {
        auto it = holders_.find(needle.hash);
        if (it == holders_.end()) continue;
        for (std::uint32_t other : it->second) {
            if (other == i) continue;
            const QuestionProfile& o = *at[other];
            if (holds(o.prompt_grams(), needle.hash)) return CueHit{&needle, other, true};
            // The same answer offered as a whole option elsewhere tells nothing by itself.
            if (!contains(o.whole_options(), needle.hash)) return CueHit{&needle, other, false};
        }
    }
    return std::nullopt;
}

}  // namespace statecraft::lint
