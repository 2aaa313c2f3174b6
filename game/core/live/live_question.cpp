#include "core/live/live_question.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <nlohmann/json.hpp>

#include "core/bank/matrix_cells.h"
#include "core/live/live_limits.h"
#include "core/session/answer_check.h"
#include "core/session/estimate_score.h"
#include "core/session/matrix_scoring.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

template <typename T>
void seeded_shuffle(std::vector<T>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % i;
        std::uint64_t x;
        do {
            x = rng();
        } while (x >= limit);
        std::swap(items[i - 1], items[x % i]);
    }
}

bool in_range(int index, std::size_t size) {
    return index >= 0 && static_cast<std::size_t>(index) < size;
}

// Distinct indexes, each in range: the shape of "choices" and of "order".
bool distinct_in_range(const std::vector<int>& indexes, std::size_t size) {
    std::vector<bool> seen(size, false);
    for (int i : indexes) {
        if (!in_range(i, size) || seen[i]) return false;
        seen[i] = true;
    }
    return true;
}

LiveAnswerCheck bad(const char* code) {
    LiveAnswerCheck check;
    check.error = code;
    return check;
}

LiveAnswerCheck check_choices(const LiveQuestion& q, const LiveAnswerFields& f) {
    LiveAnswerCheck check;
    const auto& options = q.round.options;
    if (q.type() == QuestionType::single) {
        if (!f.choice) return bad("bad_field");
        if (!in_range(*f.choice, options.size())) return bad("out_of_range");
        check.picked = {*f.choice};
        check.answer = Answer::single(options[*f.choice].id);
        return check;
    }
    if (!f.choices) return bad("bad_field");
    if (f.choices->empty() || !distinct_in_range(*f.choices, options.size()))
        return bad("out_of_range");
    check.picked = *f.choices;
    std::sort(check.picked.begin(), check.picked.end());
    std::vector<std::string> ids;
    for (int i : check.picked) ids.push_back(options[i].id);
    check.answer = Answer::multiple(std::move(ids));
    return check;
}

LiveAnswerCheck check_matching(const LiveQuestion& q, const LiveAnswerFields& f) {
    if (!f.matches) return bad("bad_field");
    if (f.matches->size() != q.lefts.size()) return bad("out_of_range");
    std::vector<std::pair<std::string, std::string>> matches;
    for (std::size_t i = 0; i < q.lefts.size(); ++i) {
        const int r = (*f.matches)[i];
        if (r == -1) continue;
        if (!in_range(r, q.rights.size())) return bad("out_of_range");
        matches.emplace_back(q.lefts[i], q.rights[r]);
    }
    LiveAnswerCheck check;
    check.answer = Answer::matching(std::move(matches));
    return check;
}

LiveAnswerCheck check_ordering(const LiveQuestion& q, const LiveAnswerFields& f) {
    if (!f.order) return bad("bad_field");
    if (f.order->size() != q.items.size() || !distinct_in_range(*f.order, q.items.size()))
        return bad("out_of_range");
    std::vector<std::string> order;
    for (int i : *f.order) order.push_back(q.items[i]);
    LiveAnswerCheck check;
    check.answer = Answer::ordering(std::move(order));
    return check;
}

LiveAnswerCheck check_short(const LiveAnswerFields& f) {
    if (!f.text) return bad("bad_field");
    if (!is_valid_text(*f.text)) return bad("bad_field");
    const std::size_t chars = count_graphemes(*f.text);
    if (chars == 0 || chars > static_cast<std::size_t>(kLiveShortAnswerMaxChars))
        return bad("out_of_range");
    LiveAnswerCheck check;
    check.answer = Answer::short_text(*f.text);
    return check;
}

LiveAnswerCheck check_estimate(const LiveAnswerFields& f) {
    if (!f.number) return bad("bad_field");
    if (!std::isfinite(*f.number) || std::fabs(*f.number) > kLiveEstimateMaxAbs)
        return bad("out_of_range");
    LiveAnswerCheck check;
    check.answer = Answer::estimate(*f.number);
    return check;
}

LiveAnswerCheck check_poll(const LiveQuestion& q, const LiveAnswerFields& f) {
    if (!f.choice) return bad("bad_field");
    if (!in_range(*f.choice, q.round.options.size())) return bad("out_of_range");
    LiveAnswerCheck check;
    check.picked = {*f.choice};
    check.answer = Answer::poll(q.round.options[*f.choice].id);
    return check;
}

// The cells' codes on the wire: 0 = C, 1 = I, 2 = N (the marks a student gives).
constexpr const char* kLiveCellMarks[] = {"C", "I", "N"};

LiveAnswerCheck check_matrix(const LiveQuestion& q, const LiveAnswerFields& f) {
    if (!f.cells) return bad("bad_field");
    const std::size_t columns = q.columns.size();
    if (columns == 0 || f.cells->size() != q.rows.size() * columns) return bad("out_of_range");
    std::vector<std::vector<std::string>> cells(q.rows.size());
    for (std::size_t i = 0; i < f.cells->size(); ++i) {
        const int mark = (*f.cells)[i];
        if (mark < 0 || mark > 2) return bad("out_of_range");
        cells[i / columns].push_back(kLiveCellMarks[mark]);
    }
    LiveAnswerCheck check;
    check.picked = *f.cells;
    check.answer = Answer::matrix(std::move(cells));
    return check;
}

// The key's mark of each cell as the wire's code (CC counts as C, II as I), row by row.
std::vector<int> matrix_key_codes(const Question& q) {
    std::vector<int> codes;
    for (const MatrixRow& row : q.rows)
        for (const std::string& cell : row.cells)
            codes.push_back(static_cast<int>(cell_mark(cell)));
    return codes;
}

}  // namespace

std::vector<int> live_matrix_key(const LiveQuestion& question) {
    return matrix_key_codes(question.round.question);
}

LiveQuestion make_live_question(const ClassroomRound& round, std::uint64_t seed) {
    LiveQuestion view;
    view.round = round;
    std::mt19937_64 rng(seed);
    const Question& q = round.question;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::true_false:
            if (q.type == QuestionType::true_false) {
                view.round.options = {{"true", "True", q.answer}, {"false", "False", !q.answer}};
            }
            for (const ClassroomOption& o : view.round.options) view.options.push_back(o.text);
            break;
        case QuestionType::matching:
            for (const MatchPair& p : q.pairs) {
                view.lefts.push_back(p.left);
                view.rights.push_back(p.right);
            }
            view.rights.insert(view.rights.end(), q.distractors.begin(), q.distractors.end());
            seeded_shuffle(view.rights, rng);
            break;
        case QuestionType::ordering:
            view.items = q.sequence;
            // A shuffle that happens to give the right order is shuffled again (a few tries).
            for (int tries = 0; tries < 8 && view.items == q.sequence && q.sequence.size() > 1;
                 ++tries)
                seeded_shuffle(view.items, rng);
            break;
        case QuestionType::short_answer:
            break;
        case QuestionType::poll:  // the choices as authored: a poll has no position cue to hide
            view.round.options.clear();
            for (const Choice& c : q.choices) {
                view.round.options.push_back({c.id, c.text, false});
                view.options.push_back(c.text);
            }
            break;
        case QuestionType::matrix:
            view.columns = q.columns;
            for (const MatrixRow& row : q.rows) view.rows.push_back(row.text);
            break;
        case QuestionType::estimate:
            break;
    }
    return view;
}

LiveAnswerCheck to_checked_answer(const LiveQuestion& q, const LiveAnswerFields& f) {
    if (f.confidence && (*f.confidence < 1 || *f.confidence > 3)) return bad("out_of_range");
    switch (q.type()) {
        case QuestionType::single:
        case QuestionType::multiple:
            return check_choices(q, f);
        case QuestionType::true_false: {
            if (!f.value) return bad("bad_field");
            LiveAnswerCheck check;
            check.picked = {*f.value ? 0 : 1};
            check.answer = Answer::true_false(*f.value);
            return check;
        }
        case QuestionType::matching:
            return check_matching(q, f);
        case QuestionType::ordering:
            return check_ordering(q, f);
        case QuestionType::short_answer:
            return check_short(f);
        case QuestionType::estimate:
            return check_estimate(f);
        case QuestionType::poll:
            return check_poll(q, f);
        case QuestionType::matrix:
            return check_matrix(q, f);
    }
    return bad("unknown_kind");
}

ClassroomCredit live_credit(const LiveQuestion& q, const Answer& answer) {
    const AnswerCheck check = check_answer(q.round.question, answer);
    switch (q.type()) {
        case QuestionType::multiple: {
            int right_total = 0, right_picked = 0, wrong_picked = 0;
            for (const ClassroomOption& o : q.round.options) {
                const bool picked = answer.has_choice(o.id);
                right_total += o.correct;
                right_picked += o.correct && picked;
                wrong_picked += !o.correct && picked;
            }
            return multiple_choice_credit(right_picked, wrong_picked, right_total);
        }
        case QuestionType::matching: {
            const int right = static_cast<int>(
                std::count(check.part_right.begin(), check.part_right.end(), true));
            const int pairs = static_cast<int>(q.lefts.size());
            return pairs > 0 ? ClassroomCredit{right, pairs} : no_credit();
        }
        case QuestionType::ordering: {
            const long n = static_cast<long>(q.items.size());
            const int pairs = static_cast<int>(n * (n - 1) / 2);
            if (pairs == 0) return check.correct ? full_credit() : no_credit();
            return ClassroomCredit{static_cast<int>(std::lround(check.score * pairs)), pairs};
        }
        case QuestionType::estimate:  // the core's closeness score, to a thousandth
            return ClassroomCredit{
                static_cast<int>(std::lround(check.score * kLiveEstimateCreditScale)),
                kLiveEstimateCreditScale};
        case QuestionType::matrix: {  // the core's weighted cells, as the exact fraction
            int weights = 0;
            for (const MatrixRow& row : q.round.question.rows)
                weights += static_cast<int>(row.cells.size()) *
                           (is_diagnostic_row(row) ? kDiagnosticRowWeight : 1);
            if (weights == 0) return no_credit();
            return ClassroomCredit{static_cast<int>(std::lround(check.score * weights)), weights};
        }
        case QuestionType::poll:  // never scored
            return no_credit();
        default:
            return check.correct ? full_credit() : no_credit();
    }
}

std::string reveal_key_json(const LiveQuestion& q) {
    nlohmann::json key = nlohmann::json::object();
    const Question& question = q.round.question;
    switch (q.type()) {
        case QuestionType::single:
        case QuestionType::multiple: {
            std::vector<int> right;
            for (std::size_t i = 0; i < q.round.options.size(); ++i)
                if (q.round.options[i].correct) right.push_back(static_cast<int>(i));
            if (q.type() == QuestionType::single && right.size() == 1)
                key["choice"] = right.front();
            else
                key["choices"] = right;
            break;
        }
        case QuestionType::true_false:
            key["value"] = question.answer;
            break;
        case QuestionType::matching: {
            std::vector<int> matches;
            for (const MatchPair& p : question.pairs) {
                const auto it = std::find(q.rights.begin(), q.rights.end(), p.right);
                matches.push_back(static_cast<int>(it - q.rights.begin()));
            }
            key["matches"] = matches;
            break;
        }
        case QuestionType::ordering: {
            std::vector<int> order;
            for (const std::string& item : question.sequence) {
                const auto it = std::find(q.items.begin(), q.items.end(), item);
                order.push_back(static_cast<int>(it - q.items.begin()));
            }
            key["order"] = order;
            break;
        }
        case QuestionType::short_answer:
            key["accept"] = question.accept;
            break;
        case QuestionType::estimate:
            key["value"] = question.value.value_or(0.0);
            key["margin"] = question.margin;
            key["tolerance"] = estimate_tolerance(question);
            key["unit"] = question.unit;
            key["text"] = describe_estimate_key(question);
            break;
        case QuestionType::poll:  // no key: the explanation lays out the arguments
            break;
        case QuestionType::matrix: {
            key["cells"] = matrix_key_codes(question);
            std::vector<std::string> why;
            for (const MatrixRow& row : question.rows) why.push_back(row.explanation);
            key["rows"] = why;
            break;
        }
    }
    return key.dump();
}

}  // namespace statecraft
