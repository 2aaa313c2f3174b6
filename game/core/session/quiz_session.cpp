#include "core/session/quiz_session.h"

#include <algorithm>
#include <numeric>

#include "core/session/answer_check.h"
#include "core/session/choice_order.h"
#include "core/session/estimate_score.h"
#include "core/session/seeded_random.h"
#include "core/session/short_answer_match.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

PresentedQuestion present(const Question& q, bool shuffle_choices, SeededRandom& random) {
    PresentedQuestion p;
    p.question = &q;
    p.choice_order =
        choice_order(q, shuffle_choices, [&](std::vector<int>& items) { random.shuffle(items); });
    if (q.type == QuestionType::matching) {
        for (const MatchPair& pair : q.pairs) p.match_options.push_back(pair.right);
        for (const std::string& d : q.distractors) p.match_options.push_back(d);
        random.shuffle(p.match_options);
    }
    if (q.type == QuestionType::ordering) {
        p.initial_order = q.sequence;
        random.shuffle(p.initial_order);
        // Starting from the answer would give it away: rotate by one instead.
        if (p.initial_order == q.sequence && q.sequence.size() > 1)
            std::rotate(p.initial_order.begin(), p.initial_order.begin() + 1,
                        p.initial_order.end());
    }
    return p;
}

// "Evidence: C I N C" for one row of a matrix, in the columns' order (blank cells as "-").
std::string matrix_row_line(const Question& q, std::size_t row,
                            const std::vector<std::string>& cells) {
    std::string line = q.rows[row].text + ":";
    for (std::size_t c = 0; c < q.columns.size(); ++c)
        line += " " + (c < cells.size() && !cells[c].empty() ? cells[c] : std::string("-"));
    return line;
}

std::string truth_text(bool value) {
    return value ? "True" : "False";
}

}  // namespace

std::optional<QuizSession> QuizSession::start(std::shared_ptr<const Bank> bank,
                                              const QuizConfig& config, const Clock& clock,
                                              std::string& error, SessionOrigin origin) {
    if (!bank) {
        error = "no bank";
        return std::nullopt;
    }
    for (const std::string& id : config.categories) {
        if (!bank->find_category(id)) {
            error = "the bank has no category \"" + id + "\"";
            return std::nullopt;
        }
    }
    std::vector<const Question*> chosen;
    if (!config.question_ids.empty()) {
        for (const std::string& id : config.question_ids) {
            const Question* q = bank->find_question(id);
            if (!q) {
                error = "the bank has no question \"" + id + "\"";
                return std::nullopt;
            }
            chosen.push_back(q);
        }
        return QuizSession(std::move(bank), config, std::move(origin), clock, std::move(chosen));
    }
    for (const Question& q : bank->questions) {
        const auto& cats = config.categories;
        if (config.graded_only && !is_graded(q.type)) continue;
        if (cats.empty() || std::find(cats.begin(), cats.end(), q.category) != cats.end())
            chosen.push_back(&q);
    }
    if (chosen.empty()) {
        error = "no questions in the chosen categories";
        return std::nullopt;
    }
    if (config.shuffle) SeededRandom(config.seed).shuffle(chosen);
    if (config.question_count > 0 &&
        static_cast<std::size_t>(config.question_count) < chosen.size())
        chosen.resize(config.question_count);
    return QuizSession(std::move(bank), config, std::move(origin), clock, std::move(chosen));
}

QuizSession::QuizSession(std::shared_ptr<const Bank> bank, QuizConfig config, SessionOrigin origin,
                         const Clock& clock, std::vector<const Question*> questions)
    : bank_(std::move(bank)),
      config_(std::move(config)),
      origin_(std::move(origin)),
      clock_(&clock) {
    origin_.bank_id = bank_->id;
    // A separate stream from the question order, so the same seed gives the same choice order
    // whatever the number of questions.
    SeededRandom random(config_.seed ^ 0x9E3779B97F4A7C15ull);
    for (const Question* q : questions) items_.push_back(present(*q, config_.shuffle, random));
    attempts_.resize(items_.size());
    shown_at_ms_ = clock_->now_ms();
}

Answer QuizSession::initial_answer(int i) const {
    const PresentedQuestion& p = items_.at(i);
    Answer a = empty_answer(p.question->type);
    if (p.question->type == QuestionType::ordering) a.order = p.initial_order;
    if (p.question->type == QuestionType::matrix)
        a.cells.assign(p.question->rows.size(),
                       std::vector<std::string>(p.question->columns.size()));
    return a;
}

Outcome QuizSession::submit(const Answer& answer) {
    return submit(answer, std::max<std::int64_t>(0, clock_->now_ms() - shown_at_ms_));
}

Outcome QuizSession::submit(const Answer& answer, std::int64_t elapsed_ms) {
    return submit(answer, elapsed_ms, std::nullopt);
}

Outcome QuizSession::submit(const Answer& answer, std::optional<Confidence> confidence) {
    return submit(answer, std::max<std::int64_t>(0, clock_->now_ms() - shown_at_ms_), confidence);
}

Outcome QuizSession::submit(const Answer& answer, std::int64_t elapsed_ms,
                            std::optional<Confidence> confidence) {
    if (!finished_ && !attempts_[index_]) {
        Answer kept = answer;
        kept.text = to_nfc(make_valid_text(kept.text));  // typed text is stored as it compares
        AnswerCheck check = check_answer(*current().question, kept);
        attempts_[index_] =
            Attempt{std::move(kept), check.score, check.correct, elapsed_ms, confidence};
    }
    return *outcome(index_);
}

bool QuizSession::can_override(int i) const {
    const std::optional<Attempt>& a = attempts_.at(i);
    return a && !a->correct && !a->overridden &&
           items_[i].question->type == QuestionType::short_answer;
}

bool QuizSession::override_answer(int i) {
    if (!can_override(i)) return false;
    attempts_[i]->overridden = true;
    return true;
}

std::optional<Outcome> QuizSession::outcome(int i) const {
    const std::optional<Attempt>& attempt = attempts_.at(i);
    if (!attempt) return std::nullopt;
    const PresentedQuestion& p = items_[i];
    const Question& q = *p.question;
    AnswerCheck check = check_answer(q, attempt->answer);
    Outcome o;
    o.score = attempt->score;
    o.correct = attempt->correct;
    o.part_right = std::move(check.part_right);
    for (int index : p.choice_order) {
        const Choice& c = q.choices[index];
        if (attempt->answer.has_choice(c.id))
            o.chosen.push_back({c.id, c.text, c.correct, c.feedback});
    }
    o.explanation = q.explanation;
    for (const std::string& ref : q.refs)
        if (bank_->find_section(ref)) o.refs.push_back(ref);
    o.correct_answer = describe_correct_answer(q);
    o.confidence = attempt->confidence;
    o.cbm_mark = statecraft::cbm_mark(attempt->score, attempt->confidence);
    o.overridden = attempt->overridden;
    o.graded = check.graded;
    return o;
}

bool QuizSession::next() {
    if (finished_ || !attempts_[index_]) return false;
    if (is_last()) {
        finished_ = true;
    } else {
        ++index_;
        shown_at_ms_ = clock_->now_ms();
    }
    return true;
}

bool QuizSession::go_to(int i) {
    if (finished_ || i < 0 || i >= size()) return false;
    index_ = i;
    shown_at_ms_ = clock_->now_ms();
    return true;
}

QuizProgress QuizSession::progress() const {
    QuizProgress p;
    p.index = index_;
    p.total = size();
    for (int i = 0; i < size(); ++i) {
        const auto& a = attempts_[i];
        if (!a || !is_graded(items_[i].question->type)) continue;
        ++p.answered;
        p.score += a->score;
    }
    return p;
}

Results QuizSession::results() const {
    Results r;
    r.bank_id = bank_->id;
    for (int i = 0; i < size(); ++i) r.total += is_graded(items_[i].question->type);
    for (const Category& cat : bank_->categories) {
        CategoryScore cs{cat.id, cat.title, 0, 0};
        for (int i = 0; i < size(); ++i) {
            if (items_[i].question->category != cat.id) continue;
            if (!is_graded(items_[i].question->type)) continue;
            ++cs.questions;
            if (attempts_[i]) cs.score += attempts_[i]->score;
        }
        if (cs.questions > 0) r.categories.push_back(std::move(cs));
    }
    for (int i = 0; i < size(); ++i) {
        const auto& a = attempts_[i];
        if (!is_graded(items_[i].question->type)) continue;
        if (a) {
            ++r.answered;
            r.score += a->score;
            r.elapsed_ms += a->elapsed_ms;
        }
        if (!a || !a->correct) r.missed.push_back(i);
    }
    return r;
}

std::optional<QuizSession> QuizSession::retry_missed(std::uint64_t seed) const {
    std::vector<const Question*> missed;
    for (int i : results().missed) missed.push_back(items_[i].question);
    if (missed.empty()) return std::nullopt;
    QuizConfig config = config_;
    config.seed = seed;
    config.question_count = static_cast<int>(missed.size());
    if (config.shuffle) SeededRandom(seed).shuffle(missed);
    return QuizSession(bank_, config, origin_, *clock_, std::move(missed));
}

std::vector<std::string> describe_correct_answer(const Question& q) {
    std::vector<std::string> lines;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            for (const Choice& c : q.choices)
                if (c.correct) lines.push_back(c.text);
            break;
        case QuestionType::true_false:
            lines.push_back(truth_text(q.answer));
            break;
        case QuestionType::matching:
            for (const MatchPair& p : q.pairs) lines.push_back(p.left + ": " + p.right);
            break;
        case QuestionType::ordering:
            for (std::size_t i = 0; i < q.sequence.size(); ++i)
                lines.push_back(std::to_string(i + 1) + ". " + q.sequence[i]);
            break;
        case QuestionType::estimate:
            lines.push_back(describe_estimate_key(q));
            break;
        case QuestionType::poll:
            break;  // no right answer: the explanation lays out the arguments
        case QuestionType::short_answer: {
            // One main answer; the forms matching forgives anyway are not listed again.
            AcceptedAnswers accepted = accepted_answers(q);
            lines.push_back(accepted.main);
            // At most three variants by name: the rest are counted, not listed.
            constexpr std::size_t kShown = 3;
            if (!accepted.also.empty()) {
                std::string also = "also accepted: ";
                const std::size_t shown = std::min(kShown, accepted.also.size());
                for (std::size_t i = 0; i < shown; ++i) also += (i ? ", " : "") + accepted.also[i];
                if (const std::size_t rest = accepted.also.size() - shown; rest > 0)
                    also += " and " + std::to_string(rest) + (rest == 1 ? " other" : " others");
                lines.push_back(std::move(also));
            }
            break;
        }
        case QuestionType::matrix:
            for (std::size_t r = 0; r < q.rows.size(); ++r)
                lines.push_back(matrix_row_line(q, r, q.rows[r].cells));
            break;
    }
    return lines;
}

std::vector<std::string> describe_answer(const Question& q, const Answer& a) {
    std::vector<std::string> lines;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            for (const Choice& c : q.choices)
                if (a.has_choice(c.id)) lines.push_back(c.text);
            break;
        case QuestionType::true_false:
            if (a.truth) lines.push_back(truth_text(*a.truth));
            break;
        case QuestionType::matching:
            for (const MatchPair& p : q.pairs) {
                std::string right = a.match_for(p.left);
                lines.push_back(p.left + ": " + (right.empty() ? "(none)" : right));
            }
            break;
        case QuestionType::ordering:
            for (std::size_t i = 0; i < a.order.size(); ++i)
                lines.push_back(std::to_string(i + 1) + ". " + a.order[i]);
            break;
        case QuestionType::short_answer:
            if (!a.text.empty()) lines.push_back(a.text);
            break;
        case QuestionType::estimate:
            if (a.number)
                lines.push_back(format_estimate(*a.number) + (q.unit.empty() ? "" : " " + q.unit));
            break;
        case QuestionType::poll:
            for (const Choice& c : q.choices)
                if (a.has_choice(c.id)) lines.push_back(c.text);
            break;
        case QuestionType::matrix:
            for (std::size_t r = 0; r < q.rows.size() && r < a.cells.size(); ++r)
                lines.push_back(matrix_row_line(q, r, a.cells[r]));
            break;
    }
    if (lines.empty()) lines.push_back("(no answer)");
    return lines;
}

}  // namespace statecraft
