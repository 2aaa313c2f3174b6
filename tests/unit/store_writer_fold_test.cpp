// The app's store writer folds the totals in its idle time (issue 22): a store opened as the app
// opens it for the writer's thread (AppStore, StoreOptions::fold_when_idle) takes a fold's worth
// of answers, posted one by one through the ScoreRecorder, without folding them; the writer's
// worker folds them once its queue is idle. Every read through the writer, before, while and
// after the fold, finds the figures of a full scan.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "app/app_store.h"
#include "app/score_recorder.h"
#include "core/bank/model.h"
#include "core/session/clock.h"
#include "core/session/quiz_session.h"
#include "core/store/sqlite_db.h"
#include "core/store/totals_fold.h"
#include "support/classroom_fixture.h"
#include "support/item_compare.h"
#include "support/progress_compare.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

const char* const kProfiles[] = {"Ana", "Ben"};
constexpr std::int64_t kSessions = 5;  // Ana, Ben, Ana, Ben, Ana
// The last answer of the last session makes the fold due; a write alone would fold only at
// kFoldTailMax, so nothing but the writer's idle time folds these.
constexpr std::int64_t kAnswersPerSession = kFoldTailAt / kSessions;
static_assert(kAnswersPerSession * kSessions == kFoldTailAt);

std::int64_t tail_of(const fs::path& db) {
    sql::Database raw = sql::Database::open(db.string(), false);
    return tail_length(raw);
}

QuizSession session_on(const std::shared_ptr<const Bank>& bank) {
    static ManualClock clock(1000);
    QuizConfig config;
    config.question_ids = {bank->questions.front().id};
    std::string error;
    auto session =
        QuizSession::start(bank, config, clock, error, {{}, "hash", SessionMode::practice});
    REQUIRE_MESSAGE(session, error);
    return std::move(*session);
}

// Answer i: the bank's questions in turn (two categories), right, half right and wrong.
AttemptRecord answer_to(const Bank& bank, std::int64_t i) {
    AttemptRecord a = AttemptRecord::for_question(bank.questions[i % bank.questions.size()]);
    a.answer_json = i % 5 ? R"({"choice":"a"})" : R"({"choice":"b"})";
    a.score = (i % 3) / 2.0;
    a.correct = i % 3 == 2;
    a.time_ms = 1000 + i % 7;
    a.confidence = Confidence::medium;
    return a;
}

// Every profile's answers, as the Progress page and the session list read them.
std::int64_t answers_read(Store& store) {
    std::int64_t answers = 0;
    for (const char* profile : kProfiles) {
        ProgressRows rows;
        std::string error;
        REQUIRE_MESSAGE(store.progress_rows(profile, {}, rows, error), error);
        for (const DayTotals& day : rows.days) answers += day.totals.attempts;
    }
    return answers;
}

void expect_all_agree(Store& store, const fs::path& db, const Bank& bank) {
    for (const char* profile : kProfiles) expect_progress_agree(store, profile);
    expect_item_cells_agree(store, db, bank);
}

}  // namespace

TEST_CASE("store writer fold: the app's writer folds the answers in its idle time, reads exact") {
    ScratchDir dir;
    AppStore app;
    std::string error;
    // As run_app opens it for the writer's thread (fold_when_idle), on a real clock.
    REQUIRE(app.open(
        dir.path(), /*temporary=*/false,
        [] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                .count();
        },
        error, /*background_writes=*/true));
    REQUIRE_MESSAGE(app.notices.empty(), app.notices.front());
    const fs::path db = app.store->path();
    const auto bank = std::make_shared<const Bank>(classroom_bank());

    std::int64_t wall = test_now();  // the recorder's clock: a minute an answer, over 3 days
    ScoreState scores;
    ScoreRecorder recorder(
        app.store.get(), [&wall] { return wall += 60'000; },
        /*background=*/true);
    recorder.start(scores, kProfiles[0]);
    for (std::int64_t s = 0; s < kSessions; ++s) {
        recorder.choose_profile(scores, kProfiles[s % 2]);
        recorder.begin_session(scores, session_on(bank));
        for (std::int64_t i = 0; i < kAnswersPerSession; ++i)
            recorder.record_attempt(scores, answer_to(*bank, s * kAnswersPerSession + i));
        recorder.end_session(scores, static_cast<double>(s), 10.0);
    }
    {
        // Right after the last write, the fold may be waiting for the idle time or done.
        StoreLease lease = recorder.read();
        CHECK(counts_of(*lease).attempts == kFoldTailAt);
        CHECK(tail_of(db) % kFoldTailAt == 0);  // all unfolded, or all folded: no write folded
        expect_all_agree(*lease, db, *bank);
    }
    // The worker looks for idle work every StoreWriter::kIdlePoll; allow it plenty under load.
    // Each poll reads through the writer as the UI would, whether the fold has run, runs, or
    // is to come: the read waits for a fold in hand, and sees every answer once.
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::int64_t tail = kFoldTailAt;
    while (tail != 0 && std::chrono::steady_clock::now() < give_up) {
        CHECK(answers_read(*recorder.read()) == kFoldTailAt);
        std::this_thread::sleep_for(StoreWriter::kIdlePoll);
        tail = tail_of(db);
    }
    REQUIRE_MESSAGE(tail == 0, "the idle writer did not fold the answers");
    {
        StoreLease lease = recorder.read();
        CHECK_FALSE(lease->fold_due());
        CHECK(answers_read(*lease) == kFoldTailAt);
        expect_all_agree(*lease, db, *bank);
    }
    recorder.finish(scores);
    CHECK(scores.pending == 0);
    CHECK(scores.write_problem.empty());
    CHECK(app.store->close().empty());
}
