// Fault injection: fail each step of each kind of write in turn (N = 1, 2, ... until the write
// goes through untouched) and check all or nothing: after a failure the database is exactly as
// before and sound; after the retry the write is in exactly once.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <functional>

#include "core/store/store.h"
#include "support/fault_vfs.h"
#include "support/store_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

// What a second connection sees: only committed data.
struct Snapshot {
    StoreCounts counts;
    std::vector<DayTotals> days;
    std::vector<QuestionTotals> questions;
    std::vector<std::int64_t> ended;  // ended_ms of every session, newest first (0: open)
    std::int64_t ana_last_used = 0;
};

Snapshot snapshot(Store& reader) {
    Snapshot s;
    s.counts = counts_of(reader);
    ProgressRows rows, recomputed;
    std::string error;
    if (reader.progress_rows("Ana", {-1, ProgressSource::totals}, rows, error)) {
        REQUIRE(reader.progress_rows("Ana", {-1, ProgressSource::attempts}, recomputed, error));
        // The totals kept by the trigger moved together with the attempts, or not at all.
        REQUIRE(rows.days.size() == recomputed.days.size());
        for (std::size_t i = 0; i < rows.days.size(); ++i) {
            CHECK(rows.days[i].totals.attempts == recomputed.days[i].totals.attempts);
            CHECK(rows.days[i].totals.score_sum ==
                  doctest::Approx(recomputed.days[i].totals.score_sum));
        }
        REQUIRE(rows.questions.size() == recomputed.questions.size());
        for (std::size_t i = 0; i < rows.questions.size(); ++i) {
            CHECK(rows.questions[i].attempts == recomputed.questions[i].attempts);
            CHECK(rows.questions[i].recent_n == recomputed.questions[i].recent_n);
        }
        s.days = rows.days;
        s.questions = rows.questions;
        for (const SessionRow& r : rows.recent_sessions) s.ended.push_back(r.ended_ms.value_or(0));
    }
    if (auto ana = reader.find_profile("Ana")) s.ana_last_used = ana->last_used_ms;
    return s;
}

bool same(const Snapshot& a, const Snapshot& b) {
    auto day_eq = [](const DayTotals& x, const DayTotals& y) {
        return x.day == y.day && x.totals.attempts == y.totals.attempts &&
               x.totals.correct == y.totals.correct && x.totals.score_sum == y.totals.score_sum;
    };
    auto q_eq = [](const QuestionTotals& x, const QuestionTotals& y) {
        return x.question_id == y.question_id && x.attempts == y.attempts &&
               x.recent_n == y.recent_n && x.recent_score_sum == y.recent_score_sum &&
               x.last_ms == y.last_ms;
    };
    return a.counts.profiles == b.counts.profiles && a.counts.sessions == b.counts.sessions &&
           a.counts.attempts == b.counts.attempts && a.ended == b.ended &&
           a.ana_last_used == b.ana_last_used &&
           std::equal(a.days.begin(), a.days.end(), b.days.begin(), b.days.end(), day_eq) &&
           std::equal(a.questions.begin(), a.questions.end(), b.questions.begin(),
                      b.questions.end(), q_eq);
}

struct WriteKind {
    const char* name;
    std::function<WriteResult(Store&, int round)> write;
    bool queued;  // kept in memory on failure (all but imports)
    StoreCounts delta;
};

}  // namespace

TEST_CASE("store: fault injection fails every step of every write in turn, all or nothing") {
    ScratchDir dir;
    std::int64_t now = test_now();
    OpenResult opened = Store::open(dir.db(), test_options(&now));
    OpenResult reader_opened = Store::open(dir.db(), test_options(&now));
    Store& store = *opened.store;
    Store& reader = *reader_opened.store;
    BeginResult session = store.begin_session(test_start());
    REQUIRE(session.saved);
    SessionKey open_key = session.key;

    std::vector<WriteKind> kinds = {
        {"use_profile", [&](Store& s, int) { return s.use_profile("Ana"); }, true, {0, 0, 0}},
        {"begin_session",
         [&](Store& s, int) {
             BeginResult b = s.begin_session(test_start("Ana", "bank-b", now));
             open_key = b.key;
             return static_cast<WriteResult>(b);
         },
         true,
         {0, 1, 0}},
        {"record_attempt",
         [&](Store& s, int round) {
             return s.record_attempt(open_key,
                                     test_attempt("q" + std::to_string(round % 7), 0.5, now));
         },
         true,
         {0, 0, 1}},
        {"end_session",
         [&](Store& s, int) {
             return s.end_session(open_key, {now, 1.0, 2.0});
         },
         true,
         {0, 0, 0}},
        {"import_sessions",
         [&](Store& s, int round) {
             SessionImport imp{test_start("Ana", "bank-i", now), {}, SessionEnd{now, 2.0, 3.0}};
             for (int i = 0; i < 3; ++i)
                 imp.attempts.push_back(test_attempt("i" + std::to_string(round + i), 1.0, now));
             return s.import_sessions({&imp, 1});
         },
         false,
         {0, 1, 3}},
    };

    int round = 0;
    for (const WriteKind& kind : kinds) {
        std::string kind_name = kind.name;
        CAPTURE(kind_name);
        bool went_through = false;
        for (long n = 1; n < 200 && !went_through; ++n, ++round) {
            CAPTURE(n);
            now += 1000;
            Snapshot before = snapshot(reader);
            store.set_write_fault(n);
            WriteResult result = kind.write(store, round);
            bool fired = store.fault_steps() >= n;
            store.set_write_fault(0);
            if (!fired) {  // every step has been failed once: this is the clean run
                CHECK(result.saved);
                went_through = true;
                CHECK(n > 5);  // BEGIN, prepare, binds, step(s), COMMIT were each failed
            } else {
                CHECK_FALSE(result.saved);
                CHECK(result.message.find("injected fault") != std::string::npos);
                CHECK(store.pending_count() == (kind.queued ? 1u : 0u));
                Snapshot during = snapshot(reader);
                CHECK(same(before, during));  // nothing of the failed write is visible
                std::string report;
                CHECK(reader.integrity_check(report));
                // The retry writes it once: from the queue, or by calling again.
                WriteResult retried = kind.queued ? store.flush() : kind.write(store, round);
                CHECK(retried.saved);
            }
            Snapshot after = snapshot(reader);
            CHECK(after.counts.profiles == before.counts.profiles + kind.delta.profiles);
            CHECK(after.counts.sessions == before.counts.sessions + kind.delta.sessions);
            CHECK(after.counts.attempts == before.counts.attempts + kind.delta.attempts);
            if (std::string(kind.name) == "use_profile") CHECK(after.ana_last_used == now);
            if (std::string(kind.name) == "end_session") CHECK(after.ended.front() == now);
        }
        CHECK(went_through);
    }
    std::string report;
    CHECK(store.integrity_check(report));
}

TEST_CASE("store: fault injection at the disk: the Nth write of the file fails, all or nothing") {
    install_fault_vfs();
    ScratchDir dir;
    StoreOptions options = test_options();
    options.vfs = kFaultVfsName;
    OpenResult opened = Store::open(dir.db(), options);
    OpenResult reader_opened = Store::open(dir.db(), test_options());
    Store& store = *opened.store;
    Store& reader = *reader_opened.store;
    BeginResult session = store.begin_session(test_start());
    REQUIRE(session.saved);
    bool went_through = false;
    for (long allowed = 0; allowed < 100 && !went_through; ++allowed) {
        CAPTURE(allowed);
        Snapshot before = snapshot(reader);
        long refused = vfs_writes_refused();
        set_vfs_write_fault(SQLITE_IOERR_WRITE, allowed);
        WriteResult result =
            store.record_attempt(session.key, test_attempt("q" + std::to_string(allowed), 1.0));
        set_vfs_write_fault(0);
        if (vfs_writes_refused() == refused) {
            CHECK(result.saved);
            went_through = true;
            CHECK(allowed >= 2);  // several pages of the log were each failed
        } else {
            CHECK_FALSE(result.saved);
            CHECK(same(before, snapshot(reader)));
            std::string report;
            CHECK(reader.integrity_check(report));
            CHECK(store.flush().saved);
        }
        CHECK(snapshot(reader).counts.attempts == before.counts.attempts + 1);
    }
    CHECK(went_through);
    opened.store.reset();
    reader_opened.store.reset();
    CHECK(integrity_of(dir.db()) == "ok");
}
