// Bank format 1.1's estimate and poll questions: scoring, the bank file, sessions and exams.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <memory>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/session/answer_check.h"
#include "core/session/estimate_score.h"
#include "core/session/exam_session.h"
#include "core/session/quiz_session.h"
#include "support/bank_parts.h"

using namespace statecraft;

namespace {

Question estimate(double value, double margin, std::optional<double> tolerance) {
    Question q;
    q.id = "q-estimate";
    q.category = "c";
    q.type = QuestionType::estimate;
    q.prompt = "How many?";
    q.value = value;
    q.margin = margin;
    q.tolerance = tolerance;
    return q;
}

Question poll() {
    Question q;
    q.id = "q-poll";
    q.category = "c";
    q.type = QuestionType::poll;
    q.prompt = "Which do you find most convincing?";
    q.choices = {testing::choice("a", "One"), testing::choice("b", "Two")};
    return q;
}

std::string bank_text(const std::string& question_json) {
    return R"({"format":"statecraft.bank","version":"1.1","id":"b","title":"B",
      "categories":[{"id":"c","title":"C"}],"questions":[)" +
           question_json + "]}";
}

bool has_error_at(const LoadedBank& b, const std::string& pointer) {
    for (const Diagnostic& d : b.diagnostics)
        if (d.severity == Severity::error && d.pointer == pointer) return true;
    return false;
}

}  // namespace

TEST_CASE("estimate: full credit within the margin, linear to 0 at the tolerance") {
    const Question q = estimate(200, 20, 50);
    CHECK(estimate_score(q, 200) == 1.0);
    CHECK(estimate_score(q, 220) == 1.0);
    CHECK(estimate_score(q, 180) == 1.0);
    CHECK(estimate_score(q, 235) == doctest::Approx(0.5));
    CHECK(estimate_score(q, 165) == doctest::Approx(0.5));
    CHECK(estimate_score(q, 250) == 0.0);
    CHECK(estimate_score(q, 1e9) == 0.0);
    CHECK(estimate_score(q, std::numeric_limits<double>::quiet_NaN()) == 0.0);
    // Without a tolerance: all or nothing at the margin (GIFT's {#200:20}).
    const Question step = estimate(200, 20, std::nullopt);
    CHECK(estimate_score(step, 220) == 1.0);
    CHECK(estimate_score(step, 220.5) == 0.0);
    AnswerCheck c = check_answer(q, Answer::estimate(235));
    CHECK(c.score == doctest::Approx(0.5));
    CHECK_FALSE(c.correct);
    CHECK(check_answer(q, Answer::estimate(210)).correct);
    CHECK(check_answer(q, Answer::short_text("210")).score == 0.0);  // another type
}

TEST_CASE("estimate: typed numbers are read as people write them") {
    CHECK(parse_estimate("200") == 200.0);
    CHECK(parse_estimate(" -3.5 ") == -3.5);
    CHECK(parse_estimate("+7") == 7.0);
    CHECK(parse_estimate("1,200") == 1200.0);
    CHECK(parse_estimate("1,234,567.5") == 1234567.5);
    CHECK(parse_estimate("1e3") == 1000.0);
    for (const char* bad : {"", " ", "abc", "3,5", "1,20", "12 3", "1e400", "nan", "inf", "2e15",
                            "200 missiles", "--1"}) {
        INFO(bad);
        CHECK_FALSE(parse_estimate(bad));
    }
    Answer draft = empty_answer(QuestionType::estimate);
    CHECK_FALSE(is_complete(draft));
    set_draft_text(draft, "1,5");
    CHECK_FALSE(is_complete(draft));
    set_draft_text(draft, "150");
    CHECK(is_complete(draft));
    CHECK(draft.number == 150.0);
}

TEST_CASE("estimate: the key in words") {
    Question q = estimate(200, 20, 50);
    q.unit = "missiles";
    CHECK(describe_estimate_key(q) ==
          "200 missiles (full marks from 180 to 220, some credit from 150 to 250)");
    CHECK(describe_estimate_key(estimate(3.5, 0, std::nullopt)) == "3.5");
    CHECK(describe_estimate_key(estimate(42, 0, 30)) ==
          "42 (full marks for exactly 42, some credit from 12 to 72)");
    CHECK(describe_correct_answer(q) == std::vector<std::string>{describe_estimate_key(q)});
}

TEST_CASE("estimate: answers travel as JSON") {
    std::string error;
    const std::string text = answer_to_json_text(Answer::estimate(195.5));
    CHECK(text == R"({"type":"estimate","value":195.5})");
    auto back = answer_from_json_text(text, error);
    REQUIRE(back);
    CHECK(back->number == 195.5);
    CHECK_FALSE(answer_from_json_text(R"({"type":"estimate","value":"x"})", error));
    CHECK(answer_to_json_text(Answer::poll("b")) == R"({"type":"poll","choices":["b"]})");
}

TEST_CASE("estimate: read from and written to a bank, numbers kept as written") {
    const std::string q =
        R"({"id":"e","category":"c","type":"estimate","prompt":"How many?","value":200,)"
        R"("unit":"missiles","margin":20,"tolerance":50.5,"explanation":"Because."})";
    LoadedBank b = load_bank_text(bank_text(q));
    REQUIRE_MESSAGE(b.ok(), b.diagnostics.front().message);
    CHECK(b.diagnostics.empty());
    const Question& e = b.bank.questions[0];
    CHECK(e.type == QuestionType::estimate);
    CHECK(e.value == 200.0);
    CHECK(e.unit == "missiles");
    CHECK(e.margin == 20.0);
    CHECK(e.tolerance == 50.5);
    const std::string json = question_json_text(e);
    CHECK(json.find(R"("value":200,)") != std::string::npos);
    CHECK(json.find(R"("tolerance":50.5)") != std::string::npos);
    LoadedBank again = load_bank_text(to_json_text(b.bank));
    REQUIRE(again.ok());
    CHECK(question_json_text(again.bank.questions[0]) == json);
}

TEST_CASE("estimate: bad numbers are errors at their JSON pointer, the bank still reads") {
    auto load = [](const std::string& fields) {
        return load_bank_text(bank_text(
            R"({"id":"e","category":"c","type":"estimate","prompt":"How many?")" + fields + "}"));
    };
    CHECK(has_error_at(load(""), "/questions/0/value"));
    CHECK_FALSE(load(R"(,"value":1e400)").ok());  // the JSON reader refuses it, line and column
    CHECK(has_error_at(load(R"(,"value":-1e16)"), "/questions/0/value"));
    CHECK(has_error_at(load(R"(,"value":"200")"), "/questions/0/value"));
    CHECK(has_error_at(load(R"(,"value":200,"margin":-1)"), "/questions/0/margin"));
    CHECK(has_error_at(load(R"(,"value":200,"tolerance":-5)"), "/questions/0/tolerance"));
    CHECK(
        has_error_at(load(R"(,"value":200,"margin":20,"tolerance":10)"), "/questions/0/tolerance"));
    CHECK(load(R"(,"value":200,"margin":20,"tolerance":20)").ok());
}

TEST_CASE("poll: choices without a key; a correct choice is an error") {
    const std::string ok =
        R"({"id":"p","category":"c","type":"poll","prompt":"Which?","choices":[)"
        R"({"id":"a","text":"One"},{"id":"b","text":"Two"}],"explanation":"Arguments."})";
    LoadedBank b = load_bank_text(bank_text(ok));
    REQUIRE(b.ok());
    CHECK(b.diagnostics.empty());
    CHECK(b.bank.questions[0].type == QuestionType::poll);
    const std::string keyed =
        R"({"id":"p","category":"c","type":"poll","prompt":"Which?","choices":[)"
        R"({"id":"a","text":"One","correct":true},{"id":"b","text":"Two"}]})";
    CHECK(has_error_at(load_bank_text(bank_text(keyed)), "/questions/0/choices"));
    AnswerCheck c = check_answer(poll(), Answer::poll("a"));
    CHECK_FALSE(c.graded);
    CHECK(c.score == 0.0);
    CHECK_FALSE(is_graded(QuestionType::poll));
}

TEST_CASE("poll: a session leaves polls out of its score, total and missed list") {
    auto bank = std::make_shared<Bank>();
    bank->id = "b";
    bank->categories.push_back({"c", "C", "", {}});
    bank->questions.push_back(estimate(200, 20, 50));
    bank->questions.push_back(poll());
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 0;
    std::string error;
    auto s = QuizSession::start(bank, config, clock, error);
    REQUIRE(s);
    CHECK(s->submit(Answer::estimate(235)).score == doctest::Approx(0.5));
    REQUIRE(s->next());
    Outcome o = s->submit(Answer::poll("b"));
    CHECK_FALSE(o.graded);
    CHECK(describe_answer(*s->item(1).question, s->attempt(1)->answer) ==
          std::vector<std::string>{"Two"});
    const Results r = s->results();
    CHECK(r.total == 1);
    CHECK(r.answered == 1);
    CHECK(r.score == doctest::Approx(0.5));
    CHECK(r.missed == std::vector<int>{0});
    CHECK(s->progress().answered == 1);
}

TEST_CASE("poll: an exam counts only graded questions") {
    auto bank = std::make_shared<Bank>();
    bank->id = "b";
    bank->categories.push_back({"c", "C", "", {}});
    bank->questions.push_back(estimate(200, 20, 50));
    bank->questions.push_back(poll());
    ManualClock clock;
    QuizConfig config;
    config.shuffle = false;
    config.question_count = 0;
    std::string error;
    auto quiz = QuizSession::start(bank, config, clock, error);
    REQUIRE(quiz);
    ExamSession exam(*quiz, ExamLimits{}, clock);
    REQUIRE(exam.answer(*quiz, Answer::estimate(200), std::nullopt));
    REQUIRE(exam.answer(*quiz, Answer::poll("a"), std::nullopt));
    REQUIRE(exam.finished());
    const ExamResults r = exam.results(*quiz);
    CHECK(r.total == 1);
    CHECK(r.answered == 1);
    CHECK(r.score == 1.0);
    CHECK(r.fraction() == 1.0);
}
