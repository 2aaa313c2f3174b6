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
    answered_.assign(quiz.size(), false);
    finished_ = quiz.finished();
}

std::int64_t ExamSession::limit_ms(const QuizSession& quiz) const {
    if (limits_.timing == ExamTiming::whole_exam) return limits_.exam_ms;
    return question_limit_ms(*quiz.current().question, limits_);
}

std::int64_t ExamSession::remaining_ms(const QuizSession& quiz) const {
    if (finished_) return 0;
    const std::int64_t since =
        limits_.timing == ExamTiming::whole_exam ? started_ms_ : question_started_ms_;
    return std::max<std::int64_t>(0, limit_ms(quiz) - (clock_->now_ms() - since));
}

bool ExamSession::answer(QuizSession& quiz, const Answer& answer,
                         std::optional<Confidence> confidence) {
    if (finished_ || !is_complete(answer) || remaining_ms(quiz) <= 0) return false;
    quiz.submit(answer, clock_->now_ms() - question_started_ms_, confidence);
    answered_[quiz.index()] = true;
    advance(quiz);
    return true;
}

bool ExamSession::tick(QuizSession& quiz, const Answer& draft,
                       std::optional<Confidence> confidence) {
    if (finished_ || remaining_ms(quiz) > 0) return false;
    timed_out_ = limits_.timing == ExamTiming::whole_exam || quiz.is_last();
    hand_in(quiz, draft, confidence, limits_.timing == ExamTiming::whole_exam);
    // Ticks come once a frame (or later, after a suspend): the exam ended at its deadline.
    if (finished_ && limits_.timing == ExamTiming::whole_exam)
        ended_ms_ = std::min(ended_ms_, started_ms_ + limits_.exam_ms);
    // Per question, a long pause (a suspended laptop) may have used up several limits: each
    // later question gets its own full time from now, as the student has not seen it yet.
    return true;
}

void ExamSession::finish(QuizSession& quiz, const Answer& draft,
                         std::optional<Confidence> confidence) {
    if (!finished_) hand_in(quiz, draft, confidence, true);
}

void ExamSession::hand_in(QuizSession& quiz, const Answer& draft,
                          std::optional<Confidence> confidence, bool and_rest) {
    const std::int64_t now = clock_->now_ms();
    if (is_complete(draft)) {
        quiz.submit(draft, now - question_started_ms_, confidence);
        answered_[quiz.index()] = true;
        advance(quiz);
    } else {
        skip_current(quiz, now - question_started_ms_);
    }
    while (and_rest && !finished_) skip_current(quiz, 0);
}

// The quiz only moves past an answered question, so an unanswered one gets an empty answer
// in the quiz; answered_ says it was not the student's, and results() scores it 0.
void ExamSession::skip_current(QuizSession& quiz, std::int64_t elapsed_ms) {
    quiz.submit(empty_answer(quiz.current().question->type), elapsed_ms);
    advance(quiz);
}

void ExamSession::advance(QuizSession& quiz) {
    quiz.next();
    question_started_ms_ = clock_->now_ms();
    if (quiz.finished()) {
        finished_ = true;
        ended_ms_ = question_started_ms_;
    }
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
        a.answered = answered_[i] && attempt.has_value();
        if (attempt) a.elapsed_ms = attempt->elapsed_ms;
        if (a.answered) {
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
