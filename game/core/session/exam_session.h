// A timed exam over a quiz session: answers are marked but not shown until the end, the time
// runs for the whole exam or per question, and when it runs out what was answered is handed in.
//
// The exam does not own its QuizSession (the app keeps that one where the answer widgets read
// it); every call takes it, and it must be the one the exam started with. Time comes from the
// injected Clock, so tests run in no time.
//
// - whole_exam: one limit for all questions; at time-up the current draft is submitted when it
//   is a complete answer, the rest stay unanswered.
// - per_question: each question has its bank time_limit_s, else the default; at its time-up
//   the draft is submitted when complete and the exam goes on to the next question.
// Unanswered questions score 0 and count in the CBM averages as Moodle's "entire quiz".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/session/quiz_session.h"
#include "core/study/cbm.h"

namespace statecraft {

enum class ExamTiming { whole_exam, per_question };
const char* to_string(ExamTiming timing);  // "whole exam", "per question"

struct ExamLimits {
    ExamTiming timing = ExamTiming::whole_exam;
    std::int64_t exam_ms = 10 * 60'000;         // whole_exam
    std::int64_t default_question_ms = 60'000;  // per_question, without time_limit_s
};

struct ExamAnswer {
    bool answered = false;  // false: time ran out (or handed in) before an answer
    double score = 0;       // 0 when unanswered
    std::optional<Confidence> confidence;
    std::int64_t elapsed_ms = 0;
};

struct ExamResults {
    int total = 0;     // graded questions (a poll is no mark)
    int answered = 0;  // graded questions answered
    double score = 0;  // sum of scores, 0..total
    bool timed_out = false;
    std::int64_t elapsed_ms = 0;      // from start to hand-in
    std::vector<ExamAnswer> answers;  // question order
    CbmSummary cbm;
    double fraction() const { return total > 0 ? score / total : 0.0; }
};

class ExamSession {
  public:
    // Starts the clock now, on the quiz's first question.
    ExamSession(const QuizSession& quiz, ExamLimits limits, const Clock& clock);

    const ExamLimits& limits() const { return limits_; }
    bool finished() const { return finished_; }
    bool timed_out() const { return timed_out_; }

    // The time that counts for the timer shown: of the exam, or of the current question.
    std::int64_t limit_ms(const QuizSession& quiz) const;
    std::int64_t remaining_ms(const QuizSession& quiz) const;

    // Records a complete answer to the current question and goes on (no feedback). False when
    // the answer is incomplete, the exam is over, or the time has already run out (call tick).
    bool answer(QuizSession& quiz, const Answer& answer, std::optional<Confidence> confidence);

    // Applies the clock: on time-up hands in `draft` (when complete) and goes on or ends.
    // Returns true when something changed. Call once per frame.
    bool tick(QuizSession& quiz, const Answer& draft, std::optional<Confidence> confidence);

    // Hands in now: the current draft when complete, every other open question unanswered.
    void finish(QuizSession& quiz, const Answer& draft, std::optional<Confidence> confidence);

    bool answered(int i) const { return answered_.at(i); }
    ExamResults results(const QuizSession& quiz) const;

  private:
    void hand_in(QuizSession& quiz, const Answer& draft, std::optional<Confidence> confidence,
                 bool and_rest);
    void skip_current(QuizSession& quiz, std::int64_t elapsed_ms);
    void advance(QuizSession& quiz);

    ExamLimits limits_;
    const Clock* clock_;
    std::int64_t started_ms_ = 0;
    std::int64_t question_started_ms_ = 0;
    std::int64_t ended_ms_ = 0;
    std::vector<bool> answered_;
    bool finished_ = false;
    bool timed_out_ = false;
};

// How long a question may take in a per_question exam.
std::int64_t question_limit_ms(const Question& question, const ExamLimits& limits);

}  // namespace statecraft
