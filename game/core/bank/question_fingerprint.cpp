#include "core/bank/question_fingerprint.h"

#include <bit>
#include <cstring>
#include <string_view>

namespace statecraft {

// A new field must be hashed below, or an edit to it alone would leave stale diagnostics in
// the editor: these sizes stop the build until it is (then update them).
static_assert(sizeof(Question) == 512 && sizeof(Choice) == 136 && sizeof(MatchPair) == 88 &&
                  sizeof(MatrixRow) == 136,
              "a field was added to the bank model: hash it in question_fingerprint");

namespace {

// FNV-style mixing 8 bytes at a time: fast enough to run over a 10,000-question bank on
// every keystroke (about 6 MB).
class Hasher {
  public:
    void add(std::string_view s) {
        std::size_t i = 0;
        if (s.size() >= 32) {
            // Four independent lanes: the multiplies overlap instead of waiting on each other.
            std::uint64_t lane[4] = {h_, h_ ^ 1, h_ ^ 2, h_ ^ 3};
            for (; i + 32 <= s.size(); i += 32)
                for (int k = 0; k < 4; ++k) {
                    std::uint64_t w;
                    std::memcpy(&w, s.data() + i + 8 * k, 8);
                    lane[k] = (lane[k] ^ w) * 0x100000001B3ull;
                    lane[k] ^= lane[k] >> 29;
                }
            for (std::uint64_t l : lane) mix(l);
        }
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            mix(w);
        }
        // The last bytes without a memcpy of variable length (a library call per string).
        std::uint64_t tail = 0;
        if (s.size() >= 8 && i < s.size())
            std::memcpy(&tail, s.data() + s.size() - 8, 8);
        else
            for (std::size_t k = i; k < s.size(); ++k)
                tail |= std::uint64_t{static_cast<unsigned char>(s[k])} << 8 * (k - i);
        mix(tail ^ (static_cast<std::uint64_t>(s.size()) << 56));
    }
    void add(std::uint64_t n) { mix(n); }
    void add(const std::optional<double>& x) {
        mix(x ? std::bit_cast<std::uint64_t>(*x) : 0x7FF8DEADull);
    }
    void add(const std::vector<std::string>& list) {
        mix(list.size());
        for (const std::string& s : list) add(s);
    }
    void add(const ExtraFields& extra) {
        mix(extra.size());
        for (const auto& [key, raw] : extra) add(key), add(raw);
    }
    std::uint64_t value() const { return h_ ^ (h_ >> 32); }

  private:
    void mix(std::uint64_t w) {
        h_ = (h_ ^ w) * 0x100000001B3ull;
        h_ ^= h_ >> 29;
    }
    std::uint64_t h_ = 0xCBF29CE484222325ull;
};

}  // namespace

std::uint64_t question_fingerprint(const Question& q) {
    Hasher h;
    for (const std::string* s :
         {&q.id, &q.category, &q.prompt, &q.explanation, &q.review_by, &q.unit})
        h.add(*s);
    h.add(static_cast<std::uint64_t>(q.type));
    h.add(static_cast<std::uint64_t>(q.difficulty));
    h.add(q.time_limit_s ? static_cast<std::uint64_t>(*q.time_limit_s) + 1 : 0);
    h.add(std::uint64_t{q.fixed_order} | q.answer << 1 | q.case_sensitive << 2 |
          q.ignore_accents << 3 | q.strict_match << 4);
    for (const auto* list : {&q.refs, &q.tags, &q.distractors, &q.sequence, &q.accept, &q.columns})
        h.add(*list);
    h.add(q.choices.size());
    for (const Choice& c : q.choices) {
        h.add(c.id), h.add(c.text), h.add(c.feedback);
        h.add(std::uint64_t{c.correct} | c.fixed << 1);
        h.add(c.extra);
    }
    h.add(q.pairs.size());
    for (const MatchPair& pair : q.pairs) h.add(pair.left), h.add(pair.right), h.add(pair.extra);
    h.add(q.value), h.add(std::optional<double>(q.margin)), h.add(q.tolerance);
    h.add(q.rows.size());
    for (const MatrixRow& row : q.rows) {
        h.add(row.text), h.add(row.explanation), h.add(row.cells), h.add(row.feedback);
        h.add(row.extra);
    }
    h.add(q.extra);
    return h.value();
}

}  // namespace statecraft
