#include "core/study/rating.h"

#include <algorithm>
#include <string_view>

#include "core/study/day_clock.h"

namespace statecraft {
namespace {
int64_t count_words(std::string_view text) {
    int64_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// Thinking time on top of reading, per type; matching and ordering grow with their items.
int64_t base_ms(const Question& q) {
    switch (q.type) {
        case QuestionType::true_false:
            return 6 * kMsPerSecond;
        case QuestionType::single:
            return 10 * kMsPerSecond;
        case QuestionType::multiple:
            return 15 * kMsPerSecond;
        case QuestionType::short_answer:
        case QuestionType::estimate:
            return 15 * kMsPerSecond;
        case QuestionType::poll:
            return 10 * kMsPerSecond;
        case QuestionType::matching:
            return std::max<int64_t>(10, 6 * static_cast<int64_t>(q.pairs.size())) * kMsPerSecond;
        case QuestionType::ordering:
            return std::max<int64_t>(10, 5 * static_cast<int64_t>(q.sequence.size())) *
                   kMsPerSecond;
        case QuestionType::matrix:  // a few seconds to weigh each cell
            return std::max<int64_t>(20,
                                     4 * static_cast<int64_t>(q.rows.size() * q.columns.size())) *
                   kMsPerSecond;
    }
    return 10 * kMsPerSecond;
}
}  // namespace

Rating rating_from_answer(double score, int64_t elapsed_ms, int64_t expected_ms,
                          const RatingRule& rule) {
    if (!(score > 0.0)) score = 0.0;  // also NaN
    if (score > 1.0) score = 1.0;
    if (score < rule.pass_score) return Rating::again;
    if (score < 1.0 - 1e-9) return Rating::hard;
    if (elapsed_ms <= 0 || expected_ms <= 0) return Rating::good;
    const double share = static_cast<double>(elapsed_ms) / static_cast<double>(expected_ms);
    if (share > rule.slow_fraction) return Rating::hard;
    if (share < rule.fast_fraction) return Rating::easy;
    return Rating::good;
}

int64_t expected_answer_ms(const Question& q) {
    if (q.time_limit_s && *q.time_limit_s > 0) return *q.time_limit_s * kMsPerSecond;
    int64_t words = count_words(q.prompt);
    for (const Choice& c : q.choices) words += count_words(c.text);
    for (const MatchPair& p : q.pairs) words += count_words(p.left) + count_words(p.right);
    for (const std::string& d : q.distractors) words += count_words(d);
    for (const std::string& s : q.sequence) words += count_words(s);
    return base_ms(q) + words * kReadingMsPerWord;
}

}  // namespace statecraft
