#include "core/session/answer_check.h"

#include "core/session/matrix_scoring.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/session/estimate_score.h"
#include "core/session/short_answer_match.h"

namespace statecraft {

namespace {

constexpr double kFullMarks = 1.0 - 1e-9;

AnswerCheck check_single(const Question& q, const Answer& a) {
    AnswerCheck r;
    bool right = false;
    if (a.choices.size() == 1) {
        for (const Choice& c : q.choices)
            if (c.id == a.choices[0]) right = c.correct;
    }
    r.score = right ? 1.0 : 0.0;
    for (const Choice& c : q.choices) r.part_right.push_back(a.has_choice(c.id) == c.correct);
    return r;
}

AnswerCheck check_multiple(const Question& q, const Answer& a) {
    AnswerCheck r;
    std::set<std::string> picked(a.choices.begin(), a.choices.end());
    int correct_count = 0, right = 0, wrong = 0;
    for (const Choice& c : q.choices) {
        bool chosen = picked.erase(c.id) > 0;
        if (c.correct) ++correct_count;
        if (chosen) (c.correct ? right : wrong) += 1;
        r.part_right.push_back(chosen == c.correct);
    }
    wrong += static_cast<int>(picked.size());  // ids the question does not have
    if (correct_count > 0) r.score = std::max(0.0, double(right - wrong) / correct_count);
    return r;
}

AnswerCheck check_matching(const Question& q, const Answer& a) {
    AnswerCheck r;
    int right = 0;
    for (const MatchPair& p : q.pairs) {
        // The first entry for a left counts.
        auto it = std::find_if(a.matches.begin(), a.matches.end(),
                               [&](const auto& m) { return m.first == p.left; });
        bool ok = it != a.matches.end() && it->second == p.right;
        right += ok;
        r.part_right.push_back(ok);
    }
    if (!q.pairs.empty()) r.score = double(right) / q.pairs.size();
    return r;
}

AnswerCheck check_ordering(const Question& q, const Answer& a) {
    AnswerCheck r;
    const std::size_t n = q.sequence.size();
    // position[i]: where the i-th item of the sequence stands in the answer, or -1.
    std::vector<long> position(n, -1);
    long next = 0;
    for (const std::string& item : a.order) {
        auto it = std::find(q.sequence.begin(), q.sequence.end(), item);
        if (it == q.sequence.end()) continue;
        auto i = static_cast<std::size_t>(it - q.sequence.begin());
        if (position[i] < 0) position[i] = next++;
    }
    for (std::size_t k = 0; k < a.order.size(); ++k)
        r.part_right.push_back(k < n && a.order[k] == q.sequence[k]);
    if (n < 2) {
        r.score = (n == 1 && position[0] == 0) ? 1.0 : 0.0;
        return r;
    }
    long concordant = 0, pairs = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            ++pairs;
            if (position[i] >= 0 && position[j] >= 0 && position[i] < position[j]) ++concordant;
        }
    }
    r.score = double(concordant) / pairs;
    return r;
}

AnswerCheck check_short(const Question& q, const Answer& a) {
    AnswerCheck r;
    const bool ok = short_answer_matches(q, a.text);
    r.score = ok ? 1.0 : 0.0;
    r.part_right.push_back(ok);
    return r;
}

}  // namespace

AnswerCheck check_answer(const Question& question, const Answer& answer) {
    AnswerCheck r;
    if (answer.type != question.type) return r;
    switch (question.type) {
        case QuestionType::single:
            r = check_single(question, answer);
            break;
        case QuestionType::multiple:
            r = check_multiple(question, answer);
            break;
        case QuestionType::true_false:
            r.score = answer.truth == question.answer ? 1.0 : 0.0;
            r.part_right.push_back(r.score > 0);
            break;
        case QuestionType::matching:
            r = check_matching(question, answer);
            break;
        case QuestionType::ordering:
            r = check_ordering(question, answer);
            break;
        case QuestionType::short_answer:
            r = check_short(question, answer);
            break;
        case QuestionType::estimate:
            r.score = answer.number ? estimate_score(question, *answer.number) : 0.0;
            r.part_right.push_back(r.score >= kFullMarks);
            break;
        case QuestionType::poll:
            r.graded = false;  // a view, not an answer: nothing to mark
            return r;
        case QuestionType::matrix:
            r = check_matrix_answer(question, answer);
            break;
    }
    r.correct = r.score >= kFullMarks;
    if (r.correct) r.score = 1.0;
    return r;
}

}  // namespace statecraft
