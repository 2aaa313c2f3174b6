#include "core/session/exam_session.h"

#include "core/session/answer_check.h"

#include <algorithm>

namespace statecraft {

const char* to_string(ExamTiming timing) {
    return timing == ExamTiming::whole_exam ? "whole exam" : "per question";
}

std::int64_t question_limit_ms(const Question& question, const ExamLimits& limits) {
    if (question.time_limit_s && *question.time_limit_s > 0)
        return static_cast<std::int64_t>(*question.time_limit_s) * 1000;
    return limits.default_question_ms;
}

ExamSession::ExamSession(const QuizSession& quiz, ExamLimits limits, const Clock& clock)
    : limits_(limits), clock_(&clock) {
    started_ms_ = question_started_ms_ = clock_->now_ms();
    const auto n = static_cast<std::size_t>(quiz.size());
    marks_.assign(n, ExamMark::unanswered);
    flagged_.assign(n, false);
    spent_ms_.assign(n, 0);
    answered_at_.assign(n, 0);
    drafts_.assign(n, std::nullopt);
    finished_ = quiz.finished() || n == 0;
}

std::int64_t ExamSession::limit_ms(const QuizSession& quiz) const {
    if (limits_.timing == ExamTiming::whole_exam) return limits_.exam_ms;
    return question_limit_ms(*quiz.current().question, limits_);
}

std::int64_t ExamSession::spent_ms(const QuizSession& quiz) const {
    return spent_ms_[quiz.index()] + (clock_->now_ms() - question_started_ms_);
}

std::int64_t ExamSession::remaining_ms(const QuizSession& quiz) const {
    if (finished_) return 0;
    const std::int64_t used =
        limits_.timing == ExamTiming::whole_exam ? clock_->now_ms() - started_ms_ : spent_ms(quiz);
    return std::max<std::int64_t>(0, limit_ms(quiz) - used);
}

int ExamSession::answered_count() const {
    return static_cast<int>(std::count(marks_.begin(), marks_.end(), ExamMark::answered));
}

int ExamSession::flagged_count() const {
    return static_cast<int>(std::count(flagged_.begin(), flagged_.end(), true));
}

std::optional<std::int64_t> ExamSession::answered_at_ms(int i) const {
    if (!answered(i)) return std::nullopt;
    return answered_at_.at(i);
}

bool ExamSession::answer(QuizSession& quiz, const Answer& answer,
                         std::optional<Confidence> confidence) {
    if (finished_ || !is_complete(answer) || remaining_ms(quiz) <= 0) return false;
    submit_current(quiz, answer, confidence);
    go_on(quiz);
    return true;
}

bool ExamSession::go_to(QuizSession& quiz, int i, const Answer& draft,
                        std::optional<Confidence> confidence) {
    if (finished_ || i < 0 || i >= quiz.size() || i == quiz.index() || !open(i)) return false;
    if (remaining_ms(quiz) <= 0) return false;  // time is up: tick decides
    drafts_[quiz.index()] = ExamDraft{draft, confidence};
    leave_current(quiz);
    quiz.go_to(i);
    return true;
}

bool ExamSession::skip(QuizSession& quiz, const Answer& draft,
                       std::optional<Confidence> confidence) {
    const std::optional<int> next = next_open(quiz);
    return next && go_to(quiz, *next, draft, confidence);
}

bool ExamSession::tick(QuizSession& quiz, const Answer& draft,
                       std::optional<Confidence> confidence) {
    if (finished_ || remaining_ms(quiz) > 0) return false;
    if (is_complete(draft)) {
        submit_current(quiz, draft, confidence);
    } else if (limits_.timing == ExamTiming::per_question) {
        marks_[quiz.index()] = ExamMark::closed;
        drafts_[quiz.index()].reset();
        leave_current(quiz);
    }
    if (limits_.timing == ExamTiming::whole_exam) {
        timed_out_ = true;
        end(quiz);
        // Ticks come once a frame (or later, after a suspend): the exam ended at its deadline.
        ended_ms_ = std::min(ended_ms_, started_ms_ + limits_.exam_ms);
        return true;
    }
    // Per question, a long pause (a suspended laptop) may have used up several limits: each
    // later question gets what it has left from now, as the student was not on it.
    go_on(quiz);
    if (finished_) timed_out_ = true;
    return true;
}

void ExamSession::finish(QuizSession& quiz, const Answer& draft,
                         std::optional<Confidence> confidence) {
    if (finished_) return;
    if (is_complete(draft)) submit_current(quiz, draft, confidence);
    end(quiz);
}

void ExamSession::submit_current(QuizSession& quiz, const Answer& answer,
                                 std::optional<Confidence> confidence) {
    const int i = quiz.index();
    quiz.submit(answer, spent_ms(quiz), confidence);
    marks_[i] = ExamMark::answered;
    answered_at_[i] = clock_->now_ms();
    drafts_[i].reset();
    leave_current(quiz);
}

void ExamSession::leave_current(QuizSession& quiz) {
    const std::int64_t now = clock_->now_ms();
    spent_ms_[quiz.index()] += now - question_started_ms_;
    question_started_ms_ = now;
}

std::optional<int> ExamSession::next_open(const QuizSession& quiz) const {
    const int n = quiz.size();
    for (int step = 1; step <= n; ++step) {
        const int i = (quiz.index() + step) % n;
        if (open(i) && i != quiz.index()) return i;
    }
    return std::nullopt;
}

void ExamSession::go_on(QuizSession& quiz) {
    if (const std::optional<int> next = next_open(quiz)) {
        quiz.go_to(*next);
        question_started_ms_ = clock_->now_ms();
    } else {
        end(quiz);
    }
}

void ExamSession::end(QuizSession& quiz) {
    leave_current(quiz);
    quiz.end();
    finished_ = true;
    ended_ms_ = clock_->now_ms();
}

ExamResults ExamSession::results(const QuizSession& quiz) const {
    ExamResults r;
    r.total = quiz.results().total;  // graded questions: a poll is no mark
    r.timed_out = timed_out_;
    r.elapsed_ms = (finished_ ? ended_ms_ : clock_->now_ms()) - started_ms_;
    std::vector<MarkedAnswer> marked;
    for (int i = 0; i < quiz.size(); ++i) {
        ExamAnswer a;
        const auto& attempt = quiz.attempt(i);
        a.answered = answered(i) && attempt.has_value();
        a.elapsed_ms = spent_ms_[i];
        if (a.answered) {
            a.answered_ms = answered_at_[i];
            a.score = attempt->score;
            a.confidence = attempt->confidence;
        }
        // A poll is answered but is no mark: it stays out of the counts, score and CBM.
        if (a.answered && is_graded(quiz.item(i).question->type)) {
            ++r.answered;
            r.score += a.score;
            marked.push_back({a.score, a.confidence, 0});
        }
        r.answers.push_back(a);
    }
    r.cbm = summarize_cbm(marked, r.total - r.answered);
    return r;
}

}  // namespace statecraft
