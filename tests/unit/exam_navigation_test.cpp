// Skipping and coming back in an exam: the palette's marks, flags, drafts kept per question,
// per-question time kept across visits, and a hand-in that stores nothing for the unanswered.
#include <doctest/doctest.h>

#include <memory>

#include "core/session/exam_session.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

// The fixture bank in bank order: q-single (a), q-multiple (a, b), q-tf (false), q-match,
// q-order, q-short (time_limit_s 20).
QuizSession unshuffled(const Clock& clock) {
    LoadedBank loaded = load_json(valid_bank_json());
    REQUIRE(loaded.ok());
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 0;
    std::string error;
    auto s = QuizSession::start(std::make_shared<const Bank>(loaded.bank), config, clock, error);
    REQUIRE(s.has_value());
    return std::move(*s);
}

}  // namespace

TEST_CASE("exam navigation: skip, come back, flags and kept drafts") {
    ManualClock clock(1000);
    QuizSession quiz = unshuffled(clock);
    ExamSession exam(quiz, ExamLimits{ExamTiming::whole_exam, 600'000, 60'000}, clock);
    CHECK(exam.unanswered_count() == 6);
    clock.advance(2'000);
    CHECK(exam.skip(quiz, Answer::single("b"), Confidence::low));  // a draft, not an answer
    CHECK(quiz.index() == 1);
    CHECK(exam.mark(0) == ExamMark::unanswered);
    REQUIRE(exam.draft(0));
    CHECK(exam.draft(0)->answer.choices == std::vector<std::string>{"b"});
    CHECK(exam.draft(0)->confidence == Confidence::low);
    exam.toggle_flag(1);
    CHECK(exam.flagged(1));
    CHECK(exam.flagged_count() == 1);
    clock.advance(3'000);
    CHECK(exam.answer(quiz, Answer::multiple({"a", "b"}), {}));
    CHECK(exam.mark(1) == ExamMark::answered);
    CHECK(exam.answered_at_ms(1) == 6'000);
    CHECK_FALSE(exam.answered_at_ms(0));
    CHECK(quiz.index() == 2);
    // An answered question cannot be reopened; an open one can, in any order.
    CHECK_FALSE(exam.go_to(quiz, 1, empty_answer(QuestionType::true_false), {}));
    CHECK_FALSE(exam.go_to(quiz, 2, empty_answer(QuestionType::true_false), {}));  // shown now
    CHECK(exam.go_to(quiz, 5, empty_answer(QuestionType::true_false), {}));
    CHECK(quiz.index() == 5);
    CHECK(exam.go_to(quiz, 0, Answer::short_text("Tehr"), {}));
    CHECK(exam.draft(5)->answer.text == "Tehr");
    clock.advance(1'000);
    CHECK(exam.answer(quiz, Answer::single("a"), Confidence::high));
    CHECK(quiz.index() == 2);  // the next open one after question 1, wrapping
    CHECK(exam.answered_count() == 2);
    CHECK(exam.unanswered_count() == 4);
    // Hand in: the rest get no attempt, and the quiz is over.
    exam.finish(quiz, empty_answer(QuestionType::true_false), {});
    CHECK(exam.finished());
    CHECK(quiz.finished());
    for (int i : {2, 3, 4, 5}) CHECK_FALSE(quiz.attempt(i));
    const ExamResults r = exam.results(quiz);
    CHECK(r.answered == 2);
    CHECK(r.score == doctest::Approx(2.0));
    CHECK(r.answers[0].elapsed_ms == 3'000);  // 2 s on the first visit, 1 s on the second
    CHECK(r.answers[0].answered_ms == 7'000);
    CHECK(r.answers[1].elapsed_ms == 3'000);
    CHECK(r.cbm.unanswered == 4);
}

TEST_CASE("exam navigation: skipping past the last question wraps; one left cannot skip") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock);
    ExamSession exam(quiz, ExamLimits{ExamTiming::whole_exam, 600'000, 60'000}, clock);
    for (int i = 0; i < 5; ++i) CHECK(exam.skip(quiz, quiz.initial_answer(quiz.index()), {}));
    CHECK(quiz.index() == 5);
    CHECK(exam.skip(quiz, Answer::short_text(""), {}));
    CHECK(quiz.index() == 0);
    for (int i = 0; i < 5; ++i) {
        const Answer a = i == 0   ? Answer::single("a")
                         : i == 1 ? Answer::multiple({"a"})
                         : i == 2 ? Answer::true_false(false)
                                  : quiz.initial_answer(quiz.index());
        CHECK(exam.answer(quiz, a, {}));
    }
    CHECK(quiz.index() == 5);
    CHECK_FALSE(exam.skip(quiz, Answer::short_text(""), {}));  // nothing else is open
    CHECK(exam.answer(quiz, Answer::short_text("x"), {}));
    CHECK(exam.finished());  // every question answered: handed in by itself
    CHECK_FALSE(exam.timed_out());
}

TEST_CASE("exam navigation: per question, time left is kept across visits; time-up closes") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock);
    ExamSession exam(quiz, ExamLimits{ExamTiming::per_question, 0, 30'000}, clock);
    clock.advance(10'000);
    CHECK(exam.skip(quiz, empty_answer(QuestionType::single), {}));
    CHECK(exam.remaining_ms(quiz) == 30'000);  // question 2 has its own full time
    clock.advance(30'000);
    CHECK(exam.tick(quiz, empty_answer(QuestionType::multiple), {}));
    CHECK(exam.mark(1) == ExamMark::closed);  // its time ran out with nothing chosen
    CHECK_FALSE(exam.go_to(quiz, 1, empty_answer(QuestionType::true_false), {}));
    CHECK(quiz.index() == 2);
    CHECK(exam.go_to(quiz, 0, empty_answer(QuestionType::true_false), {}));
    CHECK(exam.remaining_ms(quiz) == 20'000);  // 10 s were used on the first visit
    clock.advance(20'000);
    CHECK(exam.tick(quiz, Answer::single("a"), {}));  // the complete draft is handed in
    CHECK(exam.mark(0) == ExamMark::answered);
    CHECK(exam.results(quiz).answers[0].elapsed_ms == 30'000);
    CHECK_FALSE(exam.finished());
}
