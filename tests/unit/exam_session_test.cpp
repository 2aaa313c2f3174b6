// Timed exams: no feedback until the end, time-up hand-in of what was answered, per-question
// limits from time_limit_s, results with CBM. The clock is a ManualClock: no test waits.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <memory>

#include "core/session/exam_session.h"
#include "core/session/results_json.h"
#include "core/session/session_cbm.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

// The fixture bank in bank order: q-single (a), q-multiple (a, b), q-tf (false), q-match,
// q-order, q-short (time_limit_s 20).
QuizSession unshuffled(const Clock& clock, int count = 0) {
    LoadedBank loaded = load_json(valid_bank_json());
    REQUIRE(loaded.ok());
    QuizConfig config;
    config.shuffle = false;
    config.question_count = count;
    std::string error;
    auto s = QuizSession::start(std::make_shared<const Bank>(loaded.bank), config, clock, error);
    REQUIRE(s.has_value());
    return std::move(*s);
}

ExamLimits whole(std::int64_t ms) {
    return ExamLimits{ExamTiming::whole_exam, ms, 60'000};
}

}  // namespace

TEST_CASE("exam: answers are marked without feedback and results come at the end") {
    ManualClock clock(1000);
    QuizSession quiz = unshuffled(clock, 3);
    ExamSession exam(quiz, whole(5 * 60'000), clock);
    CHECK(exam.remaining_ms(quiz) == 5 * 60'000);
    clock.advance(10'000);
    CHECK(exam.remaining_ms(quiz) == 5 * 60'000 - 10'000);
    CHECK_FALSE(exam.answer(quiz, empty_answer(QuestionType::single), {}));  // incomplete
    CHECK(exam.answer(quiz, Answer::single("a"), Confidence::high));
    CHECK(quiz.index() == 1);  // moved on at once: nothing shown
    clock.advance(5'000);
    CHECK(exam.answer(quiz, Answer::multiple({"a"}), Confidence::medium));  // half right
    CHECK(exam.answer(quiz, Answer::true_false(true), Confidence::high));   // wrong
    CHECK(exam.finished());
    CHECK_FALSE(exam.timed_out());
    const ExamResults r = exam.results(quiz);
    CHECK(r.total == 3);
    CHECK(r.answered == 3);
    CHECK(r.score == doctest::Approx(1.5));
    CHECK(r.answers[0].elapsed_ms == 10'000);
    CHECK(r.answers[1].elapsed_ms == 5'000);
    CHECK(r.elapsed_ms == 15'000);
    // CBM: +3, +2 × 0.5, −6.
    CHECK(r.cbm.cbm_total == doctest::Approx(3 + 1 - 6));
    CHECK_FALSE(exam.answer(quiz, Answer::single("a"), {}));  // over
}

TEST_CASE("exam: when the whole exam's time runs out the complete draft is handed in") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock);
    ExamSession exam(quiz, whole(60'000), clock);
    CHECK(exam.answer(quiz, Answer::single("a"), {}));
    clock.advance(59'999);
    CHECK_FALSE(exam.tick(quiz, Answer::multiple({"a", "b"}), Confidence::low));
    clock.advance(1);
    CHECK(exam.remaining_ms(quiz) == 0);
    CHECK_FALSE(exam.answer(quiz, Answer::multiple({"a", "b"}), {}));  // too late by hand
    CHECK(exam.tick(quiz, Answer::multiple({"a", "b"}), Confidence::low));
    CHECK(exam.finished());
    CHECK(exam.timed_out());
    const ExamResults r = exam.results(quiz);
    CHECK(r.total == 6);
    CHECK(r.answered == 2);
    CHECK(r.score == doctest::Approx(2.0));
    CHECK(r.answers[1].confidence == Confidence::low);
    CHECK_FALSE(r.answers[2].answered);
    CHECK(r.answers[5].score == 0);
    CHECK(r.cbm.unanswered == 4);
    CHECK(r.cbm.accuracy == doctest::Approx(2.0 / 6));
}

TEST_CASE("exam: an incomplete draft at time-up stays unanswered, and so does the rest") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock);
    ExamSession exam(quiz, whole(1'000), clock);
    CHECK(exam.answer(quiz, Answer::single("b"), {}));
    CHECK(exam.answer(quiz, Answer::multiple({"a", "b"}), {}));
    clock.advance(1'000);
    CHECK(exam.tick(quiz, empty_answer(QuestionType::true_false), {}));
    CHECK(exam.finished());
    const ExamResults r = exam.results(quiz);
    CHECK(r.answered == 2);
    CHECK(r.score == doctest::Approx(1.0));
    // The ordering question's shuffled start (which may be partly right) is not an answer.
    CHECK_FALSE(r.answers[4].answered);
    CHECK(r.answers[4].score == 0);
    CHECK_FALSE(exam.tick(quiz, empty_answer(QuestionType::true_false), {}));  // nothing left
}

TEST_CASE("exam: per-question limits come from time_limit_s, else the default") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock);
    ExamLimits limits{ExamTiming::per_question, 0, 30'000};
    ExamSession exam(quiz, limits, clock);
    CHECK(exam.limit_ms(quiz) == 30'000);
    clock.advance(30'000);
    CHECK(exam.tick(quiz, Answer::single("a"), Confidence::medium));  // handed in, goes on
    CHECK_FALSE(exam.finished());
    CHECK_FALSE(exam.timed_out());
    CHECK(quiz.index() == 1);
    CHECK(exam.remaining_ms(quiz) == 30'000);  // the next question has its own full time
    clock.advance(31'000);
    CHECK(exam.tick(quiz, empty_answer(QuestionType::multiple), {}));  // nothing chosen
    CHECK(quiz.index() == 2);
    CHECK(exam.answer(quiz, Answer::true_false(false), {}));
    CHECK(exam.answer(quiz, quiz.initial_answer(3), {}));
    CHECK(exam.answer(quiz, Answer::ordering(quiz.current().question->sequence), {}));
    CHECK(exam.limit_ms(quiz) == 20'000);  // q-short: time_limit_s 20
    clock.advance(20'000);
    CHECK(exam.tick(quiz, Answer::short_text(""), {}));
    CHECK(exam.finished());
    CHECK(exam.timed_out());
    const ExamResults r = exam.results(quiz);
    CHECK(r.answered == 4);
    CHECK(r.answers[0].answered);
    CHECK(r.answers[0].score == 1);
    CHECK_FALSE(r.answers[1].answered);
    CHECK_FALSE(r.answers[5].answered);
}

TEST_CASE("exam: handing in early leaves the rest unanswered") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock);
    ExamSession exam(quiz, whole(60'000), clock);
    CHECK(exam.answer(quiz, Answer::single("a"), Confidence::high));
    exam.finish(quiz, empty_answer(QuestionType::multiple), {});
    CHECK(exam.finished());
    CHECK_FALSE(exam.timed_out());
    CHECK(exam.results(quiz).answered == 1);
    CHECK(exam.remaining_ms(quiz) == 0);
}

TEST_CASE("cbm: a practice session's totals follow Moodle's marks per confidence") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock, 4);
    quiz.submit(Answer::single("a"), Confidence::high);  // right, high: +3
    quiz.next();
    Outcome half = quiz.submit(Answer::multiple({"a"}), Confidence::high);  // half: +1.5
    CHECK(half.confidence == Confidence::high);
    CHECK(half.cbm_mark == doctest::Approx(1.5));
    quiz.next();
    Outcome wrong = quiz.submit(Answer::true_false(true), Confidence::medium);  // wrong: −2
    CHECK(wrong.cbm_mark == doctest::Approx(-2));
    quiz.next();
    CbmSummary partway = session_cbm(quiz);
    CHECK(partway.answers == 3);
    CHECK(partway.unanswered == 1);
    CHECK(partway.cbm_total == doctest::Approx(2.5));
    quiz.submit(quiz.initial_answer(3), std::nullopt);  // no confidence: the plain score
    CbmSummary all = session_cbm(quiz);
    CHECK(all.unanswered == 0);
    CHECK(all.without_confidence == 1);
    CHECK(all.cbm_total == doctest::Approx(2.5 + quiz.attempt(3)->score));
    CHECK(all.levels[2].answers == 2);  // high
    CHECK(all.levels[1].answers == 1);  // medium
    CHECK(all.plain_total == doctest::Approx(1 + 0.5 + 0 + quiz.attempt(3)->score));
    // --results-out keeps each answer's confidence, when one was given.
    const std::string json = results_to_json_text(quiz);
    CHECK(json.find("\"confidence\": \"high\"") != std::string::npos);
    CHECK(json.find("\"confidence\": \"medium\"") != std::string::npos);
}

TEST_CASE("cbm: an exam's results count unanswered questions as 0 in the averages") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock, 4);
    ExamSession exam(quiz, whole(1'000), clock);
    CHECK(exam.answer(quiz, Answer::single("a"), Confidence::high));
    CHECK(exam.answer(quiz, Answer::multiple({"c"}), Confidence::high));  // wrong: −6
    clock.advance(1'000);
    CHECK(exam.tick(quiz, empty_answer(QuestionType::true_false), {}));
    const ExamResults r = exam.results(quiz);
    CHECK(r.cbm.cbm_total == doctest::Approx(-3));
    CHECK(r.cbm.average_cbm == doctest::Approx(-3.0 / 4));
    CHECK(r.cbm.accuracy == doctest::Approx(1.0 / 4));
}

TEST_CASE("exam: the results JSON writes the questions left at hand-in as unanswered") {
    ManualClock clock;
    QuizSession quiz = unshuffled(clock, 4);
    ExamSession exam(quiz, whole(60'000), clock);
    CHECK(exam.answer(quiz, Answer::single("a"), Confidence::high));
    exam.finish(quiz, empty_answer(QuestionType::multiple), {});  // hands in after one answer
    REQUIRE(exam.finished());
    std::vector<bool> answered;
    for (int i = 0; i < quiz.size(); ++i) answered.push_back(exam.answered(i));
    const nlohmann::json j = nlohmann::json::parse(results_to_json_text(quiz, &answered));
    CHECK(j["total"] == 4);
    CHECK(j["answered"] == 1);
    CHECK(j["questions"][0]["answer"].is_object());
    for (int i = 1; i < 4; ++i) {
        CHECK(j["questions"][i]["answer"].is_null());
        CHECK(j["questions"][i]["score"] == 0.0);
    }
    // Unanswered questions have no attempt at all, so the quiz alone says the same.
    CHECK(nlohmann::json::parse(results_to_json_text(quiz))["answered"] == 1);
    for (int i = 1; i < 4; ++i) CHECK_FALSE(quiz.attempt(i));
}
