// A practice quiz over one bank: which questions, in which order, with choices and items
// shuffled by a seed; answers marked as they come; progress and results.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/model.h"
#include "core/session/answer.h"
#include "core/session/clock.h"
#include "core/session/session_origin.h"
#include "core/study/cbm.h"

namespace statecraft {

struct QuizConfig {
    std::vector<std::string> categories;  // category ids; empty means all
    int question_count = 10;              // 0, or more than there are, means all
    bool shuffle = true;                  // questions and choices in a seeded random order
    bool graded_only = false;             // an exam: polls (never marked) are left out
    std::uint64_t seed = 0;
    // When not empty: exactly these questions, in this order (a review queue, the weakest
    // questions); categories, question_count and the question shuffle are then ignored.
    // Unknown ids are an error.
    std::vector<std::string> question_ids;
};

// One question as this session presents it. Ordering items and matching options are always
// shuffled (in bank order they would give the answer away); choices when config.shuffle, except
// where the bank fixes them (core/session/choice_order.h).
struct PresentedQuestion {
    const Question* question = nullptr;
    std::vector<int> choice_order;           // single/multiple: indexes into question->choices
    std::vector<std::string> match_options;  // matching: rights and distractors, shuffled
    std::vector<std::string> initial_order;  // ordering: never the correct order
};

struct Attempt {
    Answer answer;
    double score = 0;
    bool correct = false;
    std::int64_t elapsed_ms = 0;
    std::optional<Confidence> confidence;  // as the student gave it (certainty-based marking)
    // The student pressed "I was right" (short answers marked wrong, self-study only). Score
    // and correct stay as marked: the flag travels with the answer for reports to weigh.
    bool overridden = false;
};

struct ChosenFeedback {
    std::string choice_id;
    std::string text;
    bool correct = false;
    std::string feedback;  // the choice's own feedback, may be empty
};

// What the student sees right after submitting.
struct Outcome {
    double score = 0;
    bool correct = false;
    std::vector<bool> part_right;        // see AnswerCheck::part_right
    std::vector<ChosenFeedback> chosen;  // single/multiple: the chosen choices, in shown order
    std::string explanation;
    std::vector<std::string> refs;            // section ids of the bank's briefing that exist
    std::vector<std::string> correct_answer;  // the right answer, one line per part
    std::optional<Confidence> confidence;     // as given with the answer
    double cbm_mark = 0;                      // cbm_mark(score, confidence)
    bool overridden = false;                  // see Attempt::overridden
    bool graded = true;                       // false for a poll: no verdict to show
};

// Where a quiz stands (not the Progress figures of core/stats/progress.h).
struct QuizProgress {
    int index = 0;  // 0-based position of the current question
    int total = 0;
    int answered = 0;  // graded questions answered (a poll is not counted)
    double score = 0;  // sum of the scores so far
};

struct CategoryScore {
    std::string id;
    std::string title;
    int questions = 0;
    double score = 0;  // sum of scores, 0..questions
};

struct Results {
    std::string bank_id;
    int total = 0;  // graded questions (polls are left out of every figure here)
    int answered = 0;
    double score = 0;                       // sum of scores, 0..total
    std::vector<CategoryScore> categories;  // bank order, only those in the quiz
    std::vector<int> missed;                // positions of questions not fully right
    std::int64_t elapsed_ms = 0;            // sum of the answer times
    double fraction() const { return total > 0 ? score / total : 0.0; }
};

class QuizSession {
  public:
    // Picks the questions. Fails (nullopt, error set) when a category id is unknown or no
    // question matches. The bank must not change while the session lives; the clock must
    // outlive the session. origin.bank_id is taken from the bank.
    static std::optional<QuizSession> start(std::shared_ptr<const Bank> bank,
                                            const QuizConfig& config, const Clock& clock,
                                            std::string& error, SessionOrigin origin = {});

    const Bank& bank() const { return *bank_; }
    const std::shared_ptr<const Bank>& shared_bank() const { return bank_; }
    const QuizConfig& config() const { return config_; }
    // The bank and mode this session was started for (kept by retry_missed).
    const SessionOrigin& origin() const { return origin_; }

    int size() const { return static_cast<int>(items_.size()); }
    int index() const { return index_; }
    const PresentedQuestion& current() const { return items_[index_]; }
    const PresentedQuestion& item(int i) const { return items_.at(i); }
    const std::optional<Attempt>& attempt(int i) const { return attempts_.at(i); }
    bool submitted() const { return attempts_[index_].has_value(); }
    bool is_last() const { return index_ + 1 == size(); }
    bool finished() const { return finished_; }  // every question answered and moved past

    // The answer a question starts from: nothing chosen; ordering in its shuffled order.
    Answer initial_answer(int i) const;

    // Marks the answer to the current question; the time is measured by the clock since the
    // question was shown. A second submit of the same question keeps the first answer and
    // returns its outcome (a question is scored once).
    Outcome submit(const Answer& answer);
    Outcome submit(const Answer& answer, std::int64_t elapsed_ms);
    // The same, with the student's confidence (or none), timed by the clock.
    Outcome submit(const Answer& answer, std::optional<Confidence> confidence);
    Outcome submit(const Answer& answer, std::int64_t elapsed_ms,
                   std::optional<Confidence> confidence);

    // True when question i can take "I was right": a short answer, answered and marked wrong,
    // not overridden yet.
    bool can_override(int i) const;
    // Marks the answer to question i as overridden by the student; false when it cannot be.
    bool override_answer(int i);

    // The outcome of an answered question, or nullopt.
    std::optional<Outcome> outcome(int i) const;

    // Goes on after an answer: to the next question, or, after the last, to finished.
    // False (and nothing changes) while the current question is unanswered or when finished.
    bool next();

    // Shows question i (answered or not), for an exam that lets the student skip and come
    // back. False when finished or i is out of range.
    bool go_to(int i);
    // Ends the quiz now (an exam handed in early): questions without an answer keep none.
    void end() { finished_ = true; }

    QuizProgress progress() const;
    Results results() const;

    // A new session over the questions not fully right, in the same order (reshuffled with
    // the given seed when config.shuffle). Nullopt when nothing was missed.
    std::optional<QuizSession> retry_missed(std::uint64_t seed) const;

  private:
    QuizSession(std::shared_ptr<const Bank> bank, QuizConfig config, SessionOrigin origin,
                const Clock& clock, std::vector<const Question*> questions);

    std::shared_ptr<const Bank> bank_;
    QuizConfig config_;
    SessionOrigin origin_;
    const Clock* clock_;
    std::vector<PresentedQuestion> items_;
    std::vector<std::optional<Attempt>> attempts_;
    int index_ = 0;
    bool finished_ = false;
    std::int64_t shown_at_ms_ = 0;
};

// The right answer of a question in words, one line per part: the correct choices' texts,
// "True"/"False", "left: right" per pair, the sequence numbered; for a short answer the first
// accepted answer and a line "also accepted: ..." with the variants matching does not forgive.
std::vector<std::string> describe_correct_answer(const Question& question);

// What the student answered, in words, one line per part (for results and reviews).
std::vector<std::string> describe_answer(const Question& question, const Answer& answer);

}  // namespace statecraft
