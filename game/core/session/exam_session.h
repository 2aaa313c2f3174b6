// A timed exam over a quiz session: answers are marked but not shown until the end, the time
// runs for the whole exam or per question, and when it runs out what was answered is handed in.
//
// The exam does not own its QuizSession (the app keeps that one where the answer widgets read
// it); every call takes it, and it must be the one the exam started with. Time comes from the
// injected Clock, so tests run in no time.
//
// The student may skip a question and come back to it (any open question, in any order), flag
// questions to look at again, and keep an unfinished draft per question while away from it.
// An answer is final once given. Only answered questions get an attempt in the quiz; handing in
// ends the quiz with the rest unanswered.
// - whole_exam: one limit for all questions; at time-up the current draft is submitted when it
//   is a complete answer, the rest stay unanswered.
// - per_question: each question has its bank time_limit_s, else the default, counted while it
//   is shown (leaving and coming back keeps what is left); at its time-up the draft is
//   submitted when complete, else the question closes, and the exam goes on to the next open one.
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
    std::int64_t elapsed_ms = 0;   // time spent on the question (all visits)
    std::int64_t answered_ms = 0;  // the clock's time of the answer; 0 when unanswered
};

// What the question palette shows of each question.
enum class ExamMark { unanswered, answered, closed };  // closed: its own time ran out

// A draft kept while the student is on another question.
struct ExamDraft {
    Answer answer;
    std::optional<Confidence> confidence;
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

    // Records a complete answer to the current question and goes on to the next open question
    // (no feedback); when none is left the exam ends. False when the answer is incomplete, the
    // exam is over, or the time has already run out (call tick).
    bool answer(QuizSession& quiz, const Answer& answer, std::optional<Confidence> confidence);

    // Leaves the current question unanswered, keeping `draft`, and shows question i. False
    // (nothing changes) when i is answered, closed, the current one, or the exam is over.
    bool go_to(QuizSession& quiz, int i, const Answer& draft, std::optional<Confidence> confidence);
    // go_to the next open question after the current one (wrapping); false when there is none.
    bool skip(QuizSession& quiz, const Answer& draft, std::optional<Confidence> confidence);
    // The draft kept for question i when the student left it, if any.
    const std::optional<ExamDraft>& draft(int i) const { return drafts_.at(i); }

    void toggle_flag(int i) { flagged_.at(i) = !flagged_.at(i); }
    bool flagged(int i) const { return flagged_.at(i); }
    ExamMark mark(int i) const { return marks_.at(i); }
    int answered_count() const;
    int unanswered_count() const { return static_cast<int>(marks_.size()) - answered_count(); }
    int flagged_count() const;

    // Applies the clock: on time-up hands in `draft` (when complete) and goes on or ends.
    // Returns true when something changed. Call once per frame.
    bool tick(QuizSession& quiz, const Answer& draft, std::optional<Confidence> confidence);

    // Hands in now: the current draft when complete, every other open question unanswered.
    void finish(QuizSession& quiz, const Answer& draft, std::optional<Confidence> confidence);

    bool answered(int i) const { return marks_.at(i) == ExamMark::answered; }
    // The clock's time when question i was answered; nullopt when it was not.
    std::optional<std::int64_t> answered_at_ms(int i) const;
    ExamResults results(const QuizSession& quiz) const;

  private:
    bool open(int i) const { return marks_.at(i) == ExamMark::unanswered; }
    std::int64_t spent_ms(const QuizSession& quiz) const;  // on the current question, all visits
    void submit_current(QuizSession& quiz, const Answer& answer,
                        std::optional<Confidence> confidence);
    void leave_current(QuizSession& quiz);
    // Shows the next open question after the current one, or ends the exam when none is left.
    void go_on(QuizSession& quiz);
    std::optional<int> next_open(const QuizSession& quiz) const;
    void end(QuizSession& quiz);

    ExamLimits limits_;
    const Clock* clock_;
    std::int64_t started_ms_ = 0;
    std::int64_t question_started_ms_ = 0;  // when the current visit began
    std::int64_t ended_ms_ = 0;
    std::vector<ExamMark> marks_;
    std::vector<bool> flagged_;
    std::vector<std::int64_t> spent_ms_;  // per question, earlier visits
    std::vector<std::int64_t> answered_at_;
    std::vector<std::optional<ExamDraft>> drafts_;
    bool finished_ = false;
    bool timed_out_ = false;
};

// How long a question may take in a per_question exam.
std::int64_t question_limit_ms(const Question& question, const ExamLimits& limits);

}  // namespace statecraft
