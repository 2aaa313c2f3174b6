// The app's store writer (app/store_writer.h, through ScoreRecorder): answers go to a real
// SQLite file on the writer's thread, in order, while another connection holds the write lock;
// none is dropped when its queue is full, at quit, or when the lock outlasts the app; a read
// right after a session ends sees it.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "app/app_store.h"
#include "app/score_recorder.h"
#include "core/bank/model.h"
#include "core/session/quiz_session.h"
#include "support/bank_fixture.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {

// Another program's connection that takes the write lock (BEGIN IMMEDIATE) until release().
class LockHolder {
  public:
    explicit LockHolder(const fs::path& db) {
        REQUIRE(sqlite3_open(db.c_str(), &handle_) == SQLITE_OK);
        // The writer's thread may be mid-write (a session start): wait for it, then hold.
        sqlite3_busy_timeout(handle_, 5000);
        REQUIRE(sqlite3_exec(handle_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    ~LockHolder() {
        release();
        sqlite3_close(handle_);
    }
    void release() {
        if (held_) sqlite3_exec(handle_, "COMMIT", nullptr, nullptr, nullptr);
        held_ = false;
    }

  private:
    sqlite3* handle_ = nullptr;
    bool held_ = true;
};

std::unique_ptr<Store> open_app_store(const fs::path& db) {
    StoreOptions options = test_options();
    options.busy_timeout_ms = kBackgroundBusyTimeoutMs;  // as the app opens it
    // The store paces its retries by its clock: a real one, as in the app.
    options.now_ms = [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    };
    OpenResult opened = Store::open(db, options);
    REQUIRE_MESSAGE(opened.ok(), opened.error);
    return std::move(opened.store);
}

Question question(int i) {
    Question q;
    q.id = "q" + std::to_string(i);
    q.category = "actors";
    return q;
}

// A session on the test bank ("test-bank"); the recorder takes its bank and mode from it.
QuizSession session_of(SessionMode mode) {
    static ManualClock clock(1000);
    LoadedBank loaded = load_json(valid_bank_json());
    REQUIRE(loaded.ok());
    QuizConfig config;
    config.question_ids = {"q-single"};
    std::string error;
    auto session = QuizSession::start(std::make_shared<const Bank>(loaded.bank), config, clock,
                                      error, {{}, "hash", mode});
    REQUIRE_MESSAGE(session, error);
    return std::move(*session);
}

void answer(ScoreRecorder& recorder, ScoreState& scores, int i) {
    AttemptRecord a = AttemptRecord::for_question(question(i));
    a.answer_json = "{\"choice\":\"a\"}";
    a.score = 1.0;
    a.correct = true;
    a.time_ms = 1000;
    a.confidence = Confidence::medium;
    recorder.record_attempt(scores, std::move(a));
}

// Polls the recorder (as the frame loop does) until done(scores) or 10 s pass.
template <typename Done>
bool frames_until(ScoreRecorder& recorder, ScoreState& scores, Done done) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < end) {
        recorder.retry_due(scores);
        if (done(scores)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

std::vector<std::string> stored_question_ids(Store& store) {
    std::vector<std::string> ids;
    std::string error;
    REQUIRE(store.for_each_attempt(
        std::nullopt, [&](const AttemptExportRow& row) { ids.push_back(row.question_id); }, error));
    return ids;
}

std::vector<std::string> expected_ids(int n) {
    std::vector<std::string> ids;
    for (int i = 0; i < n; ++i) ids.push_back("q" + std::to_string(i));
    return ids;
}

}  // namespace

TEST_CASE("store writer: answers wait while another connection holds the lock, then go in order") {
    ScratchDir dir;
    std::unique_ptr<Store> store = open_app_store(dir.db());
    ScoreState scores;
    {
        ScoreRecorder recorder(store.get(), test_now, /*background=*/true);
        recorder.start(scores, "Ana");
        recorder.begin_session(scores, session_of(SessionMode::practice));
        recorder.settle(scores);  // the session is in; its answers meet the lock
        LockHolder lock(dir.db());
        for (int i = 0; i < 30; ++i) answer(recorder, scores, i);
        // The writer met the lock: the answers wait in memory and the banner says why.
        REQUIRE(frames_until(recorder, scores,
                             [](const ScoreState& s) { return s.pending > 0 && !s.writing; }));
        CHECK(scores.pending == 30);
        CHECK(scores.write_problem.find("locked") != std::string::npos);
        CHECK(scores.write_problem.find("waiting") != std::string::npos);
        lock.release();
        // The writer retries by itself (about once a second): nothing more is asked of the UI.
        REQUIRE(frames_until(recorder, scores,
                             [](const ScoreState& s) { return s.pending == 0 && !s.writing; }));
        CHECK(scores.write_problem.empty());
        recorder.end_session(scores, 30, 30);
        // Read right after the session ends: the lease lets every posted write in first.
        ProgressRows rows;
        std::string error;
        REQUIRE(recorder.read()->progress_rows("Ana", {}, rows, error));
        REQUIRE(rows.recent_sessions.size() == 1);
        CHECK(rows.recent_sessions[0].ended_ms.has_value());
        CHECK(stored_question_ids(*recorder.read()) == expected_ids(30));
    }
    CHECK(store->close().empty());
}

TEST_CASE("store writer: a full queue keeps the answers in the recorder; none is dropped") {
    ScratchDir dir;
    std::unique_ptr<Store> store = open_app_store(dir.db());
    ScoreState scores;
    ScoreRecorder recorder(store.get(), test_now, /*background=*/true, /*capacity=*/4);
    recorder.start(scores, "Ana");
    recorder.begin_session(scores, session_of(SessionMode::practice));
    {
        // The store is busy on this thread: the writer's first job waits for it, the queue fills.
        StoreLease busy = recorder.read();
        for (int i = 0; i < 20; ++i) answer(recorder, scores, i);
        CHECK(scores.pending >= 15);  // 20, less the queue's 4 and the one in the writer's hands
        CHECK(scores.write_problem.find("Saving is behind") != std::string::npos);
    }
    recorder.finish(scores);
    CHECK(scores.pending == 0);
    CHECK(scores.write_problem.empty());
    CHECK(stored_question_ids(*store) == expected_ids(20));
}

TEST_CASE("store writer: quitting under a lock keeps every answer for the next start") {
    ScratchDir dir;
    {
        std::unique_ptr<Store> store = open_app_store(dir.db());
        ScoreState scores;
        ScoreRecorder recorder(store.get(), test_now, /*background=*/true);
        recorder.start(scores, "Ana");
        recorder.begin_session(scores, session_of(SessionMode::exam));
        LockHolder lock(dir.db());  // held until the app is gone (a backup program, say)
        for (int i = 0; i < 12; ++i) answer(recorder, scores, i);
        recorder.end_session(scores, 12, 12);
        // The quit path (also on SIGTERM, SIGHUP): the writer hands everything to the store,
        // whose close() keeps what the lock refuses in a file.
        recorder.finish(scores);
        const std::string kept = store->close();
        CHECK(kept.find("pending") != std::string::npos);
    }
    std::unique_ptr<Store> next = open_app_store(dir.db());  // the next start writes them back
    CHECK(stored_question_ids(*next) == expected_ids(12));
    CHECK(counts_of(*next).sessions == 1);
}
