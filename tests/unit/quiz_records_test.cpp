// The straight bank -> score path: a session carries its origin (bank, content hash, mode) and
// the store's records are built from the session, typed (answer, confidence), and kept as the
// same text as before (answer_to_json_text, confidence 1..3).
#include <doctest/doctest.h>

#include <memory>

#include "core/session/answer_shape.h"
#include "core/session/quiz_session.h"
#include "core/store/quiz_records.h"
#include "core/store/store.h"
#include "support/bank_fixture.h"
#include "support/bank_parts.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

std::shared_ptr<const Bank> test_bank() {
    LoadedBank loaded = load_json(valid_bank_json());
    REQUIRE(loaded.ok());
    return std::make_shared<const Bank>(loaded.bank);
}

QuizSession start_session(const Clock& clock, SessionOrigin origin) {
    QuizConfig config;
    config.question_ids = {"q-single", "q-tf"};
    std::string error;
    auto session = QuizSession::start(test_bank(), config, clock, error, std::move(origin));
    REQUIRE_MESSAGE(session, error);
    return std::move(*session);
}

}  // namespace

TEST_CASE("quiz records: the session's origin names the bank, its hash and its mode") {
    ManualClock clock(1000);
    QuizSession session = start_session(clock, {"ignored", "hash-1", SessionMode::exam});
    CHECK(session.origin().bank_id == "test-bank");  // taken from the bank itself
    const SessionStart start = session_start(session, "Ana", 42);
    CHECK(start.profile == "Ana");
    CHECK(start.bank_id == "test-bank");
    CHECK(start.bank_hash == "hash-1");
    CHECK(start.mode == "exam");
    CHECK(start.started_ms == 42);

    session.submit(Answer::single("b"));
    session.next();
    session.submit(Answer::true_false(true));
    session.next();
    auto retry = session.retry_missed(7);
    REQUIRE(retry);
    CHECK(retry->origin().content_hash == "hash-1");
    CHECK(retry->origin().mode == SessionMode::exam);
    CHECK(std::string(to_string(SessionMode::review)) == "review");
    CHECK(is_self_study(SessionMode::practice));
    CHECK_FALSE(is_self_study(SessionMode::exam));
}

TEST_CASE("quiz records: an attempt goes to the store typed and is kept as the same text") {
    ManualClock clock(1000);
    QuizSession session = start_session(clock, {{}, "hash-1", SessionMode::practice});
    CHECK_FALSE(attempt_record(session, 0));  // not answered yet
    clock.advance(2500);
    session.submit(Answer::single("a"), Confidence::high);
    std::optional<AttemptRecord> record = attempt_record(session, 0);
    REQUIRE(record);
    REQUIRE(record->answer);
    CHECK(*record->answer == Answer::single("a"));
    CHECK(record->confidence == Confidence::high);
    CHECK(record->time_ms == 2500);
    CHECK(record->question_id == "q-single");
    CHECK(record->score == 1.0);

    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    BeginResult begun = store.begin_session(session_start(session, "Ana", test_now()));
    REQUIRE(begun.saved);
    record->answered_ms = test_now() + 1000;
    REQUIRE(store.record_attempt(begun.key, *record).saved);
    const std::vector<AttemptExportRow> rows = attempt_rows(store);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].answer_json == R"({"type":"single","choices":["a"]})");
    CHECK(rows[0].confidence == 3);
    CHECK(rows[0].mode == "practice");
}

TEST_CASE("quiz records: the store refuses a malformed typed answer and keeps nothing") {
    Answer two = Answer::single("a");
    two.choices.push_back("b");
    CHECK(answer_shape_problem(two) == "a single choice answer has one choice");
    Answer mark = Answer::matrix({{"C", "X"}});
    CHECK(answer_shape_problem(mark) == "a matrix mark must be C, I or N");
    CHECK(answer_shape_problem(Answer::matrix({{"C", ""}})).empty());  // handed in unfinished
    Answer unknown;
    unknown.type = static_cast<QuestionType>(kQuestionTypeCount);
    CHECK(answer_shape_problem(unknown) == "the answer's question type is unknown");

    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    BeginResult begun = store.begin_session(test_start());
    AttemptRecord a = test_attempt("q-single", 1.0);
    a.answer = two;
    const WriteResult refused = store.record_attempt(begun.key, a);
    CHECK(refused.rejected);
    CHECK(refused.message == "Cannot record the answer: a single choice answer has one choice.");
    a.answer = Answer::single("a");
    a.confidence = static_cast<Confidence>(4);
    CHECK(store.record_attempt(begun.key, a).rejected);
    CHECK(attempt_rows(store).empty());
}

TEST_CASE("quiz records: a poll is a view, not an attempt") {
    LoadedBank loaded = load_json(valid_bank_json());
    Bank bank = loaded.bank;
    Question poll;
    poll.id = "q-poll";
    poll.category = "actors";
    poll.type = QuestionType::poll;
    poll.prompt = "Which?";
    poll.choices = {testing::choice("a", "One"), testing::choice("b", "Two")};
    bank.questions.push_back(poll);
    ManualClock clock;
    QuizConfig config;
    config.question_ids = {"q-poll"};
    std::string error;
    auto session = QuizSession::start(std::make_shared<const Bank>(bank), config, clock, error);
    REQUIRE_MESSAGE(session, error);
    session->submit(Answer::poll("a"));
    CHECK(session->attempt(0));
    CHECK_FALSE(attempt_record(*session, 0));
}
