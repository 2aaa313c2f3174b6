// Benchmark for issue 5 (the score store), measured against the goals and against baselines
// taken in the same run on the same disk:
//   1. record 100,000 attempts, each in its own transaction as the app does (sessions of 20,
//      begun and ended as the app does); goal >= 5,000 attempts/s. Baseline: a bare INSERT loop,
//      one transaction each, into a table with the same columns and the same pragmas (no
//      indexes, no trigger, no checks).
//   2. the Progress figures (store rows + compute_progress) of one profile with 1,000,000
//      attempts; goal < 100 ms. Baseline: the same figures recomputed from every attempt.
// Usage: bench_store [DIR] [RECORD_N] [PROGRESS_N]   (DIR: where the files go; default $TMPDIR)
// With STATECRAFT_BENCH_KEEP=1 the 1M-attempt file is kept, and a later run with RECORD_N = 0
// measures the figures on it again without rebuilding it.
// Build Release: cmake --preset release && cmake --build --preset release --target bench_store
#include <stdlib.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/stats/progress.h"
#include "core/store/sqlite_db.h"
#include "core/store/store.h"
#include "core/time/calendar.h"

using namespace statecraft;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// CPU time (user + system) of this process, in s: unlike the wall clock, not inflated when
// other programs share the cores.
double cpu_s() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Rate {
    double wall = 0;  // per wall-clock second
    double cpu = 0;   // per CPU second
};

constexpr int kPerSession = 20;
constexpr std::int64_t kStart = 1704067200000;  // 2024-01-01T00:00:00Z
const char* kCategories[] = {"actors", "motives", "interpretations", "context"};

// A plausible student: 3 banks of 300 questions, an answer every 9 s, a session every 3 h.
struct History {
    std::mt19937 rng{5};
    std::int64_t n = 0;
    SessionStart start() {
        std::int64_t session = n / kPerSession;
        return {"Ana", "bank-" + std::to_string(session % 3), "bank-hash", "practice",
                kStart + session * 3 * 3'600'000};
    }
    AttemptRecord next() {
        AttemptRecord a;
        int q = static_cast<int>(rng() % 300);
        a.question_id = "q-" + std::to_string(q);
        a.question_hash = "0123456789abcdef";
        a.category = kCategories[q % 4];
        a.answer_json = R"({"choice":"b"})";
        a.score = (rng() % 4) / 3.0;
        a.correct = a.score == 1.0;
        a.time_ms = 2000 + static_cast<std::int64_t>(rng() % 20000);
        a.confidence = 1 + static_cast<int>(rng() % 3);
        a.answered_ms = start().started_ms + (n % kPerSession) * 9000;
        ++n;
        return a;
    }
};

void remove_db(const fs::path& db) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
}

Rate baseline_insert_per_s(const fs::path& db, int n) {
    remove_db(db);
    sql::Database raw = sql::Database::open(db.string(), true);
    raw.exec(
        "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
        "PRAGMA foreign_keys = ON; CREATE TABLE attempts (id INTEGER PRIMARY KEY, session_id, "
        "profile_id, bank_id, question_id, question_hash, category, answer, score, correct, "
        "time_ms, confidence, answered_ms, day)");
    sql::Statement insert(raw,
                          "INSERT INTO attempts VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                          "?9, ?10, ?11, ?12, ?13)");
    History h;
    auto t = Clock::now();
    double c = cpu_s();
    for (int i = 0; i < n; ++i) {
        AttemptRecord a = h.next();
        sql::Transaction txn(raw, sql::Transaction::Kind::write);
        insert.bind(1, h.n / kPerSession).bind(2, 1).bind(3, "bank-0").bind(4, a.question_id);
        insert.bind(5, a.question_hash).bind(6, a.category).bind(7, a.answer_json).bind(8, a.score);
        insert.bind(9, a.correct ? 1 : 0).bind(10, a.time_ms).bind(11, a.confidence);
        insert.bind(12, a.answered_ms).bind(13, utc_day(a.answered_ms)).run();
        insert.reset();
        txn.commit();
    }
    return {n / (ms_since(t) / 1000.0), n / (cpu_s() - c)};
}

Rate store_record_per_s(const fs::path& db, int n, StoreOptions::Sync sync) {
    remove_db(db);
    StoreOptions options;
    options.sync = sync;
    OpenResult opened = Store::open(db, options);
    Store& store = *opened.store;
    History h;
    auto t = Clock::now();
    double c = cpu_s();
    BeginResult session;
    for (int i = 0; i < n; ++i) {
        if (i % kPerSession == 0) session = store.begin_session(h.start());
        if (!store.record_attempt(session.key, h.next()).saved) {
            std::fprintf(stderr, "write failed: %s\n", store.problem().c_str());
            exit(1);
        }
        if (i % kPerSession == kPerSession - 1)
            store.end_session(session.key, {h.start().started_ms + 200000, 15.0, 20.0});
    }
    return {n / (ms_since(t) / 1000.0), n / (cpu_s() - c)};
}

// Median wall-clock ms of runs; cpu_ms gets the median CPU ms.
double progress_ms(Store& store, ProgressSource source, int runs, Progress* out, double* cpu_ms) {
    std::vector<double> times, cpu;
    for (int r = 0; r < runs; ++r) {
        auto t = Clock::now();
        double c = cpu_s();
        ProgressRows rows;
        std::string error;
        if (!store.progress_rows("Ana", {20, source}, rows, error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            exit(1);
        }
        ProgressOptions options;
        options.today = local_day(kStart) + 400;
        Progress p = compute_progress(rows, options);
        times.push_back(ms_since(t));
        cpu.push_back((cpu_s() - c) * 1000.0);
        if (out) *out = std::move(p);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    *cpu_ms = cpu[cpu.size() / 2];
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const char* tmp = std::getenv("TMPDIR");
    fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::path(tmp && *tmp ? tmp : "/tmp");
    int record_n = argc > 2 ? std::atoi(argv[2]) : 100'000;
    int progress_n = argc > 3 ? std::atoi(argv[3]) : 1'000'000;
    fs::path db = dir / "statecraft-bench.db";
    std::printf("files in %s\n", dir.c_str());

    bool reuse = record_n == 0 && fs::exists(db);
    if (record_n > 0) {
        Rate base = baseline_insert_per_s(db, record_n);
        Rate rate = store_record_per_s(db, record_n, StoreOptions::Sync::normal);
        std::printf(
            "record %d attempts, one transaction each, synchronous=NORMAL: %.0f/s (%.0f per "
            "CPU-second)\n",
            record_n, rate.wall, rate.cpu);
        std::printf(
            "  vs goal 5,000/s: %.2fx   vs bare INSERT baseline %.0f/s (%.0f per CPU-s): %.2fx\n",
            rate.wall / 5000.0, base.wall, base.cpu, rate.wall / base.wall);
        // The alternative: FULL (an fsync per answer). Fewer attempts: each waits for the disk.
        const int full_n = std::max(1, record_n / 10);
        Rate full = store_record_per_s(db, full_n, StoreOptions::Sync::full);
        std::printf(
            "record %d attempts, synchronous=FULL: %.0f/s (%.0f per CPU-second)   "
            "vs NORMAL: %.3fx   mean %.2f ms per answer\n",
            full_n, full.wall, full.cpu, full.wall / rate.wall, 1000.0 / full.wall);
    }
    if (progress_n <= 0) return 0;

    if (!reuse) {
        remove_db(db);
        OpenResult opened = Store::open(db);
        History h;
        auto t = Clock::now();
        const int chunk_sessions = 5000;  // 100,000 attempts per transaction
        for (int done = 0; done < progress_n;) {
            std::vector<SessionImport> chunk;
            for (int s = 0; s < chunk_sessions && done < progress_n; ++s) {
                SessionImport imp{
                    h.start(), {}, SessionEnd{h.start().started_ms + 200000, 15.0, 20.0}};
                for (int i = 0; i < kPerSession && done < progress_n; ++i, ++done)
                    imp.attempts.push_back(h.next());
                chunk.push_back(std::move(imp));
            }
            WriteResult w = opened.store->import_sessions(chunk);
            if (!w.saved) {
                std::fprintf(stderr, "import failed: %s\n", w.message.c_str());
                return 1;
            }
        }
        std::printf("bulk insert of %d attempts (100,000 per transaction): %.1f s\n", progress_n,
                    ms_since(t) / 1000.0);
    }
    auto t = Clock::now();
    OpenResult opened = Store::open(db);  // includes PRAGMA quick_check over the whole file
    std::printf("open with quick_check, %.0f MB file: %.0f ms\n",
                static_cast<double>(fs::file_size(db)) / 1e6, ms_since(t));
    Progress fast, slow;
    double fast_cpu = 0, slow_cpu = 0;
    double fast_ms = progress_ms(*opened.store, ProgressSource::totals, 7, &fast, &fast_cpu);
    double slow_ms = progress_ms(*opened.store, ProgressSource::attempts, 3, &slow, &slow_cpu);
    bool agree = fast.overall.attempts == slow.overall.attempts &&
                 fast.overall.correct == slow.overall.correct &&
                 fast.days.size() == slow.days.size() &&
                 fast.categories.size() == slow.categories.size() &&
                 fast.streak_days == slow.streak_days && fast.weakest.size() == slow.weakest.size();
    for (std::size_t i = 0; agree && i < fast.weakest.size(); ++i)
        agree = fast.weakest[i].question_id == slow.weakest[i].question_id &&
                fast.weakest[i].recent_n == slow.weakest[i].recent_n;
    std::printf(
        "progress figures over %lld attempts (%zu days, %lld sessions): %.2f ms (median of 7; "
        "%.2f ms CPU)\n",
        static_cast<long long>(fast.overall.attempts), fast.days.size(),
        static_cast<long long>(fast.session_count), fast_ms, fast_cpu);
    std::printf(
        "  vs goal 100 ms: %.3fx of the budget   vs recomputed from every attempt %.0f ms: "
        "%.0fx faster   (figures agree: %s)\n",
        fast_ms / 100.0, slow_ms, slow_ms / fast_ms, agree ? "yes" : "NO");
    opened.store.reset();
    if (!std::getenv("STATECRAFT_BENCH_KEEP")) remove_db(db);
    return agree ? 0 : 1;
}
